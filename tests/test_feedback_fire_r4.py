"""Issue 8, round r4: feedback that fires only on what happened (blind instructor playtest r4).

Each test holds a natural trainee turn of the playtest kind (ja and en) whose feedback on main
named something that did not happen: advice in a negation or a hand-back, a closed question in
an open prompt, an answer to an owner question never asked, a summary due with nothing to
summarise, a summary's scores, the guideline's reassurance missed.
"""

from __future__ import annotations

import pytest

from .turns import ctx, run

ADVICE_LINE = {"ja": "求めていない助言", "en": "advice or a diagnosis the owner had not asked"}
OWN_SUMMARY_LINE = {"ja": "支援者自身の提案", "en": "your own proposals"}
CLOSED_LINE = {"ja": "閉じた質問", "en": "closed question"}
ANSWERED_BACK = {"ja": "社長の問いに短く誠実に答え", "en": "answered and returned"}
SUMMARY_DUE = ("社長の話が積み重なって", "要約の機会", "summary was due", "summary still due")


def acts(a) -> set[str]:  # noqa: ANN001
    return {x.value for x in a.acts}


def lines(s) -> list[str]:  # noqa: ANN001
    return [*s.feedback, *s.evidence]


def fired(s, part: str) -> bool:  # noqa: ANN001
    return any(part in line for line in lines(s))


# --- 1. negations and hand-backs are not advice -------------------------------------------------

NOT_ADVICE = [
    (
        "en",
        "Sorry, I'm rambling. Orders still come by fax, and the work goes round and round until "
        "the chairman says yes.",
        "No need to apologise. Let me just check what I heard: orders come by fax, the work goes "
        "round and round, and big decisions depend on the chairman. Is that right?",
    ),
    (
        "en",
        "Hmm... I'm not sure how to put it.",
        "That's fine. You don't have to answer right away. What would you like to talk about first?",
    ),
    (
        "en",
        "Sorry, that took a while to explain.",
        "No need to apologise at all. What happened after that?",
    ),
    (
        "ja",
        "頭の中にはなんとなくあるんです。でも、会長の前だと言えなくて、自分で止めてきたんだと思います。",
        "頭の中にはなんとなくあるけれど、自分で止めてきた。今、それに気づかれたんですね。次回は、その"
        "『なんとなく』を一緒に言葉にしてみませんか。もちろん、会長に伝えるかどうかは社長が決めることです。",
    ),
    (
        "ja",
        "会長に言うべきかどうか、ずっと迷ってるんです。",
        "迷われているんですね。会長に伝えるかどうかは社長が決めることです。",
    ),
]


@pytest.mark.parametrize(("lang", "owner", "text"), NOT_ADVICE)
def test_negation_or_hand_back_is_not_advice(lang: str, owner: str, text: str) -> None:
    a, s = run(text, ctx(("owner", owner)), lang)
    assert "advice" not in acts(a)
    assert not fired(s, ADVICE_LINE[lang])
    assert not fired(s, OWN_SUMMARY_LINE[lang])


@pytest.mark.parametrize(
    ("lang", "owner", "text"),
    [
        (
            "en",
            "Orders still come by fax.",
            "No need to apologise. You should move the orders onto a cloud system.",
        ),
        (
            "ja",
            "会長に言うべきかどうか、ずっと迷ってるんです。",
            "会長に伝えるかどうかは社長が決めることですが、早めに伝えるべきだと思います。",
        ),
    ],
)
def test_a_prescription_beside_a_hand_back_stays_advice(lang: str, owner: str, text: str) -> None:
    a, s = run(text, ctx(("owner", owner)), lang)
    assert "advice" in acts(a)
    assert fired(s, ADVICE_LINE[lang])


def test_no_need_to_answer_is_reassurance_not_advice_ja() -> None:
    # already right on main; kept as a guard next to the hand-back rule
    a, s = run(
        "無理にお答えいただかなくて大丈夫です。話せるところからお聞かせください。",
        ctx(("owner", "それは…ちょっと、まだ言葉にできなくて。")),
    )
    assert "advice" not in acts(a) and "empathy" in acts(a)
    assert not fired(s, ADVICE_LINE["ja"])


# --- 2. a question that invites a story is open -------------------------------------------------

