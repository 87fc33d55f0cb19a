"""fb23c (blind playtests r22a defects 5 and 8, r22b defects 8 and 9): the acts and the evidence the
trainee sees say what the text is. New sentences, ja and en, with near misses.

1. no empathy for a bare agreement (「そうですよね。」 "Right, I see."), her yes/no reading of his
   business (「資金繰りが苦しいということですか？」), a verdict on how he works (「さすがに効率が悪い
   ですよね」), a presumption ("there must be something") or a question about what something means
   to him; real empathy (his feeling or effort named) stays.
2. no summary for a closed guess (a word of the form explained), one phrase of his given back, or
   his points shrunk ("just a small uneasy feeling"); real summaries of 2–3 points stay.
3. a yes/no question ending in 「か。」 is closed; where a feeling comes from (「どこから来ているん
   でしょう」) is open.
4. no keyword dig claimed for a turn without a question, nor for his phrase echoed outside it.
"""

from __future__ import annotations

import pytest

from .turns import acts_of, ctx, run

# --- contexts ---------------------------------------------------------------------------------

MONEY_JA = ctx(
    ("trainee", "最近、社長が一番気にかけていらっしゃることは何でしょう。"),
    ("owner", "月末が近づくと、夜中に帳簿を見返してばかりだよ。銀行の担当からも電話が来るしね。"),
)
TALK_JA = ctx(
    ("trainee", "お店を継がれてから、どんなことがありましたか。"),
    ("owner", "親父のやり方を変えようとすると、古い職人さんが黙り込むんですよ。"),
    ("trainee", "黙り込む、ですか。"),
    ("owner", "ええ。反対とも言わないし、賛成とも言わない。会議でも誰も口を開かないんです。"),
)
ORDERS_JA = ctx(
    ("trainee", "受注はどのように受けていらっしゃいますか。"),
    ("owner", "今も注文は電話と手書きの伝票で、在庫は倉庫の黒板に書いてます。"),
)
SON_JA = ctx(
    ("trainee", "今日はお時間をいただきありがとうございます。"),
    ("owner", "木村です。まあ座って。…息子に継がせるかどうか、まだ決めかねていてね。"),
    ("trainee", "決めかねている、というのは。"),
    ("owner", "あいつは営業は得意なんだが、工場のことは分かっとらん。職人もついてこないかもしれん。"),
)
WORRY_EN = ctx(
    ("trainee", "How have things been at the bakery this year?"),
    ("owner", "Busy. The flour price went up twice. And my head baker says he wants to retire next spring."),
    ("trainee", "Twice in one year — how did you handle that?"),
    ("owner", "Raised prices a little. Some regulars grumbled. ...Honestly, I lie awake thinking about who replaces him."),
)
UNEASY_EN = ctx(
    ("trainee", "How is the business doing these days?"),
    ("owner", "Orders are steady. Our main buyer has been with us for thirty years."),
    ("trainee", "Thirty years is a long time. Anything on your mind?"),
    ("owner", "...There's a knot in my stomach, to be honest. Like waiting for a shoe to drop."),
)
INTRO_EN = ctx(("owner", "Come in, come in. Sit down. The tea's just been made."))

# --- 1. empathy ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "context", "lang"),
    [
        # a yes/no reading of his business: closed, no acknowledgement
        ("夜中に帳簿を…。それは、資金繰りが厳しいということですか？", MONEY_JA, "ja"),
        ("銀行から電話が。つまり、経営が苦しいということなんでしょうか？", MONEY_JA, "ja"),
        # a bare agreement
        ("そうですよね。では、会議ではどんなふうに話を切り出されているんでしょう。", TALK_JA, "ja"),
        ("なるほど。その職人さんたちは、何年くらい勤めていらっしゃるんですか？", TALK_JA, "ja"),
        ("確かに。ほかの方はどうですか？", TALK_JA, "ja"),
        # a verdict on how he works, put for agreement
        ("電話と手書きですか！ それはさすがに効率が悪いですよね。", ORDERS_JA, "ja"),
        ("黒板で在庫管理は、今どき手間がかかりすぎですよね。", ORDERS_JA, "ja"),
        # English
        ("Right, I see. And who does the ordering?", WORRY_EN, "en"),
        ("Nothing on the form, but there must be something. Are sales holding up?", INTRO_EN, "en"),
        ("There must be a reason. Did the price rise hit the regulars?", WORRY_EN, "en"),
        ("I'd like to hear what the bakery means to you and how things stand at the moment.", INTRO_EN, "en"),
        ("I'm Sato, from the support office. Tell me what this company means to you and where things stand today.", INTRO_EN, "en"),
    ],
)
def test_no_empathy_where_nothing_of_his_is_acknowledged(text: str, context: list, lang: str) -> None:
    assert "empathy" not in acts_of(text, context, lang)


