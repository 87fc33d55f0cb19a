"""Issue 8, round 12 (fb20a; the r20a/r20b blind playtests): feedback on leading, advice and blunt
questions that named the wrong move, or none. New sentences, ja and en, each kind with near misses.

1. a reassurance (「あ、大丈夫ですよ。」「ゆっくりで構いませんよ」) is no unasked advice (r20b s10 T2); a
   promise about his business (「このままでも大丈夫ですよ」) still is.
2. the blunt "biggest worry" question is named every time: after an apology, after a topic change, as a
   request to tell (「一番困っていることだけ教えてもらえますか」), as the hardest thing now, in English
   ("Is there anything else you're worried about?") (r20b s02 T5, s10 T6, r20a s02 t7); a figure
   checked before it (「社長になられて2年ですよね。」) is no empathy. The hardest moment of his story
   (「一番大変だったこと」) and a question on his own word stay open questions.
3. a figure he or the briefing gave, checked ("Thirty-eight, right?"), is a closed confirmation, not a
   leading question (r20b s06 T3); a figure nobody gave stays a guess.
4. the supporter's priority plan ("the most important thing is to fix the staffing first, then the
   equipment") is unasked advice (r20a s02 t8); his own priority given back, or asked for, is not.
5. a what-if on a loss he never raised, in any verb form (「でも、もし丸栄さんが取引を減らしたら、
   どうするんですか？」 "But what if your main customer drops you?") is a leading question (r20a s08 t4);
   a hopeful what-if (「もし人手が十分あったら、どうしたいですか？」) is an open question.
6. 「それだとミスも多いですよね？」: a count or a quality of his business guessed for his yes is leading,
   not empathy (r20b s10 T3); 「それは大変ですよね。」 stays empathy.
"""

from __future__ import annotations

import pytest

from simulator.acts import Act, Utterance
from simulator.analysis import analyse
from simulator.scoring.turn import score_turn

from .turns import ctx, has_line, run

UNASKED_JA = "社長が求めていない助言"
UNASKED_EN = "had not asked for"
BLUNT_JA = "「今一番の悩みは何ですか」と正面から聞く"
BLUNT_EN = "Asking point-blank for the biggest worry"
LEADING_JA = "支援者の答えに誘導する質問"
LEADING_EN = "pushes your own answer"
EMPATHY_JA = "社長の気持ちや苦労を受け止める一言"

SHY_JA = ctx(
    ("trainee", "はじめまして、本日はよろしくお願いします。"),
    ("owner", "はあ、どうも。人前で話すのは苦手でしてね、うまく説明できるかどうか。"),
)
SHY_EN = ctx(
    ("trainee", "Hello, thank you for making the time."),
    ("owner", "Right. I'm not good at this sort of thing, I warn you."),
)
PLAIN_JA = ctx(
    ("trainee", "最近のお仕事の様子はいかがですか？"),
    ("owner", "まあ、毎朝六時に窯に火を入れて、昼までには焼き上げる。その繰り返しですよ。"),
)
PLAIN_EN = ctx(
    ("trainee", "How are things at the bakery these days?"),
    ("owner", "Same as ever. Ovens on at five, bread out by seven, deliveries till noon."),
)


def _acts(text: str, context: list[Utterance], lang: str = "ja", briefing: str | None = None) -> set[str]:
    return {a.value for a in analyse(text, context, lang, briefing=briefing).acts}  # type: ignore[arg-type]


def _feedback(text: str, context: list[Utterance], lang: str = "ja", briefing: str | None = None) -> list[str]:
    a = analyse(text, context, lang, briefing=briefing)  # type: ignore[arg-type]
    return score_turn(a, context).feedback


# --- 1. a reassurance is no advice -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "あ、大丈夫ですよ。普段はどんな流れでお仕事をされているんですか？",
        "はい、大丈夫ですよ！ではまず、お店を始められた頃のことから伺えますか？",
        "いや、全然構いませんよ。どこからでも、話しやすいところからお願いします。",
        "ああ、問題ありませんよ。",
        "緊張なさらなくても大丈夫ですよ。窯のお仕事のことを教えていただけますか？",
        "まとまっていなくても大丈夫ですよ。",
        "あ、いえいえ、気にしなくて大丈夫ですよ。",
    ],
)
def test_a_reassurance_is_no_advice(text: str) -> None:
    a, s = run(text, SHY_JA)
    assert Act.ADVICE not in a.acts, text
    assert not has_line(s.feedback, UNASKED_JA), text