OPEN_PROMPTS = [
    (
        "en",
        "...There's a lot to it, let's say. Staff, prices, the machines.",
        "A lot to it. Which part weighs on you most right now?",
    ),
    (
        "en",
        "The order system is ancient, but changing it is not my call.",
        "Sure. Can I ask, who usually decides about new systems, like the order system?",
    ),
    (
        "ja",
        "切るだけじゃなくて、穴あけとか曲げまでやれたら、って。まだぼんやりですけど。",
        "穴あけや曲げまで。まだぼんやりでも、そう思うようになったきっかけって何かあったんですか。",
    ),
    (
        "ja",
        "田村に任せればいいんだろうけど、結局、最後は俺が見ないと気が済まないんだよ。",
        "失礼しました、細かい話ではなくて。社長が田村さんに任せきれないのは、どんな気持ちからなのかな、"
        "と思いまして。",
    ),
]


@pytest.mark.parametrize(("lang", "owner", "text"), OPEN_PROMPTS)
def test_a_question_inviting_a_story_is_open(lang: str, owner: str, text: str) -> None:
    a, s = run(text, ctx(("owner", owner)), lang)
    assert "open_question" in acts(a)
    assert not acts(a) & {"closed_question", "other"}
    assert not fired(s, CLOSED_LINE[lang])


@pytest.mark.parametrize(
    ("lang", "owner", "text"),
    [
        ("en", "We have about forty regular customers.", "Who is your biggest customer?"),
        ("ja", "取引先は四十社くらいですね。", "一番大きい取引先はどちらですか？"),
    ],
)
def test_a_single_fact_question_stays_closed(lang: str, owner: str, text: str) -> None:
    a, _ = run(text, ctx(("owner", owner)), lang)
    assert "closed_question" in acts(a) and "open_question" not in acts(a)


# --- 3. "answered the owner's question" only when the owner asked one ---------------------------

NO_OWNER_QUESTION = [
    (
        "ja",
        "うーん…そうですね。何から話せばいいのか…。",
        "ゆっくりで大丈夫です。毎朝届けている仕事を支えているのはどなたなんでしょう。",
    ),
    (
        "ja",
        "…まあ、そういう見方もあるんじゃないですか。",
        "すみません。売上が横ばいということで、困っていらっしゃるんですか？",
    ),
    (
        "ja",
        "あるよ。何回かね。…まあ、その話はまた今度でいい。",
        "すみません、質問ばかりで。決算書は見せていただけますか？",
    ),
    (
        "en",
        "The issues…? Well, that's really for the chairman to decide…",
        "Oh, I see. But you are the president now, right? Don't you decide things?",
    ),
    (
        "en",
        "Oh — that now, is it?",
        "Yes, sorry to jump. You said your father started the company. What was he like as a boss?",
    ),
    (
        "en",
        "Materials up, power up, and the customers won't budge on price. Where it all leaks out... "
        "well, that's the trade for you.",
        "'Where it all leaks out' - that phrase stayed with me. If you could see where it leaks, "
        "what would you look at first?",
    ),
]


@pytest.mark.parametrize(("lang", "owner", "text"), NO_OWNER_QUESTION)
def test_no_answer_praise_when_the_owner_asked_nothing(lang: str, owner: str, text: str) -> None:
    a, s = run(text, ctx(("trainee", "…"), ("owner", owner)), lang)
    assert not a.features.owner_asked and not a.features.answers_owner
    assert not fired(s, ANSWERED_BACK[lang])


@pytest.mark.parametrize(
    ("lang", "owner", "text"),
    [
        (
            "ja",
            "ところでさ、あんた、製造業の現場って分かるの？ 最近の材料の上がり方、どのくらいか知ってる？",
            "正直に申し上げると、現場の経験はありません。材料費はここ数年でかなり上がったと聞いています。"
            "社長のところではどう受け止めていらっしゃいますか？",
        ),
        (
            "en",
            "So — what is it about my company you're here to check on?",
            "Nothing to check, really. I'm not here to audit or grade you. What have you been "
            "proudest of, building it up?",
        ),
    ],
)
def test_a_real_owner_question_still_counts(lang: str, owner: str, text: str) -> None:
    a, _ = run(text, ctx(("trainee", "…"), ("owner", owner)), lang)
    assert a.features.owner_asked and a.features.answers_owner
    assert "advice" not in acts(a)