@pytest.mark.parametrize(
    ("text", "context", "lang"),
    [
        # near misses: his feeling or effort named
        ("夜中に帳簿を見返す毎日は、本当にお辛いですよね。", MONEY_JA, "ja"),
        ("銀行からの電話まで重なると、本当にしんどいですよね。", MONEY_JA, "ja"),
        ("そうですよね、誰も口を開かないと、社長もおつらいですよね。", TALK_JA, "ja"),
        ("賛成も反対もない中で、お一人で変えようとされてきたんですね。大変なご苦労だと思います。", TALK_JA, "ja"),
        ("電話と手書きで、毎日の注文をずっと回してこられたんですね。本当に頑張ってこられたと思います。", ORDERS_JA, "ja"),
        ("後を継いでもらえるかどうか分からないのは、不安ですよね。", SON_JA, "ja"),
        ("That must be hard, lying awake over who replaces him.", WORRY_EN, "en"),
        ("Twice in a year, and now your head baker leaving. That's a lot to carry.", WORRY_EN, "en"),
        ("I can see how much the bakery means to you.", WORRY_EN, "en"),
    ],
)
def test_real_empathy_stays(text: str, context: list, lang: str) -> None:
    assert "empathy" in acts_of(text, context, lang)


@pytest.mark.parametrize(
    "text",
    [
        "夜中に帳簿を…。それは、資金繰りが厳しいということですか？",
        "夜中に帳簿を見返して…。それは、資金繰りが苦しいということですか？",
        "銀行の担当から電話が…。それは、経営が苦しいということでしょうか？",
    ],
)
def test_reading_checked_is_closed_and_no_warmth_in_the_evidence(text: str) -> None:
    a, ts = run(text, MONEY_JA)
    assert "closed_question" in {x.value for x in a.acts}
    assert not any(line.startswith("共感") for line in ts.evidence)
    assert not any("受け止める一言" in line for line in ts.feedback)


# --- 2. summaries -------------------------------------------------------------------------------

ASKED_ME_JA = ctx(
    ("trainee", "申込書に、後継者のことと書かれていましたが、どのようなことでしょうか。"),
    ("owner", "どうだろうね。あんた、工場の現場って見たことある？ 機械の音、うるさいよ。"),
)


@pytest.mark.parametrize(
    ("text", "context", "lang"),
    [
        # a closed guess: a word of the form explained in her words, after answering his question
        (
            "正直、工場の現場はあまり見たことがありません。ぜひ教えていただきたいです。"
            "後継者というのは、息子さんが継ぐかどうか決まっていないということですか？",
            ASKED_ME_JA,
            "ja",
        ),
        # one phrase of his given back, then a check and a question
        ("「職人もついてこない」。今の木村さんの工場には、そう感じる場面があるということでしょうか。", SON_JA, "ja"),
    ],
)
def test_no_summary_for_a_guess_or_one_phrase(text: str, context: list, lang: str) -> None:
    a, ts = run(text, context, lang)
    if text.endswith("？"):  # the guess checked is the turn's one question: closed
        assert {"closed_question"} <= {x.value for x in a.acts} and "open_question" not in {x.value for x in a.acts}
    assert "summary" not in {x.value for x in a.acts}
    assert ts.scores["summarising"] is None or ts.scores["summarising"] < 60
    assert not any("要点をまとめて" in line for line in ts.feedback)


