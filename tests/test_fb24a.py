"""fb24a (blind playtests r23a s03 T3/T4, s09 T10; r23b s04 T9, s02 T10, s10 T6, s01 T9): the
guideline's own kind moves are no pushes, and what is a push is named as what it is. New sentences,
ja and en.

1. reassurance and permission ("it doesn't need to be clear yet", 「まだまとまっていなくても大丈夫です」)
   are no unsolicited advice, a quoted thought of his in the question after it ("when you thought,
   'this should make a difference'?") no push of hers; an apology that takes back her own words
   ("I didn't mean that other companies do it a certain way") no advice either;
2. the question which areas he would rather she left alone ("Is there anything you'd prefer I
   didn't touch on?", 「触れてほしくないことはありますか」) is the guideline's reassurance, never "a
   closed question; facts are needed";
3. "Actually, … so it's definitely the right direction" agrees with his wish: no denial; market
   figures taught him unasked are named as lecturing;
4. 「…を教えてもらえれば、それに合わせて考えます」 is the blunt worry question, not advice;
   「でも、やってみないとわからないと思いますよ」 after his view is a denial, not advice; a reassurance
   about his limits (「話したくないことでしたら、無理にとは申しません」 "if it's something you'd rather
   not talk about") is praised as reassurance (安心感), never as acknowledging his feelings.
Near misses stay pushes: a permission followed by "you should…", a retraction followed by a
prescription, an "Actually," that corrects him, a rebuttal inside a question kept out.
"""

from __future__ import annotations

import pytest

from .turns import ctx, has_line, run

OPEN_JA = "はじめまして。今日はどんなお話から伺えばよいでしょうか。"
OPEN_EN = "Nice to meet you. Where would you like to start today?"

VAGUE_EN = "Honestly, it's a bit murky. I can't really put it into words."
VAGUE_JA = "正直、まだもやもやしていて、うまく言葉にできないんですよ。"
OTHERS_EN = "Right… I'm sure that's how other companies do it."
BY_EN = "We get by. The big customer keeps us busy. I'd rather not say much about them."
BY_JA = "まあ、なんとかやってますよ。丸栄さんのことは、あんまり言いたくないけどね。"
WISH_EN = "Everyone's busy. Which is exactly why we need a new way of selling."
CANT_JA = "言ってることは分かるよ。でもね、うちみたいな小さい店じゃ、そこまではできないよ。"
WHY_JA = "あんた、それ聞いてどうすんの。"
WHY_EN = "Why do you want to know that?"
TIRED_JA = "そういう話はもう聞き飽きてるんだよ。"

ADVICE_EN = "You gave advice or a diagnosis the owner had not asked for"
ADVICE_JA = "社長が求めていない助言"
CLOSED_EN = "A closed question; facts are needed"
CLOSED_JA = "閉じた質問です"
DENIAL_EN = "You denied the owner's view"
DENIAL_JA = "社長の意見を否定しています"
CALM_EN = "You reassured the owner about this meeting"
CALM_JA = "この面談について社長を安心させる一言"
FEELINGS_EN = "You acknowledged the owner's feelings"
FEELINGS_JA = "社長の気持ちや苦労を受け止める一言"
LECTURE_EN = "(lecturing)"
LECTURE_JA = "（教授・講義）"
BLUNT_JA = "「今一番の悩みは何ですか」と正面から聞くと"


def _c(owner: str, lang: str) -> list:
    return ctx(("trainee", OPEN_EN if lang == "en" else OPEN_JA), ("owner", owner))


def _acts(a) -> set[str]:  # type: ignore[no-untyped-def]
    return {x.value for x in a.acts}


# --- 1. reassurance, permission and apology: no advice ------------------------------------------
KIND_EN = [
    (VAGUE_EN, "That's fine — it doesn't need to be clear yet. Was there a moment recently that stood out?"),
    (VAGUE_EN, "No problem, it doesn't have to make sense yet. What comes to mind first when you think about it?"),
    (VAGUE_EN, "That's all right. It won't need to be tidy today. Was there a time you thought, "
     "'this is where I should be making the call'?"),
    (VAGUE_EN, "It doesn't need to be in words yet. When did you last feel it, roughly?"),
    (OTHERS_EN, "Sorry, I didn't mean that other companies do it a certain way. How do decisions usually "
     "get made at your place?"),
    (OTHERS_EN, "I'm sorry, I wasn't suggesting you copy anyone. What matters most to you in how it's done here?"),
    (OTHERS_EN, "Apologies — that's not what I meant. I'd like to hear how it works at your company."),
    (OTHERS_EN, "Sorry, I didn't mean to compare you with other firms. What is it like for you, day to day?"),
]
KIND_JA = [
    (VAGUE_JA, "大丈夫です、まだはっきりしていなくても構いません。最近、何か引っかかった場面はありましたか？"),
    (VAGUE_JA, "まとまっていなくても大丈夫ですよ。思いつくところから聞かせていただけますか。"),
    (VAGUE_JA, "今すぐ言葉にしなくても大丈夫です。どんなときに、そう感じられますか？"),
    (VAGUE_JA, "急いで答えを出さなくても結構です。そのもやもやは、いつ頃からですか？"),
    (TIRED_JA, "失礼しました。よその会社と比べるという意味ではありません。社長のところでは、どう決めていらっしゃいますか？"),
    (TIRED_JA, "すみません、何かをしてくださいという話ではないんです。社長のお考えを伺えますか。"),
]


