"""fb24c (blind playtests r23a/r23b): real pushes missed or misnamed. New sentences, ja and en,
with near misses.

1. a tag question carrying the supporter's verdict ("…would be good for you, right?", "Don't you
   think that's risky?", 「実際には会長が決めているってことですよね？」) stays leading, even when its
   words are on the form or his; a real check of his figures stays a closed question.
2. "I think the easiest way is to start on X first" after he asked for something concrete is her
   solution (advice, named as asked for), not information answered.
3. a leading question after a give-back is not "asked again" for the words the give-backs share.
4. a quote pointed back to in a question (「その「…」ということについて」, "that 'mostly'") is judged;
   a quote that turns his word into its opposite (「変わらず」 → 「変わっていく」) is not his words.
"""

from __future__ import annotations

import pytest

from simulator.acts import Utterance
from simulator.analysis import analyse
from simulator.analysis.attribution import unsaid_spans
from simulator.scoring.turn import score_turn

from .turns import ctx

BRIEF_EN = (
    "Tanaka Bakery (Sendai; bread and cakes; 22 employees; sales about ¥300 million). On the application "
    "form it says: 'We want to start selling online. We also want a new website.' The main customers are "
    "two supermarket chains in the prefecture and the shop's own counter."
)
BRIEF_JA = (
    "田中製菓株式会社（仙台市、和菓子製造、従業員22名、年商約3億円）。申込書には「ネット販売を始めたい。"
    "ホームページも新しくしたい」とある。主な取引先は県内のスーパー2社と自社の店舗。"
)
CHAIN_EN = ctx(
    ("trainee", "Who buys most of your bread these days?"),
    ("owner", "Supermarkets, mostly. One chain takes about sixty percent. We have 22 people here."),
)
CHAIN_JA = ctx(
    ("trainee", "今、一番多く買ってくださっているのはどちらですか。"),
    ("owner", "スーパーですね。一つのチェーンで6割くらい。うちは22名でやってます。"),
)
SUCC_JA = ctx(
    ("trainee", "会長は今もお店に出ていらっしゃるんですか。"),
    ("owner", "ええ、父は75ですけど、毎朝工場に来ます。僕はまだ決めきれないことが多くて。"),
)


def _acts(text: str, context: list[Utterance], lang: str, briefing: str | None) -> set[str]:
    return {a.value for a in analyse(text, context, lang, briefing=briefing).acts}  # type: ignore[arg-type]


# --- 1. her verdict in a tag question stays leading ----------------------------------------------

LEADS_EN = [
    "So one chain takes most of it. That's why online sales would be good for you, right?",
    "Sixty percent with one chain. Don't you think that's risky?",
    "So a new website would help you a lot, right?",
    "Supermarkets, mostly. Selling online would be better for you, right?",
    "That's why you need your own website, right?",
    "So relying on one chain is a real risk, isn't it?",
    "One chain at sixty percent. Wouldn't you say that's dangerous?",
    "Online sales would be a good idea for a bakery like yours, right?",
    "So a web shop is the answer, right?",
    "In reality, the chain sets your prices, right?",
]
LEADS_JA = [
    "一つのチェーンで6割なんですね。それってリスクですよね？",
    "だからネット販売を始めたほうがいいんですよね？",
    "ホームページを新しくするのがいいんですよね？",
    "実際にはスーパーが値段を決めているってことですよね？",
    "じゃあ、本当は会長が全部決めているってことですよね？",
    "6割も一社に頼るのは危ないですよね？",
    "それなら、今がネットに出るチャンスですよね？",
    "スーパー頼みのままだともったいないですよね？",
    "ネットで売った方がいいと思いませんか？",
    "実際は社長ではなく会長が決めているんですよね？",
]


@pytest.mark.parametrize("text", LEADS_EN)
def test_en_verdict_tag_stays_leading(text: str) -> None:
    acts = _acts(text, CHAIN_EN, "en", BRIEF_EN)
    assert "leading_question" in acts, acts
    assert "closed_question" not in acts, acts


@pytest.mark.parametrize("text", LEADS_JA)
def test_ja_verdict_tag_stays_leading(text: str) -> None:
    context = SUCC_JA if "会長" in text else CHAIN_JA
    acts = _acts(text, context, "ja", BRIEF_JA)
    assert "leading_question" in acts, acts
    assert "closed_question" not in acts, acts