# --- 4. a summary is due only when there is something to summarise ------------------------------

DEFLECTING_OWNER = [
    ("trainee", "はじめまして、鈴木です。さっそくですが、今一番の悩みは何ですか？"),
    ("owner", "課題？ 分かってるよ、自分の会社なんだから。そこはいいから、次に進んでくれ。"),
    (
        "trainee",
        "あ、すみません。申込書に人手不足と書いてありましたが、人手不足ということでよろしいですか？",
    ),
    (
        "owner",
        "…そこは、まあ、今はいいよ。ところでさ、あんた、製造業の現場って分かるの？ "
        "最近の材料の上がり方、どのくらいか知ってる？",
    ),
    ("trainee", "いえ、現場の経験はないです。すみません。材料費はどのくらい上がっているんですか？"),
    (
        "owner",
        "結局、そうやってはぐらかすんだよね。だから何のアドバイスも得られないんだよ。さあね。数えたこともないよ。",
    ),
]


def test_no_summary_due_while_the_owner_only_deflected() -> None:
    prior = [["open_question"], ["reflection"], ["closed_question"]]
    _, s = run(
        "そうですか。では設備の老朽化についてですが、設備投資の補助金を使う予定はありますか？",
        ctx(*DEFLECTING_OWNER),
        prior=prior,
    )
    assert s.scores["summarising"] is None
    assert not any(fired(s, p) for p in SUMMARY_DUE)


SUMMARISED = [  # playtest r4, s01 T1-T7: T7 gives several of the owner's points back as a check
    (
        "trainee",
        "本日はお時間をいただきありがとうございます。支援担当の佐藤です。まずは社長がこの会社をどのように"
        "育ててこられたのか、そのあたりからお聞かせいただけますか。",
    ),
    ("owner", "はい、どうも。…あんたが支援の人ね。まあ、うちの仕事の話くらいなら、するよ。"),
    ("trainee", "ぜひお仕事の話から伺いたいです。最初はどちらから始められたんですか？"),
    (
        "owner",
        "うちは板金と切削、両方やってる。半導体の装置とか産業機械の部品だね。俺が31で独立して、"
        "6畳くらいの貸し工場から始めて、今は42人。仕事はね、ありがたいことに途切れずにある。",
    ),
    (
        "trainee",
        "6畳の貸し工場から42人まで、というのはすごいですね。材料の値上がり、どう受け止めていらっしゃいますか？",
    ),
    ("owner", "…ふうん。まあ、いいよ。"),
    ("trainee", "今回お申し込みいただいたのは、何か気になっていることがあったからでしょうか。"),
    ("owner", "分かるかい。誰もやってくれないんだから、やるしかないんだよ。"),
    (
        "trainee",
        "誰もやってくれないから、やるしかない……。それは、どんなことを社長お一人で抱えていらっしゃるんですか？",
    ),
    ("owner", "…そこは、まあ、今はいいよ。"),
    (
        "trainee",
        "申込書には『人手不足』と書いていただいていましたが、現場では今どんな感じなんでしょう。",
    ),
    (
        "owner",
        "まあ、困ってるのは人だよ。若いのを採っても、3年もたないで辞めていく。職人はみんな50、60でさ。"
        "工場長なんかもう58だ。このままじゃ、仕事があっても回せなくなる。",
    ),
    (
        "trainee",
        "若い人が3年もたずに辞めて、職人さんは50代60代、工場長さんも58歳。仕事はあるのに、"
        "このままだと回せなくなる、ということですね。",
    ),
    ("owner", "うん。そう言ったね。"),
]
SUMMARISED_ACTS = [
    ["open_question"],
    ["open_question"],
    ["open_question", "empathy"],
    ["open_question", "empathy"],
    ["open_question"],
    ["open_question"],
    ["reflection"],
]


def test_no_summary_due_one_turn_after_a_check_back_summary() -> None:
    _, s = run(
        "若い方が辞めていくのは、社長から見てどういう理由だと思われますか？",
        ctx(*SUMMARISED),
        prior=SUMMARISED_ACTS,
    )
    assert s.scores["summarising"] is None
    assert not any(fired(s, p) for p in SUMMARY_DUE)


