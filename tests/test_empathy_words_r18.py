"""The English words of a blow taken or a life's work given are words, matched whole (round 11).

Their pattern once held literal backspaces where ``\\b`` was meant, so none of it ever matched.
"""

from __future__ import annotations

import pytest

from simulator.analysis.not_empathy import has_empathy_word


@pytest.mark.parametrize(
    "text",
    [
        "Forty years of devotion to the shop.",
        "All that sacrifice, and the bank still said no.",
        "You have given this firm so much over the years.",
        "Thirty years of dedication to one counter.",
    ],
)
def test_words_of_a_life_given_stand_for_empathy(text: str) -> None:
    assert has_empathy_word(text, "en")


@pytest.mark.parametrize(
    "text",
    ["The blowtorch is in the shed.", "What is your career path?", "How many stings a season?"],
)
def test_a_word_that_only_starts_like_one_is_none(text: str) -> None:
    assert not has_empathy_word(text, "en")
