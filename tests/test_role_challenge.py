"""A question that holds his role against him (「社長なのに…決められないんですか」, r14a s08 T3) is
named a challenge (問い詰め), never a 「〜ですよね？」 leading question; it costs as much as one."""

from __future__ import annotations

from simulator.scoring.limits import role_challenge

from .turns import ctx, run

LEADING_LINE = ("支援者の答えに誘導する質問", "That question pushes your own answer")
CHALLENGE_LINE = ("問い詰める聞き方", "makes the owner justify himself")


def has_line(feedback: list[str], parts: tuple[str, str]) -> bool:
    return any(p in line for line in feedback for p in parts)


def test_his_role_held_against_him_is_a_challenge_not_a_leading_question_ja() -> None:
    owner = ctx(("owner", "新しい機械を入れるかどうかは、父にも相談しないと決められなくて。"))
    _, s = run("社長さんなのに、ご自分で決めないんですか？", owner)
    assert has_line(s.feedback, CHALLENGE_LINE), s.feedback
    assert not has_line(s.feedback, LEADING_LINE), s.feedback
    assert s.scores["non_leading"] is not None and s.scores["non_leading"] <= 70


def test_his_role_held_against_him_is_a_challenge_en() -> None:
    owner = ctx(("owner", "Whether we buy the new press, I'd have to run that past my father."))
    _, s = run("As the owner, you can't make that call yourself?", owner, "en")
    assert has_line(s.feedback, CHALLENGE_LINE), s.feedback
    assert not has_line(s.feedback, LEADING_LINE), s.feedback


def test_a_role_word_in_a_fair_question_or_a_push_is_no_role_challenge() -> None:
    assert role_challenge("社長としては、この件はどう進めたいとお考えですか？", "ja") is None
    # 「社長なんだから…いいんじゃないですか」 pushes his answer: a leading question, named so
    assert role_challenge("社長なんだから、自分で決めてもいいんじゃないですか？", "ja") is None
    assert role_challenge("You're the owner now — how do you see that decision?", "en") is None
    assert role_challenge("社長なのに、現場にも毎日出ていらっしゃるんですね。", "ja") is None


def test_a_leading_premise_with_a_why_not_challenge_keeps_both_names() -> None:
    owner = ctx(("owner", "うちは売上の六割が一社でね。もう長いお付き合いです。"))
    _, s = run("その一社が離れたら困りますよね。そういうこと、考えたことないんですか？", owner)
    assert has_line(s.feedback, CHALLENGE_LINE), s.feedback