def test_impatience_after_two_points_still_calls_for_a_summary() -> None:
    context = ctx(
        ("trainee", "現場では今どんな感じなんでしょう。"),
        (
            "owner",
            "若いのを採っても、3年もたないで辞めていく。職人はみんな50、60でさ。工場長なんかもう58だ。",
        ),
        ("trainee", "設備のほうはいかがですか。"),
        ("owner", "機械も古くてね、入れ替えたいけど、材料が上がってるから金が回らないんだよ。"),
        ("trainee", "従業員は何人いらっしゃいますか？"),
        ("owner", "42人。さっき言ったでしょ。"),
    )
    _, s = run(
        "採用はどうされていますか？",
        context,
        prior=[["open_question"], ["open_question"], ["closed_question"]],
    )
    assert s.scores["summarising"] is not None and s.scores["summarising"] < 30


# --- 6. the guideline's reassurance is empathy, and its words are the supporter's ---------------


def test_reassurance_is_empathy_and_its_words_are_not_the_owners() -> None:
    context = ctx(
        ("trainee", "What have you been proudest of, building it up?"),
        (
            "owner",
            "Work-wise, touch wood, it hasn't dried up. Can you read a drawing? ...You don't have "
            "to. I just want to know how much you actually understand.",
        ),
        ("trainee", "I can't, honestly. What does a good drawing look like to you?"),
        ("owner", "...There's a lot to it, let's say."),
    )
    a, s = run(
        "A lot to it. I'm happy to take it one piece at a time, and if there's anything you'd "
        "rather I didn't touch, just say so. Which part weighs on you most right now?",
        context,
        "en",
    )
    assert "empathy" in acts(a)
    assert not any('"touch"' in line for line in s.feedback)
    assert not any(
        line.startswith(("owner's words", "follow-up")) and "touch" in line for line in s.evidence
    )


# --- 5. summary scoring -------------------------------------------------------------------------

CHECK_BACKS = [
    (
        "ja",
        [
            ("trainee", "受発注はどうされていますか。"),
            (
                "owner",
                "受注はまだ電話とFAXがほとんどなんです。在庫も、事務所のホワイトボードとベテランの頭の中で。",
            ),
            ("trainee", "新しいことも考えていらっしゃるんですか。"),
            (
                "owner",
                "加工の仕事をもう少し増やしたいんです。切るだけじゃなくて、穴あけとか曲げまで。",
            ),
            ("trainee", "役員会ではどんな話になったんですか。"),
            (
                "owner",
                "役員会で話したら、まだ早いって言われて。会長がどう思うかも気になって、それ以上は言えなくて。",
            ),
        ],
        "ここまでのお話をまとめると、受発注や在庫のやり方を変えたい、加工を増やしたいという思いはある。"
        "けれど役員会で『まだ早い』となり、会長がどう思うかが気になっている。そういうことで合っていますか？",
    ),
    (
        "en",
        [
            ("trainee", "How are things with the staff?"),
            (
                "owner",
                "Young people leave within three years. The craftsmen are all in their fifties and "
                "sixties, and the factory manager is fifty-eight. At this rate we won't be able to "
                "handle the work.",
            ),
        ],
        "Young people gone within three years, the craftsmen in their fifties and sixties, the "
        "factory manager at fifty-eight, and the work still coming in. Is that right?",
    ),
]


@pytest.mark.parametrize(("lang", "turns", "text"), CHECK_BACKS)
def test_a_check_back_summary_does_not_lose_non_leading(lang: str, turns, text: str) -> None:  # noqa: ANN001
    context = ctx(*turns)
    _, summary = run(text, context, lang)
    open_q = (
        "社長ご自身はどう感じていらっしゃいますか？" if lang == "ja" else "How do you see that?"
    )
    _, question = run(open_q, context, lang)
    assert summary.scores["non_leading"] is not None and question.scores["non_leading"] is not None
    assert summary.scores["non_leading"] >= question.scores["non_leading"]