@pytest.mark.parametrize(
    ("text", "lang", "context"),
    [
        ("So basically orders are steady, the buyer's been loyal, and there's just a small worry. Is that right?", "en", UNEASY_EN),
        ("So it's steady work, a thirty-year buyer, and nothing more than a passing worry — fair?", "en", UNEASY_EN),
        ("I see. So basically orders are steady, the buyer has stayed thirty years, and there's just a small uneasy feeling. Is that right?", "en", UNEASY_EN),
        ("So, in short: steady orders, a loyal buyer of thirty years, and only a slight worry. Have I got that right?", "en", UNEASY_EN),
        ("Let me check: the work is steady, the buyer is loyal, and it's nothing more than a vague feeling. Is that right?", "en", UNEASY_EN),
        ("要するに、受注は安定していて、親父さんの代からのお客さんもいて、ちょっとした不安があるだけ、ということですね？", "ja", ctx(
            ("trainee", "最近の受注はいかがですか。"),
            ("owner", "受注は安定してます。親父の代からのお客さんが多いんでね。"),
            ("trainee", "何か気がかりなことはありますか。"),
            ("owner", "…胸の奥がずっとざわざわしてるんですよ。いつか何かが起きるんじゃないかって。"),
        )),
    ],
)
def test_points_shrunk_are_no_summary(text: str, lang: str, context: list) -> None:
    a, ts = run(text, context, lang)
    acts = {x.value for x in a.acts}
    assert "summary" not in acts and "leading_question" in acts  # checked with him, it invites a yes
    assert ts.scores["summarising"] is None or ts.scores["summarising"] < 60
    assert not any("gathered the owner's points" in x or "要点をまとめて" in x for x in ts.feedback)


@pytest.mark.parametrize(
    ("text", "lang", "context"),
    [
        # near misses: real summaries of two or three of his points, checked
        (
            "親父さんのやり方を変えようとすると古い職人さんが黙り込む、会議でも誰も口を開かない。"
            "変えたいのに手応えがない、ということなんですね。",
            "ja",
            TALK_JA,
        ),
        (
            "息子さんに継がせるかは、まだ決めかねている。営業は得意でも工場のことは分かっていないし、"
            "職人さんもついてこないかもしれない、ということなんですね。",
            "ja",
            SON_JA,
        ),
        (
            "So the flour price went up twice, some regulars grumbled at the new prices, and your head baker "
            "retires next spring. Is that right?",
            "en",
            WORRY_EN,
        ),
        # his own words that shrink it, given back faithfully
        (
            "So orders are steady, the buyer has stayed thirty years, and it's just a little worry for now. Is that right?",
            "en",
            ctx(
                ("trainee", "How is the business doing these days?"),
                ("owner", "Orders are steady. Our main buyer has been with us for thirty years."),
                ("trainee", "Anything on your mind?"),
                ("owner", "Just a little worry, nothing more. I'd rather not make a fuss."),
            ),
        ),
    ],
)
def test_real_summaries_stay(text: str, lang: str, context: list) -> None:
    a, ts = run(text, context, lang)
    assert "summary" in {x.value for x in a.acts}
    assert ts.scores["summarising"] is not None and ts.scores["summarising"] >= 60


# --- 3. open and closed ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "「誰も口を開かない」というと、本当は職人さんと話し合いたいことがあったりするのでしょうか。",
        "社長の中では、もう方針は決まっていたりするんでしょうか。",
        "職人さんたちには、前にも同じ話をされたことがあるのでしょうか。",
        "反対とも賛成とも言わない…。「黙り込む」というと、社長ご自身は、本当は職人さんに聞いてみたいことがあったりするのでしょうか。",
        "誰も口を開かない…。社長の中では、本当は会議で決めたいことがあったりするのでしょうか。",
    ],
)
def test_yes_no_ending_in_ka_is_closed(text: str) -> None:
    acts = acts_of(text, TALK_JA)
    assert "closed_question" in acts and "open_question" not in acts


@pytest.mark.parametrize(
    "text",
    [
        "変えたいというお気持ちは、どこから来ているんでしょう。",
        "黙り込まれたときの、その引っかかりは、どこから来ているんでしょうか。",
        "そう思われる考えは、どこから生まれてきたんでしょう。",
        "職人さんたちと、本当はどんなことを話してみたいですか。",
    ],
)
def test_where_a_feeling_comes_from_is_open(text: str) -> None:
    acts = acts_of(text, TALK_JA)
    assert "open_question" in acts and "closed_question" not in acts


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Where do you think that knot in your stomach comes from?", "en"),
        ("What would you want to say to your head baker, if you could say anything?", "en"),
    ],
)
def test_open_questions_en_stay_open(text: str, lang: str) -> None:
    acts = acts_of(text, WORRY_EN, lang)
    assert "open_question" in acts and "closed_question" not in acts


