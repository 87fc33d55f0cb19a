"""Blind playtest round r6 (main c123887), fixed after it was measured: an open question worded
'How about your …?' taken for a proposal, and a next-step offer 「次回…一緒に考えていければと
思いますが、いかがですか」 taken for a leading question, 「なぜそのように考えたのですか？」 suggested
before the owner gave any view. All fail on c123887."""

from __future__ import annotations

from simulator.acts import Utterance
from simulator.analysis import analyse


def acts(text: str, owner: str, lang: str) -> set[str]:
    return {a.value for a in analyse(text, [Utterance(speaker="owner", text=owner)], lang).acts}  # type: ignore[arg-type]


def test_how_about_your_topic_is_a_question_en() -> None:
    owner = "I'm the third generation. My grandfather started the shop."
    got = acts("How about your father's generation, and how you came to take over?", owner, "en")
    assert "advice" not in got and "open_question" in got
    assert "advice" in acts("How about hiring a part-timer?", owner, "en")


def test_a_next_step_offer_is_no_leading_question_ja() -> None:
    owner = "面と向かって反論したことは、たぶん一度もないです。"
    text = "今日は答えを出す場ではないので、次回、会長とどう話していきたいか、一緒に考えていければと思いますが、いかがですか。"
    assert "leading_question" not in acts(text, owner, "ja")
    assert "leading_question" in acts("新しい販路を開拓すべきだと思いますが、いかがですか？", owner, "ja")


def test_no_why_did_you_think_so_before_the_owner_gave_a_view() -> None:
    """r5/r6: 「なぜそのように考えたのですか？」 suggested after the owner had only greeted."""
    from simulator.scoring.turn import score_turn

    for lang, owner, text in (
        ("ja", "はいはい、商工会さんから聞いとります。どうぞ。", "従業員は何人ですか？"),
        ("en", "Nice to meet you. Please, have a seat.", "How many employees do you have?"),
    ):
        context = [Utterance(speaker="owner", text=owner)]
        s = score_turn(analyse(text, context, lang), context)  # type: ignore[arg-type]
        assert s.suggestion, (lang, s)
        assert "なぜそのように考えた" not in s.suggestion and "come to see it" not in s.suggestion
