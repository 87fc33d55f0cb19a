"""A wh-question after a dash asks openly (lead's play of round 13: "…your daughter joined last spring -
how has that been for the shop?" read as closed, then "Closed questions one after another feel like an
audit")."""

from __future__ import annotations

import pytest

from simulator.analysis import analyse


@pytest.mark.parametrize(
    "text",
    [
        "I see. And your daughter joined last spring - how has that been for the shop?",
        "That knot — where do you think it comes from?",
        "Forty years at the same lathe -- what keeps you coming back to it?",
        "The new warehouse – how did the team take the move?",
    ],
)
def test_a_wh_question_after_a_dash_is_open(text: str) -> None:
    acts = {a.value for a in analyse(text, lang="en").acts}
    assert "open_question" in acts and "closed_question" not in acts


@pytest.mark.parametrize(
    "text",
    [
        "Your sister - is she still in the business?",
        "Thirty staff - how many of them are in the workshop?",
        "The bank - did they call you in about the loan?",
    ],
)
def test_near_miss_a_yes_no_or_figure_question_after_a_dash_stays_closed(text: str) -> None:
    acts = {a.value for a in analyse(text, lang="en").acts}
    assert "closed_question" in acts and "open_question" not in acts
