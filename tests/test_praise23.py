"""Praise that waves his modesty aside is no denial, and an offered way in before a question is no
guess of hers (r23b s08 T7 「いやいや、大事な強みですよ。」 named 否定 and advice; r23b s06 T3 "Maybe it's
easier from something concrete: … which decisions end up on your desk?" named a leading question)."""

from __future__ import annotations

import pytest

from simulator.analysis import analyse


@pytest.mark.parametrize(
    "text",
    [
        "いやいや、それは立派な強みですよ。",
        "いやいや、五十年続けてこられたのは、すごいことだと思います。",
        "いやいや、職人さんの腕は会社の大切な財産じゃないですか。",
    ],
)
def test_praise_after_iyaiya_is_no_denial(text: str) -> None:
    a = analyse(text, lang="ja")
    assert not a.features.denial
    assert "advice" not in {x.value for x in a.acts}


@pytest.mark.parametrize(
    "text",
    ["いやいや、小さい会社でもできますよ。", "いやいや、そんなに難しく考えなくていいですよ。"],
)
def test_near_miss_iyaiya_waving_his_view_aside_is_still_denial(text: str) -> None:
    assert analyse(text, lang="en" if text.isascii() else "ja").features.denial


@pytest.mark.parametrize(
    "text",
    [
        "Maybe it's easier from something concrete: in a normal week, what ends up on your desk?",
        "Perhaps it helps to start small: what is one thing you would change first?",
    ],
)
def test_a_way_in_offered_before_a_question_is_no_leading_question(text: str) -> None:
    acts = {x.value for x in analyse(text, lang="en").acts}
    assert "leading_question" not in acts and "open_question" in acts


@pytest.mark.parametrize(
    "text", ["Maybe it is the price that keeps them away?", "Maybe the staff are just tired of change?"]
)
def test_near_miss_her_guess_put_as_maybe_is_still_leading(text: str) -> None:
    assert "leading_question" in {x.value for x in analyse(text, lang="en").acts}
