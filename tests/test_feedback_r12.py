"""Issue 8, round 8 (fb12; r11/r12 blind playtests): per-turn feedback lines that praised or
blamed moves that did not happen. New sentences, ja and en; each positive case fails on main
96f08dd, each negative case guards against a false alarm.

2. a refusal needs his refusal of something the supporter asked: "there's no way to buy it" states
   a fact, so asking about it afterwards presses nothing; a real "No way." still is a refusal;
3. 「社長の問いに短く誠実に答え」 needs a question of his that the turn answers: none when his
   "question" echoed the supporter's word before he answered it himself ("Well, five years on?
   …", 「売上、ですか。…」), nor when the turn only apologised, reassured or gave his words back;
   a real question of his (a request "…, tell me." too) answered briefly keeps its line.
"""

from __future__ import annotations

from .turns import ctx, has_line, run

REFUSAL_LINE = ("一度断ったことを重ねて求めています", "pressed again for what the owner had just refused")
ANSWER_LINE = ("社長の問いに短く誠実に答え", "You answered the owner's question briefly")


def _says(feedback: list[str], parts: tuple[str, ...] | str) -> bool:
    return any(has_line(feedback, p) for p in ((parts,) if isinstance(parts, str) else parts))


# --- 2. a refusal needs his refusal ---------------------------------------------------------------


def test_no_way_to_do_something_is_no_refusal() -> None:
    en = ctx(
        ("trainee", "What happens when a regular customer moves away?"),
        ("owner", "They write to us, but there's no way to order from outside the town. We lose them."),
    )
    a, s = run("That sounds like a real loss. Could you tell me more about those letters from customers?", en, "en")
    assert not _says(s.feedback, REFUSAL_LINE), s.feedback
    assert "presses_refusal" not in s.flags, s.flags
    en2 = ctx(
        ("trainee", "How did the bakery start?"),
        ("owner", "My father had no way of getting a bank loan, so he sold his car to buy the first oven."),
    )
    s2 = run("He sold his car for the oven. What was that first year like for him?", en2, "en")[1]
    assert not _says(s2.feedback, REFUSAL_LINE), s2.feedback


def test_a_real_no_way_still_refuses() -> None:
    en = ctx(
        ("trainee", "Could you show me last year's accounts?"),
        ("owner", "No way. Not a chance."),
    )
    a, s = run("I understand, but could you show me just the accounts for sales?", en, "en")
    assert _says(s.feedback, REFUSAL_LINE), s.feedback


# --- 3. praise for answering his question needs his question ----------------------------------------


def test_his_echo_of_the_question_asks_nothing() -> None:
    en = ctx(
        ("trainee", "Where would you like the workshop to be in a few years?"),
        ("owner", "Hm, five years on? …I'd like the two lads to run the kilns without me, that's all."),
    )
    a, s = run("Thank you, that's a clear picture. What would the two of them need to get there?", en, "en")
    assert not _says(s.feedback, ANSWER_LINE), s.feedback
    ja = ctx(
        ("trainee", "最近の売上の動きはいかがですか。"),
        ("owner", "うーん、売上、ですか。…まあ、横ばいというのが近いですかね。"),
    )
    s2 = run("なるほど、率直なお話をありがとうございます。その横ばいが続く中で、社長はどんなことを感じていらっしゃいますか。", ja)[1]
    assert not _says(s2.feedback, ANSWER_LINE), s2.feedback


def test_an_apology_and_his_words_given_back_answer_no_question() -> None:
    en = ctx(
        ("trainee", "Where does most of the work come from?"),
        ("owner", "Mostly orders through the co-op."),
        ("trainee", "Do you have trouble keeping staff?"),
        ("owner", "Why would I tell you that? So you can put it in some report?"),
    )
    a, s = run("Sorry, I jumped in there. You said the orders come through the co-op. How did that come about?", en, "en")
    assert not _says(s.feedback, ANSWER_LINE), s.feedback
    s2 = run("Sorry, I jumped in there. Only what you're comfortable sharing. How did the co-op orders start?", en, "en")[1]
    assert not _says(s2.feedback, ANSWER_LINE), s2.feedback


def test_a_real_question_answered_keeps_its_line() -> None:
    en = ctx(
        ("trainee", "What would you most like to talk about today?"),
        ("owner", "The kilns are old. Which shops like mine have changed to gas kilns? If you know any, tell me."),
    )
    a, s = run(
        "Honestly, I don't know of one I could name for you. What makes you think about gas kilns now?", en, "en"
    )
    assert _says(s.feedback, ANSWER_LINE), s.feedback
    ja = ctx(
        ("trainee", "今日はどんなお話から始めましょうか。"),
        ("owner", "窯が古くてね。同じような窯元で、ガス窯に替えたところってあるの？"),
    )
    s2 = run("すみません、具体的な窯元は存じません。社長がガス窯を考え始めたのは、どんなことからですか？", ja)[1]
    assert _says(s2.feedback, ANSWER_LINE), s2.feedback