@pytest.mark.parametrize(
    "text",
    [
        "社長なら絶対大丈夫ですよ。",
        "このままのやり方でも大丈夫ですよ。",
        "ネット販売を始めればきっと大丈夫ですよ。",
        "職人さんを一人増やせば大丈夫ですよ。",
    ],
)
def test_a_promise_about_his_business_stays_advice(text: str) -> None:
    a, s = run(text, SHY_JA)
    assert Act.ADVICE in a.acts, text
    assert has_line(s.feedback, UNASKED_JA), text


@pytest.mark.parametrize(
    "text",
    [
        "No problem at all, take your time. What does a normal morning look like for you?",
        "Oh, that's fine. Don't worry about that. How did you get into this trade?",
        "That's perfectly okay, there's no rush.",
    ],
)
def test_an_english_reassurance_is_no_advice(text: str) -> None:
    a, s = run(text, SHY_EN, "en")
    assert Act.ADVICE not in a.acts, text
    assert not has_line(s.feedback, UNASKED_EN), text


# --- 2. the blunt worry question, every time --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "すみません、失礼な聞き方でした。では、社長が一番困っていることだけ教えていただけますか？",
        "申し訳ありません。じゃあ、今いちばんお困りのことを聞かせてもらえますか？",
        "話は変わりますけど、社長になってから一番大変なことは何でしょう？",
        "ちょっと話を変えますが、今一番苦労されていることって何ですか？",
        "わかりました。ところで、経営で一番しんどいことは何ですか？",
    ],
)
def test_the_blunt_worry_question_is_named_after_an_apology_or_a_topic_change(text: str) -> None:
    a, s = run(text, PLAIN_JA)
    assert a.features.blunt_worry, text
    assert has_line(s.feedback, BLUNT_JA), text
    assert not has_line(s.feedback, EMPATHY_JA), text


def test_a_figure_checked_before_the_blunt_question_is_no_empathy() -> None:
    text = "わかりました。少し話を変えますけど、社長になられて3年ですよね。社長になってから一番大変なことは何ですか？"
    a, s = run(text, PLAIN_JA)
    assert Act.EMPATHY not in a.acts
    assert not has_line(s.feedback, EMPATHY_JA)
    assert has_line(s.feedback, BLUNT_JA)


@pytest.mark.parametrize(
    "text",
    [
        "お店を継がれてから一番大変だったことは何ですか？",
        "すみません、急に聞いてしまいました。よろしければ、朝の仕込みの様子から聞かせていただけますか？",
        "毎朝六時に火を入れるんですね。その中で、どんなところに一番気を遣っていらっしゃいますか？",
    ],
)
def test_a_story_question_or_a_gentle_question_is_not_blunt(text: str) -> None:
    a, s = run(text, PLAIN_JA)
    assert not a.features.blunt_worry, text
    assert not has_line(s.feedback, BLUNT_JA), text


def test_a_worry_question_on_what_he_just_told_is_not_blunt() -> None:
    paper = ctx(("trainee", "注文はどう受けていますか？"), ("owner", "ほとんど電話でね。控えは手書きの伝票です。"))
    a, s = run("手書きの伝票なんですね。それだと、どんな場面で困ることがありますか？", paper)
    assert not a.features.blunt_worry
    assert not has_line(s.feedback, BLUNT_JA)
    a, s = run("それで、今一番困っていることは何ですか？", paper)  # 「それで」 only moves on
    assert a.features.blunt_worry
    assert has_line(s.feedback, BLUNT_JA)


def test_his_own_word_asked_about_is_not_blunt() -> None:
    hard = ctx(("trainee", "最近はいかがですか？"), ("owner", "いやあ、人が足りなくて大変なんですよ。"))
    a, s = run("人が足りなくて大変なんですね。その中でも一番大変なのはどんなところですか？", hard)
    assert not a.features.blunt_worry
    assert not has_line(s.feedback, BLUNT_JA)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, that came out wrong. Is there anything else you're worried about?",
        "Let me change the subject. Since you took over, what's been the hardest thing?",
        "OK, different topic. What keeps you up at night these days?",
        "My apologies. So, is there anything you're worried about right now?",
    ],
)
def test_the_english_blunt_worry_question_is_named_every_time(text: str) -> None:
    a, s = run(text, PLAIN_EN, "en")
    assert a.features.blunt_worry, text
    assert has_line(s.feedback, BLUNT_EN), text