def test_a_summary_without_a_summary_word_is_scored() -> None:
    # playtest r4, s05 T1-T2: the owner's opening given back, then a question
    context = ctx(
        (
            "trainee",
            "本日はありがとうございます。担当の伊藤です。申込書に『売上向上が至上命題』と書かれて"
            "いましたが、社長がそう考えるようになった背景から伺ってもよろしいですか。",
        ),
        (
            "owner",
            "竹本です。遠いとこありがとうございます。…で、今日はどのくらいかかります？午後は工場も"
            "見なきゃいけないもんで。要するに売上なんですよ。ここ5年、6億ちょっとでずっと横ばい。"
            "原料も電気代も上がってるのに売上が伸びないんだから、売上向上が至上命題。新しい販路を"
            "作らないと、うちはジリ貧だと思ってるんだよね。",
        ),
    )
    _, s = run(
        "5年間6億ちょっとで横ばい、原料も電気代も上がっている中で、新しい販路がないとジリ貧だと。"
        "お時間は1時間ほどを考えています。その新しい販路として、ネット販売を考えられたのはどんな"
        "理由からですか。",
        context,
        prior=[["open_question"]],
    )
    assert s.scores["summarising"] is not None and s.scores["summarising"] >= 60


def test_a_one_point_give_back_is_not_scored_as_a_several_point_summary() -> None:
    # playtest r4, s01 T9: one point of the owner's given back, then a question
    context = ctx(
        *SUMMARISED,
        ("trainee", "若い方が辞めていくのは、社長から見てどういう理由だと思われますか？"),
        (
            "owner",
            "まあ、話？ 仕事の話だけだよ。段取りどうする、この図面はどこが難しい、ってな。"
            "職人ってのは口で言うより手で見せるもんだ。",
        ),
    )
    a, s = run(
        "職人は口より手で見せる、というのは社長ご自身もそうやって覚えてこられたんですね。"
        "若い人たちの側は、それをどう受け取っているように見えますか？",
        context,
        prior=[*SUMMARISED_ACTS, ["open_question"]],
    )
    score = s.scores["summarising"]
    assert score is None or score < 85
    assert not any(line.startswith(("複数の要点", "3つ以上の要点")) for line in s.evidence)


# the welcome is no point: playtest r4, s10 T1-T6 (a greeting, then three points)
WELCOMED = [
    (
        "trainee",
        "こんにちは、木村です。来店客数が減っているとのことですが、何割くらい減りましたか？",
    ),
    ("owner", "はいはい、商工会さんから聞いとります。花房です。狭いところやけど、どうぞ。"),
    (
        "trainee",
        "ありがとうございます。えっと、人手不足とも書かれていましたが、求人は出していますか？",
    ),
    ("owner", "うーん、そこはまだ、よう言わんわ。"),
    (
        "trainee",
        "すみません。和菓子屋さんは最近どこも厳しいですよね。若い人は和菓子を食べないですし。",
    ),
    (
        "owner",
        "…ほうなの。菓子屋も、外から見るほど楽やないんだわ。大正の終わりに祖父が始めた店でね、私で三代目になります。本店は工場と一緒で、あとは駅前に小さい店がひとつ。夏の水まんじゅうと、季節の生菓子が中心やね。",
    ),
    (
        "trainee",
        "そうなんですね。来店客を増やすために、SNSとかやってますか？インスタとかいいと思いますよ。",
    ),
    (
        "owner",
        "言うとることはその通りやと思うよ。ほやけど、うちのような小さな店では、なかなかそこまではできんわ。",
    ),
    (
        "trainee",
        "すみません、出過ぎたことを言いました。社長は、これから花房堂をどうしていきたいと思っていますか？",
    ),
    ("owner", "…まあ、いろいろあるでね。"),
    ("trainee", "いろいろ、ですか。例えば、どんなことがありますか？"),
    ("owner", "菓子屋なんてね、毎日同じことを、同じようにやるのが一番難しいんだわ。"),
]


def test_a_welcome_is_no_point_to_summarise() -> None:
    prior = [
        ["closed_question"],
        ["closed_question"],
        ["empathy"],
        ["advice"],
        ["open_question"],
        ["open_question"],
    ]
    _, s = run(
        "毎日同じことを同じようにやるのが一番難しい。なるほど。それを支えているのは、どんな方たちですか？",
        ctx(*WELCOMED),
        prior=prior,
    )
    assert not any(fired(s, p) for p in SUMMARY_DUE)