@pytest.mark.parametrize(("owner", "text"), KIND_EN)
def test_en_reassurance_and_apology_are_no_advice(owner: str, text: str) -> None:
    a, s = run(text, _c(owner, "en"), "en")
    assert "advice" not in _acts(a), a.evidence
    assert not has_line(s.feedback, ADVICE_EN), s.feedback


@pytest.mark.parametrize(("owner", "text"), KIND_JA)
def test_ja_reassurance_and_apology_are_no_advice(owner: str, text: str) -> None:
    a, s = run(text, _c(owner, "ja"), "ja")
    assert "advice" not in _acts(a), a.evidence
    assert not has_line(s.feedback, ADVICE_JA), s.feedback


PUSH_EN = [
    (VAGUE_EN, "It doesn't need to be clear yet, but you should really decide on the new line this month."),
    (OTHERS_EN, "Sorry, I didn't mean that. But you should look at what other companies do and copy it."),
    (VAGUE_EN, "You don't need to be sure. You must start the website now, though."),
]
PUSH_JA = [
    (VAGUE_JA, "はっきりしていなくても大丈夫ですが、まずはホームページを作るべきです。"),
    (TIRED_JA, "すみません。でも、よその会社のやり方を真似した方がいいですよ。"),
]


@pytest.mark.parametrize(("owner", "text"), PUSH_EN)
def test_en_near_miss_push_after_kindness_stays_advice(owner: str, text: str) -> None:
    a, s = run(text, _c(owner, "en"), "en")
    assert "advice" in _acts(a), a.evidence


@pytest.mark.parametrize(("owner", "text"), PUSH_JA)
def test_ja_near_miss_push_after_kindness_stays_advice(owner: str, text: str) -> None:
    a, s = run(text, _c(owner, "ja"), "ja")
    assert "advice" in _acts(a), a.evidence


# --- 2. the areas he would rather she left alone ------------------------------------------------
BOUNDARY_EN = [
    "That's fine, there's no need to have an answer today. Before I go, is there anything you'd prefer "
    "I didn't touch on when we talk again?",
    "Are there any topics you'd rather we left alone?",
    "Is there anything you'd rather I didn't ask about next time?",
    "Thank you. Is there any area you'd prefer we stayed away from?",
    "Is there anything that's off-limits for you?",
]
BOUNDARY_JA = [
    "逆に、触れてほしくないことはありますか？",
    "ここは触らないでほしい、という部分はありますか？",
    "聞かれたくない話があれば、教えてください。",
    "ありがとうございます。次回、立ち入ってほしくない話題はありますか？",
    "丸栄さんのこと以外にも、話したくないことはありますか。",
]


@pytest.mark.parametrize("text", BOUNDARY_EN)
def test_en_boundary_question_is_reassurance_not_closed(text: str) -> None:
    a, s = run(text, _c(BY_EN, "en"), "en")
    assert "closed_question" not in _acts(a)
    assert not has_line(s.feedback, CLOSED_EN), s.feedback
    assert has_line(s.feedback, CALM_EN), s.feedback
    assert not has_line(s.feedback, FEELINGS_EN), s.feedback
    assert (s.scores.get("deep_dive") or 100) >= 45


@pytest.mark.parametrize("text", BOUNDARY_JA)
def test_ja_boundary_question_is_reassurance_not_closed(text: str) -> None:
    a, s = run(text, _c(BY_JA, "ja"), "ja")
    assert "closed_question" not in _acts(a)
    assert not has_line(s.feedback, CLOSED_JA), s.feedback
    assert has_line(s.feedback, CALM_JA), s.feedback
    assert (s.scores.get("deep_dive") or 100) >= 45


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Is there anything you'd rather keep? Do you own the building?", "en"),
        ("Have you touched on pricing with them?", "en"),
        ("丸栄さんとの取引は、今も続いていますか？", "ja"),
    ],
)
def test_near_miss_fact_questions_stay_closed(text: str, lang: str) -> None:
    a, s = run(text, _c(BY_EN if lang == "en" else BY_JA, lang), lang)
    assert "closed_question" in _acts(a), _acts(a)


# --- 3. agreement is no denial; figures taught are a lecture ------------------------------------
def test_en_agreement_after_actually_is_no_denial_but_a_lecture() -> None:
    text = (
        "Actually, online food sales are growing about ten percent every year. Many firms your size have "
        "doubled their sales that way, so it's definitely the right direction."
    )
    a, s = run(text, _c(WISH_EN, "en"), "en")
    assert not a.features.denial
    assert not has_line(s.feedback, DENIAL_EN), s.feedback
    assert has_line(s.feedback, LECTURE_EN), s.feedback