# near misses: real checks of his figures or of the form's facts, no verdict in them
CHECKS_EN = [
    "One chain takes about sixty percent, right?",
    "You have 22 people here, right?",
    "So it's mostly supermarkets, right?",
]
CHECKS_JA = [
    "一つのチェーンで6割なんですよね？",
    "従業員は22名でしたよね？",
    "主な取引先はスーパーなんですよね？",
]


@pytest.mark.parametrize("text", CHECKS_EN)
def test_en_fact_check_is_no_verdict(text: str) -> None:
    assert "leading_question" not in _acts(text, CHAIN_EN, "en", BRIEF_EN)


@pytest.mark.parametrize("text", CHECKS_JA)
def test_ja_fact_check_is_no_verdict(text: str) -> None:
    assert "leading_question" not in _acts(text, CHAIN_JA, "ja", BRIEF_JA)


def test_playtest_r23b_s04_t6_leading_with_briefing() -> None:
    context = ctx(
        ("trainee", "Nozawana, nice. Who buys it most right now? Is it mostly the supermarkets?"),
        ("owner", "Supermarkets. A local chain is the biggest."),
    )
    text = (
        "So you depend a lot on that one chain. Don't you think that's risky? "
        "That's why online sales would be good for you, right?"
    )
    brief = "On the application form: 'We want to start selling online (EC).' The main customers are supermarkets."
    a = analyse(text, context, "en", briefing=brief)
    assert "leading_question" in {x.value for x in a.acts}
    s = score_turn(a, context)
    assert not any("in the owner's words" in line for line in s.feedback), s.feedback


# --- 2. her recommended course after he asked for something concrete ----------------------------

ASKED_EN = ctx(
    ("trainee", "What would you like to get out of today?"),
    ("owner", "Skip the small talk. Give me something concrete."),
)
RECOMMENDS_EN = [
    "Sure. I think the easiest way is to start on a marketplace first, rather than your own site. Have you thought about that?",
    "Okay. The quickest way for you is to put three products on Amazon. Does that sound doable?",
    "Honestly, the first step is to take photos of every product. Have you done that?",
    "I'd start with a small web shop for gift boxes. Is that something you've looked at?",
    "You'd be better off selling gift sets online first. Have you tried that?",
]


@pytest.mark.parametrize("text", RECOMMENDS_EN)
def test_en_recommended_course_is_advice(text: str) -> None:
    a = analyse(text, ASKED_EN, "en")
    assert "advice" in {x.value for x in a.acts}, a.acts
    s = score_turn(a, ASKED_EN)
    assert any("The owner asked for it" in line for line in s.feedback), s.feedback


ASKED_JA = ctx(
    ("trainee", "今日はどんなお話ができればいいでしょう。"),
    ("owner", "前置きはいいから、具体的なことを言ってよ。"),
)
RECOMMENDS_JA = [
    "はい。一番手っ取り早いのは、自社サイトより先に楽天に出店することです。考えたことはありますか？",
    "まずは楽天から始めるのが一番いいと思います。どうでしょう？",
    "私なら、まず贈答用の詰め合わせをネットに出します。いかがですか？",
    "一番簡単なのは、今のお客さんにチラシを配ることだと思います。どう思われますか？",
    "ネット販売なら、アマゾンから始めるのがおすすめです。やってみたことはありますか？",
]


@pytest.mark.parametrize("text", RECOMMENDS_JA)
def test_ja_recommended_course_is_advice(text: str) -> None:
    a = analyse(text, ASKED_JA, "ja")
    assert "advice" in {x.value for x in a.acts}, a.acts
    s = score_turn(a, ASKED_JA)
    assert any("社長に求められての提案" in line for line in s.feedback), s.feedback


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("社長は、まず楽天から始めるのが一番いいとお考えなんですね。", "ja"),
        ("私なら、と考えてみると、まだ分からないことが多いです。", "ja"),
        ("So you think the easiest way is to start on Amazon. What makes it the easiest for you?", "en"),
    ],
)
def test_his_view_or_her_doubt_is_no_advice(text: str, lang: str) -> None:
    context = ASKED_JA if lang == "ja" else ctx(
        ("trainee", "How do you see online sales?"),
        ("owner", "Honestly, I think the easiest way is to start on Amazon."),
    )
    assert "advice" not in {x.value for x in analyse(text, context, lang).acts}  # type: ignore[arg-type]