def test_where_someone_came_from_stays_a_fact() -> None:
    acts = acts_of("その職人さんは、どこから来られた方なんですか？", TALK_JA)
    assert "closed_question" in acts


# --- 4. keyword dig -------------------------------------------------------------------------------


def test_no_dig_without_a_question() -> None:
    _, ts = run(
        "電話と手書きの伝票ですか！ それはさすがに効率が悪いですよね。今はクラウドの受発注システムを入れたほうがいいですよ。",
        ORDERS_JA,
    )
    assert not any(line.startswith("キーワードの深掘り") for line in ts.evidence)


def test_dig_names_only_what_the_question_asks() -> None:
    context = ctx(
        ("trainee", "一日の流れを教えていただけますか。"),
        ("owner", "朝は仕込みの確認、昼は配達の段取り。夕方は会長への報告、夜は帳簿付けですね。"),
    )
    _, ts = run(
        "朝は仕込み、昼は配達、夜は帳簿。お忙しいですね。その中で「会長への報告」というのは、どんな時間なんでしょうか。",
        context,
    )
    dug = [line for line in ts.evidence if line.startswith("キーワードの深掘り")]
    assert dug and all("配達" not in line and "帳簿" not in line for line in dug)


# --- more English and Japanese sentences ---------------------------------------------------------

CASH_EN = ctx(
    ("trainee", "What's been weighing on you lately?"),
    ("owner", "End of the month, I'm up at night going through the ledgers. The bank keeps calling too."),
)
ORDERS_EN = ctx(
    ("trainee", "How do orders come in at the moment?"),
    ("owner", "Phone and fax, mostly. Stock is on a whiteboard in the office."),
)


@pytest.mark.parametrize(
    "text",
    [
        "Right. Of course. And how many staff are in the office?",
        "Sure, I see. Is the bank your main lender?",
        "So cash is tight — is that what you mean?",
        "Does that mean the business is struggling financially?",
        "Phone and fax? That's really inefficient, isn't it?",
        "A whiteboard for stock is pretty outdated these days.",
        "There must be more to it. Have sales dropped?",
    ],
)
def test_no_empathy_en_more(text: str) -> None:
    context = ORDERS_EN if "fax" in text.lower() or "whiteboard" in text.lower() else CASH_EN
    assert "empathy" not in acts_of(text, context, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Up at night with the ledgers and the bank calling — that sounds exhausting.",
        "That must be a heavy thing to carry on your own, month after month.",
        "I can imagine how stressful those calls from the bank must be.",
    ],
)
def test_real_empathy_en_more(text: str) -> None:
    assert "empathy" in acts_of(text, CASH_EN, "en")


@pytest.mark.parametrize(
    "text",
    [
        "そうですね。では、在庫の数はどなたが数えていらっしゃるんですか？",
        "ええ、そうですよね。注文は一日に何件くらいですか？",
        "つまり、売上が厳しいということですか？",
    ],
)
def test_no_empathy_ja_more(text: str) -> None:
    assert "empathy" not in acts_of(text, ORDERS_JA if "在庫" in text or "注文" in text else MONEY_JA)


def test_no_dig_en_without_a_question() -> None:
    _, ts = run(
        "Phone and fax and a whiteboard! You really should move to a cloud system; they're cheap now.",
        ORDERS_EN,
        "en",
    )
    assert not any(line.startswith("follow-up on a keyword") for line in ts.evidence)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Is it just you and your wife running the shop these days?", "en"),
        ("小さな工場とおっしゃいましたが、職人さんは何人いらっしゃるんですか？", "ja"),
    ],
)
def test_plain_closed_questions_do_not_lead(text: str, lang: str) -> None:
    acts = acts_of(text, UNEASY_EN if lang == "en" else SON_JA, lang)
    assert "closed_question" in acts and "leading_question" not in acts


def test_his_question_answered_breaks_a_closed_run() -> None:
    context = ctx(
        ("trainee", "申込書に後継者のことと書かれていましたが、もう決まっているんですか？"),
        ("owner", "どうだろうね。一概には言えないよ。あんた、図面って読める？"),
    )
    text = "正直、図面はほとんど読めません。前職は銀行でした。後継者というのは、息子さんが継ぐかどうか決まっていないということですか？"
    _, ts = run(text, context, prior=[["closed_question"], []])
    assert "closed_run" not in ts.flags
    assert not any("詰問" in line for line in ts.feedback)