@pytest.mark.parametrize(
    "text",
    [
        "Actually, you're on the right track there. What first made you think of it?",
        "Actually, I agree with you. What would a new way of selling look like for you?",
    ],
)
def test_en_agreement_is_no_denial(text: str) -> None:
    a, s = run(text, _c(WISH_EN, "en"), "en")
    assert not a.features.denial
    assert not has_line(s.feedback, DENIAL_EN), s.feedback


@pytest.mark.parametrize(
    "text",
    [
        "Actually, that's not right — your problem is the pricing.",
        "Actually, I disagree. Selling online won't fix anything.",
    ],
)
def test_en_near_miss_actually_correcting_him_stays_denial(text: str) -> None:
    a, s = run(text, _c(WISH_EN, "en"), "en")
    assert a.features.denial


def test_ja_figures_taught_are_a_lecture() -> None:
    text = "実は、食品のネット通販は毎年10％成長していて、同じ規模の会社でも売上が倍になったところがあります。絶対にやるべきです。"
    a, s = run(text, _c(CANT_JA, "ja"), "ja")
    assert has_line(s.feedback, LECTURE_JA), s.feedback


# --- 4. the Japanese beginner's turns named as what they are ------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "すみません…。じゃあ、社長が一番困っていることを教えてもらえれば、それに合わせて考えます。",
        "分かりました。今一番の悩みを聞かせていただければ、それに合わせて進めます。",
        "分かりました。経営の課題を教えていただければ、それに合わせてご提案を準備します。",
    ],
)
def test_ja_worry_asked_as_conditional_request_is_blunt_not_advice(text: str) -> None:
    a, s = run(text, _c("うちはね、創業して四十年、ずっと自分たちでやってきたんだよ。", "ja"), "ja")
    assert "advice" not in _acts(a), a.evidence
    assert not has_line(s.feedback, ADVICE_JA), s.feedback
    assert has_line(s.feedback, BLUNT_JA), s.feedback


def test_ja_conditional_request_on_his_own_words_is_no_blunt_question() -> None:
    text = "社長が大事にされていることを聞かせていただければ、それに合わせて進めます。"
    a, s = run(text, _c(TIRED_JA, "ja"), "ja")
    assert "advice" not in _acts(a), a.evidence
    assert not has_line(s.feedback, BLUNT_JA), s.feedback


@pytest.mark.parametrize(
    "text",
    [
        "そうですか…。でも、やってみないとわからないと思いますよ。",
        "でも、小さいお店だからこそできることもあると思うんですよ。",
        "なるほど。だけど、案外できるはずですよ。",
    ],
)
def test_ja_rebuttal_of_his_view_is_denial_not_advice(text: str) -> None:
    a, s = run(text, _c(CANT_JA, "ja"), "ja")
    assert a.features.denial
    assert has_line(s.feedback, DENIAL_JA), s.feedback
    assert not has_line(s.feedback, ADVICE_JA), s.feedback


@pytest.mark.parametrize(
    "text",
    [
        "小さいお店だと、そこまでは難しい、と。でも、何か引っかかっていることがあるように思いますが、いかがですか？",
        "そこまではできない、と感じていらっしゃるんですね。",
    ],
)
def test_ja_near_miss_give_back_is_no_denial(text: str) -> None:
    a, s = run(text, _c(CANT_JA, "ja"), "ja")
    assert not a.features.denial


@pytest.mark.parametrize(
    ("owner", "text", "lang"),
    [
        (WHY_JA, "失礼しました。評価のためではなく、社長の見え方を知りたかったんです。話したくないことでしたら、"
         "無理にとは申しません。", "ja"),
        (WHY_JA, "すみません。答えたくないところは、無理には伺いません。", "ja"),
        (WHY_JA, "失礼しました。言いたくないことでしたら、それで結構です。", "ja"),
        (WHY_EN, "Sorry. This isn't for any assessment. If it's something you'd rather not talk about, that's "
         "completely fine.", "en"),
        (WHY_EN, "Fair question. If you'd prefer not to answer, that's fine too.", "en"),
    ],
)
def test_reassurance_about_his_limits_is_named_as_reassurance(owner: str, text: str, lang: str) -> None:
    a, s = run(text, _c(owner, lang), lang)
    assert has_line(s.feedback, CALM_EN if lang == "en" else CALM_JA), s.feedback
    assert not has_line(s.feedback, FEELINGS_EN if lang == "en" else FEELINGS_JA), s.feedback
    assert "advice" not in _acts(a)


def test_real_empathy_is_still_praised_as_empathy() -> None:
    a, s = run("それは本当にお辛かったですね。", _c("先代が急に倒れてね、何も分からないまま継いだんだよ。", "ja"), "ja")
    assert has_line(s.feedback, FEELINGS_JA), s.feedback
