"""Playtest r8: a question about causes is not a question about feelings, even with 「感じ」 or
"feel" in it (「気持ちというより、原因のほうを」), and 「〜と感じていること」 means "think": the owner
answers from his own feeling lines only when asked how he feels."""

from __future__ import annotations

import pytest

from simulator.wording.asking import ask_kind

CAUSES = [
    ("ja", "気持ちの話ではなくて、若い方が辞めていく理由はどのあたりにあると感じますか。"),
    ("ja", "人が定着しないのは、どうしてだと感じられますか。"),
    ("ja", "前の会社と比べて、何が違うと感じますか。"),
    ("en", "Setting feelings aside, why do you feel the orders dropped off?"),
    ("en", "What do you feel is the reason the young ones leave?"),
]
THINKS = [
    ("ja", "これまでのご経験で、今の会社に活かせると感じていることはありますか。"),
]
FEELINGS = [
    ("ja", "そのとき、どう感じましたか。"),
    ("ja", "今のお気持ちを聞かせていただけますか。"),
    ("en", "How did you feel when that happened?"),
]


@pytest.mark.parametrize(("lang", "text"), CAUSES + THINKS)
def test_a_question_on_causes_or_views_asks_no_feeling(lang: str, text: str) -> None:
    assert ask_kind(text, lang) != "feeling"


@pytest.mark.parametrize(("lang", "text"), FEELINGS)
def test_a_question_on_feelings_still_asks_a_feeling(lang: str, text: str) -> None:
    assert ask_kind(text, lang) == "feeling"
