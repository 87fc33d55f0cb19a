"""r22a (English owners): a question on the father's character or views, a headcount of a
narrower scope, or a question on change got a stock profile fact (the generation, the company
total, the shop list). Sentences of our own; near misses keep their fact."""

from __future__ import annotations

import pytest

from simulator.datafiles import load_persona
from simulator.wording.asking import read_question

OWNERS = ["distrustful_founder", "reluctant_successor", "move_on_owner", "big_customer_owner", "family_values_owner"]
SUCCESSORS = ["reluctant_successor", "move_on_owner", "big_customer_owner", "family_values_owner"]


def _topic(owner: str, text: str, lang: str = "en") -> str | None:
    q = read_question(load_persona(owner), text, lang)
    return q.topic.id if q.topic else None


@pytest.mark.parametrize("owner", SUCCESSORS)
@pytest.mark.parametrize(
    "text",
    [
        "What was your father like as a boss?",
        "How did the founder feel about new machines?",
        "Does your father still think the old way is best?",
        "So your father doesn't like change much?",
        "What kind of man was the founder?",
        "How do you and your father get along?",
    ],
)
def test_father_character_is_not_the_generation_fact(owner: str, text: str) -> None:
    assert _topic(owner, text) != "generation"


@pytest.mark.parametrize("owner", OWNERS)
@pytest.mark.parametrize(
    "text",
    [
        "How many people work in the office?",
        "And how many are in the warehouse?",
        "How many people do you have on the shop floor?",
        "How many staff work at the counter?",
        "How many employees are in sales?",
    ],
)
def test_narrower_headcount_is_not_the_company_total(owner: str, text: str) -> None:
    assert _topic(owner, text) != "staff"


@pytest.mark.parametrize("owner", OWNERS)
@pytest.mark.parametrize("text", ["事務所には何人いらっしゃいますか？", "倉庫のスタッフは何人ですか？", "営業の社員は何名ですか？"])
def test_narrower_headcount_ja(owner: str, text: str) -> None:
    assert _topic(owner, text, "ja") != "staff"


@pytest.mark.parametrize("owner", SUCCESSORS)
@pytest.mark.parametrize("text", ["先代はどんな方でしたか？", "創業者のお父様は、パソコンがお嫌いなんですか？"])
def test_father_character_ja(owner: str, text: str) -> None:
    assert _topic(owner, text, "ja") != "generation"


@pytest.mark.parametrize("owner", OWNERS)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("How many employees do you have?", "en"),
        ("How many people work at the company in total?", "en"),
        ("How big is your workforce?", "en"),
        ("従業員は何人ですか？", "ja"),
    ],
)
def test_near_miss_total_headcount_still_answered(owner: str, text: str, lang: str) -> None:
    assert _topic(owner, text, lang) == "staff"


@pytest.mark.parametrize("owner", OWNERS)
@pytest.mark.parametrize(("text", "lang"), [("Which generation are you?", "en"), ("何代目ですか？", "ja")])
def test_near_miss_generation_still_answered(owner: str, text: str, lang: str) -> None:
    assert _topic(owner, text, lang) == "generation"


@pytest.mark.parametrize("owner", SUCCESSORS)
def test_near_miss_founder_question_still_answered(owner: str) -> None:
    assert _topic(owner, "Was it your father who started the company?") == "generation"


@pytest.mark.parametrize(
    "text",
    [
        "Has anything around the shop been changing lately?",
        "Has anything been different with the customers these past few years?",
        "Have there been any changes in who comes in?",
    ],
)
def test_change_question_is_open_and_not_the_shop_list(text: str) -> None:
    q = read_question(load_persona("family_values_owner"), text, "en")
    assert q.form == "open"
    assert q.topic is None or q.topic.id != "location"


@pytest.mark.parametrize("owner", OWNERS)
def test_where_you_stand_asks_no_place(owner: str) -> None:
    text = "Fewer customers, you wrote. How has that shown up, from where you stand in the shop?"
    q = read_question(load_persona(owner), text, "en")
    assert q.topic is None or q.topic.id != "location"


def test_near_miss_where_are_the_shops() -> None:
    assert _topic("family_values_owner", "Where are your shops?") == "location"