@pytest.mark.parametrize(
    "text",
    [
        "What was the hardest part of taking over from your father?",
        "Sorry, I jumped ahead there. Could you tell me how a delivery morning goes?",
        "Ovens on at five, bread out by seven. What does that feel like, day after day?",
    ],
)
def test_an_english_story_or_gentle_question_is_not_blunt(text: str) -> None:
    a, s = run(text, PLAIN_EN, "en")
    assert not a.features.blunt_worry, text
    assert not has_line(s.feedback, BLUNT_EN), text


# --- 3. a figure of his, checked, is a closed confirmation -------------------------------------------

BRIEF_EN = "Tanaka Bakery in Sendai (24 staff, founded 1968) bakes bread for local schools."
BRIEF_JA = "仙台市の田中製パン（従業員24名、1968年創業）。地元の学校給食向けのパンを焼いている。"
NO_NUMBERS_EN = ctx(("trainee", "Hello, thank you for seeing me."), ("owner", "I'd rather not get into numbers today."))


@pytest.mark.parametrize(
    "text",
    [
        "Sorry. Then, how many staff do you have now? Twenty-four, right?",
        "Of course. You founded it in 1968, didn't you?",
        "Twenty-four people, right?",
        "I see. And you've got twenty-four on the staff, haven't you?",
    ],
)
def test_a_figure_from_the_briefing_checked_is_no_leading_question(text: str) -> None:
    acts = _acts(text, NO_NUMBERS_EN, "en", BRIEF_EN)
    assert "leading_question" not in acts, text
    assert "closed_question" in acts, text
    assert not has_line(_feedback(text, NO_NUMBERS_EN, "en", BRIEF_EN), LEADING_EN), text


def test_a_figure_he_said_checked_is_no_leading_question() -> None:
    said = ctx(("trainee", "How big is the team?"), ("owner", "We're 16 now, counting my wife."))
    acts = _acts("Sixteen, right?", said, "en")
    assert "leading_question" not in acts


@pytest.mark.parametrize(
    "text",
    [
        "You have about fifty people, right?",
        "Twenty-four staff, and they can't keep up, right?",
    ],
)
def test_a_figure_nobody_gave_or_a_verdict_beside_it_stays_leading(text: str) -> None:
    assert "leading_question" in _acts(text, NO_NUMBERS_EN, "en", BRIEF_EN), text


def test_a_japanese_figure_from_the_briefing_stays_a_closed_check() -> None:
    owner = ctx(("trainee", "本日はよろしくお願いします。"), ("owner", "数字の話は、今日はちょっと。"))
    acts = _acts("失礼しました。従業員は24名でしたよね？", owner, "ja", BRIEF_JA)
    assert "leading_question" not in acts


# --- 4. a priority plan, spoken, is advice ---------------------------------------------------------

QUIET_EN = ctx(
    ("trainee", "Is there anything on your mind about the team?"),
    ("owner", "...I keep most of it to myself. Always have."),
)


@pytest.mark.parametrize(
    "text",
    [
        "I see. Well, I think the most important thing is to hire two more bakers first, then replace the oven. Shall we plan that?",
        "Right. The main priority for you is hiring. After that, the equipment.",
        "Honestly, the first thing would be to sort out the delivery routes.",
        "OK. You should deal with the staffing first, and then the ovens.",
    ],
)
def test_the_supporters_priority_plan_is_unasked_advice(text: str) -> None:
    a, s = run(text, QUIET_EN, "en")
    assert Act.ADVICE in a.acts, text
    assert has_line(s.feedback, UNASKED_EN), text


@pytest.mark.parametrize(
    "text",
    [
        "What do you think is the most important thing to deal with first?",
        "So for you, the most important thing is to keep everyone on. What makes that matter so much?",
        "If you could sort out one thing first, what would it be?",
    ],
)
def test_his_priority_asked_for_or_given_back_is_no_advice(text: str) -> None:
    a, s = run(text, QUIET_EN, "en")
    assert Act.ADVICE not in a.acts, text
    assert not has_line(s.feedback, UNASKED_EN), text