def test_en_answer_to_his_question_stays_an_answer() -> None:
    context = ctx(
        ("trainee", "What products would you sell?"),
        ("owner", "So which platform's best? Rakuten? Amazon?"),
    )
    text = "I think Rakuten is probably the best because so many people use it. But what would you sell first?"
    assert "advice" not in {x.value for x in analyse(text, context, "en").acts}


# --- 3. no repeat for the give-backs' shared words ------------------------------------------------

def test_ja_leading_after_give_back_is_no_repeat() -> None:
    context = ctx(
        ("trainee", "今日はよろしくお願いします。"),
        ("owner", "ええ。父は75ですけど、毎朝工場に来ます。僕はまだ決めきれないことが多くて。"),
        ("trainee", "決めきれない、ですか。会長は今も毎朝工場に来られているんですか。"),
        ("owner", "はい、毎朝です。"),
    )
    text = "毎朝ですか。じゃあ、実際には会長がいろいろ決めているってことですよね？"
    a = analyse(text, context, "ja")
    assert "leading_question" in {x.value for x in a.acts}
    s = score_turn(a, context)
    assert not any("もう一度尋ねて" in line for line in s.feedback), s.feedback


@pytest.mark.parametrize(
    ("text", "context", "lang", "line"),
    [
        (
            "いろいろですか。工場の機械は全部で何台ありますか。",
            ctx(
                ("trainee", "工場の機械は何台ありますか。"),
                ("owner", "うーん、古いのも入れると結構ありますね。"),
                ("trainee", "結構、ですか。工場の機械は全部で何台ありますか。"),
                ("owner", "まあ、いろいろです。"),
            ),
            "ja",
            "もう一度尋ねて",
        ),
        (
            "I see. Do you plan to hand the shop to your son?",
            ctx(
                ("trainee", "Do you plan to hand the shop to your son?"),
                ("owner", "Well, he works in Tokyo now. We will see."),
            ),
            "en",
            "asked again",
        ),
    ],
)
def test_real_repeat_still_named(text: str, context: list[Utterance], lang: str, line: str) -> None:
    s = score_turn(analyse(text, context, lang), context)  # type: ignore[arg-type]
    assert any(line in x for x in s.feedback), s.feedback


# --- 4. a quote pointed back to, or turned into its opposite -------------------------------------

STAY_JA = ctx(
    ("trainee", "これからどうなっていたいですか。"),
    ("owner", "うちの職人が、変わらず落ち着いて働けていれば、それでいいんです。"),
)
STAY_EN = ctx(
    ("trainee", "How have things been since you took over?"),
    ("owner", "Nothing much has changed, really. Same customers as my father's day."),
)


@pytest.mark.parametrize(
    ("text", "context", "lang", "brief"),
    [
        ("その「変わっていく」ということについて、どう感じていらっしゃいますか。", STAY_JA, "ja", BRIEF_JA),
        ("その「落ち着いて働けない」というのは、どんなときでしょう。", STAY_JA, "ja", BRIEF_JA),
        ("先ほどの「変わっていきたい」というのは、どういうことでしょうか。", STAY_JA, "ja", BRIEF_JA),
        ("I'm curious about that 'mostly' — what makes up the rest?", STAY_EN, "en", BRIEF_EN),
        ("Tell me about that 'big storm' — when was it?", STAY_EN, "en", BRIEF_EN),
    ],
)
def test_quote_not_his_is_unsaid(text: str, context: list[Utterance], lang: str, brief: str) -> None:
    assert unsaid_spans(text, context, lang, brief), text  # type: ignore[arg-type]
    s = score_turn(analyse(text, context, lang, briefing=brief), context)  # type: ignore[arg-type]
    assert not any("社長の言葉で返せています" in x or "in the owner's words" in x for x in s.feedback)


@pytest.mark.parametrize(
    ("text", "context", "lang"),
    [
        ("その「変わらず」というところについて、もう少し聞かせていただけますか。", STAY_JA, "ja"),
        ("その「落ち着いて働けて」というのは、どんな様子でしょう。", STAY_JA, "ja"),
        ("「変わらず落ち着いて」働ける、というのが大事なんですね。", STAY_JA, "ja"),
        ("I'm curious about that 'same customers' — who are they?", STAY_EN, "en"),
        ("'Nothing much has changed' — what has stayed the same?", STAY_EN, "en"),
    ],
)
def test_his_own_quote_is_said(text: str, context: list[Utterance], lang: str) -> None:
    brief = BRIEF_JA if lang == "ja" else BRIEF_EN
    assert not unsaid_spans(text, context, lang, brief), text  # type: ignore[arg-type]