# --- 5. a what-if on a loss he never raised is leading ----------------------------------------------

DENIED_JA = ctx(
    ("trainee", "取引先を増やすことは考えたことがありますか？"),
    ("owner", "うちのような小さな店では、なかなかそこまで手が回りませんよ。"),
)
DENIED_EN = ctx(
    ("trainee", "Have you thought about other customers?"),
    ("owner", "A shop our size can't really stretch that far."),
)


@pytest.mark.parametrize(
    "text",
    [
        "そうですか…。でも、もし学校給食の契約を減らされたら、どうするんですか？",
        "なるほど。でも、もし娘さんが継がなかったら、どうされるんですか？",
        "ただ、仮に一番のお得意さんに発注を絞られたら、どうするおつもりですか？",
        "そうですよね。でも、もし窯が止まったら、お店はどうなるんでしょう？",
    ],
)
def test_a_pressing_what_if_is_leading(text: str) -> None:
    a, s = run(text, DENIED_JA)
    assert Act.LEADING_QUESTION in a.acts, text
    assert has_line(s.feedback, LEADING_JA), text


@pytest.mark.parametrize(
    "text",
    [
        "Right. But what if the school board drops you?",
        "I see. And what happens if your daughter doesn't want to take over?",
        "OK. But what if your biggest customer cuts back on orders?",
    ],
)
def test_an_english_pressing_what_if_is_leading(text: str) -> None:
    a, s = run(text, DENIED_EN, "en")
    assert Act.LEADING_QUESTION in a.acts, text
    assert has_line(s.feedback, LEADING_EN), text


@pytest.mark.parametrize(
    "text",
    [
        "なかなか手が回らない、というのは、どのあたりが一番引っかかっていますか？",
        "もし人手が十分あったら、どんなことをしてみたいですか？",
    ],
)
def test_a_hopeful_what_if_or_his_words_asked_about_is_not_leading(text: str) -> None:
    a, s = run(text, DENIED_JA)
    assert Act.LEADING_QUESTION not in a.acts, text
    assert not has_line(s.feedback, LEADING_JA), text


def test_a_what_if_he_raised_himself_is_not_leading() -> None:
    his = ctx(
        ("trainee", "最近はいかがですか？"),
        ("owner", "給食の契約が減ったらと思うと、夜も眠れなくてね。"),
    )
    a, _ = run("契約が減ったら、どうなるとお考えなんですか？", his)
    assert Act.LEADING_QUESTION not in a.acts


def test_an_english_hopeful_what_if_is_not_leading() -> None:
    a, _ = run("If things went really well, what would you like the shop to look like in five years?", DENIED_EN, "en")
    assert Act.LEADING_QUESTION not in a.acts


# --- 6. a guess about his business with 「〜ですよね？」 is leading, not empathy --------------------

PAPER_JA = ctx(
    ("trainee", "注文はどうやって受けていらっしゃいますか？"),
    ("owner", "ほとんど電話です。控えは手書きの伝票でね。"),
)


@pytest.mark.parametrize(
    "text",
    [
        "電話と手書きの伝票なんですね。それだとミスも多いですよね？",
        "手書きだと、集計にも時間が長いですよね？",
        "伝票だと、お客さんへの返事も遅いですよね？",
        "それだと効率が悪いですよね？",
    ],
)
def test_a_guess_about_his_business_is_leading_not_empathy(text: str) -> None:
    a, s = run(text, PAPER_JA)
    assert Act.LEADING_QUESTION in a.acts, text
    assert Act.EMPATHY not in a.acts, text
    assert not has_line(s.feedback, EMPATHY_JA), text


@pytest.mark.parametrize(
    "text",
    [
        "それは大変でしたね。",
        "電話と伝票で回していらっしゃるんですね。毎日のことだと、お忙しいですよね。",
        "全部手書きとなると、大変だと思いますが、どうやって回していらっしゃるんですか？",
    ],
)
def test_real_empathy_stays_empathy(text: str) -> None:
    a, s = run(text, PAPER_JA)
    assert Act.EMPATHY in a.acts, text
    assert Act.LEADING_QUESTION not in a.acts, text
