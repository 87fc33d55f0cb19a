"""r23a/r23b and the lead's play (English owners): the owner answers the question he was given.

- "What is it like, carrying that on your own?" / "What has it been like, carrying the shop into
  its third generation?" ask what it is to him: no profile fact on another matter (his shortage of
  hands, the customers dropping off);
- "a morning a year from now … what would you like to see?" is the future (not his staff numbers);
  "with nothing holding you back, what would it look like a few years from now?" asks no why;
- "…orders and stock. Whose idea were those?" asks who: no talk on his orders;
- "What makes you feel that it's the gift-giving that has changed?" is his why on the customers,
  not the Nagoya department store (which hooks on "change");
- "Your daughter joined last spring - how has that been for the shop?" is his talk on her, not the
  chamber advisor's suggestion; kind words on what he told get no profile paragraph spliced on;
- his non-answers in a row earn little: trust does not climb on them (r23a s03: 25 → 66).

Sentences of our own besides the playtests' turns; near misses keep their reading."""

from __future__ import annotations

import pytest

from simulator import open_session
from simulator.datafiles import load_persona
from simulator.engine.open_talk import open_topic
from simulator.session import Turn
from simulator.wording.asking import ask_kind


def _play(owner: str, seed: int, turns: list[str]) -> list[Turn]:
    session = open_session(owner, lang="en", seed=seed, store=None)
    return [session.say(t) for t in turns]


# -- wording ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lonely. Thank you for putting it into words. What is it like, carrying that on your own?",
        "What has it been like, carrying the shop into its third generation?",
        "What is it like running the works with your brother-in-law beside you?",
        "What was it like, taking over from your father so suddenly?",
        "What's it like — holding all of the numbers in your head?",
    ],
)
def test_what_it_is_like_doing_something_asks_his_feeling(text: str) -> None:
    assert ask_kind(text, "en") == "feeling"


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Sorry, I mean — when you took it over, what was that like?", "open"),  # his story of it
        ("What was it like during the morning rush?", "open"),  # a moment of the day, no feeling
        ("What is holding you back, do you think?", "cause"),  # a real why
        ("What's standing in the way of the new machines?", "cause"),
    ],
)
def test_near_misses_keep_their_kind(text: str, kind: str) -> None:
    assert ask_kind(text, "en") == kind


@pytest.mark.parametrize(
    "text",
    [
        "Even a small scene would do: a morning a year from now, when you walk into the warehouse, what would you like to see?",
        "A year from now, when you open the shutters, what would you hope to find?",
        "This time next year, what would be going on in the workshop?",
        "If you were free to try that processing work, with nothing holding you back, what would it look like a few years from now?",
        "With nobody standing in your way, how would the shop look in five years?",
    ],
)
def test_a_year_ahead_and_an_obstacle_taken_away_are_the_future(text: str) -> None:
    assert ask_kind(text, "en") == "future"


@pytest.mark.parametrize(
    "text",
    [
        "And the application mentioned DX — digitising orders and stock — and a possible new business. Whose idea were those, originally?",
        "The form talks about orders and stock. Who came up with that?",
        "Orders by fax, stock on a whiteboard. Whose decision was it to put that on the form?",
    ],
)
def test_who_questions_get_no_talk_on_a_topic(text: str) -> None:
    assert open_topic(load_persona("reluctant_successor"), text, "en") is None


def test_a_plain_question_on_orders_still_gets_his_talk_on_orders() -> None:
    found = open_topic(load_persona("reluctant_successor"), "How have orders been lately?", "en")
    assert found is not None and found.id == "orders"


# -- the playtests' turns, replayed ---------------------------------------------------------------

R23B_S09 = [
    "Thank you for having me here in your tatami room, Mr Hanabusa. I've heard the mizu-manju is well known in town. Before anything else, I'd love to hear what Hanabusado means to you, as the third generation.",
    "Mizu-manju in summer and seasonal namagashi are the heart of it. When you say 'the heart', what is it about them that you most want to keep?",
    "So the ingredients—azuki from your contract farmer in Hokkaido and water from your own well—are the one thing that has not changed since your grandfather, and won't. With that at the core, how do you see the drop in shop customers that you mentioned on the application?",
    "Queues still form in mizu-manju season, but from autumn to spring it's quieter, and you feel fewer people give wagashi as gifts. What makes you feel that it's the gift-giving that has changed?",
]


def test_why_the_gifts_changed_is_his_why_not_the_department_store() -> None:
    turn = _play("family_values_owner", 4709, R23B_S09)[-1]
    assert "turned_down_department_store" not in turn.revealed
    assert "Nagoya" not in turn.owner_reply and "gift" in turn.owner_reply


def test_what_it_is_like_to_carry_it_is_not_his_shortage_of_hands() -> None:
    turns = _play("family_values_owner", 4709, [
        *R23B_S09[:3],
        "Fewer people give wagashi as gifts. I can see that weighs on you. What is it like, carrying the shop through years like these?",
    ])
    assert not turns[-1].revealed, turns[-1].owner_reply
    assert "confectioners" not in turns[-1].owner_reply


def test_a_morning_a_year_from_now_is_not_his_staff_numbers() -> None:
    turns = _play("reluctant_successor", 4706, [
        "Thank you for making time today, Mr Kakuta. This isn't an assessment of any kind. It's been about two years since you became president. What have those two years been like for you?",
        "It still doesn't quite feel like you're the president. Could you tell me a little more about that feeling?",
        "That's completely fine. We don't need a full picture today. Even a small scene would do: a morning a year from now, when you walk into the warehouse, what would you like to see?",
    ])
    assert "staff_layout" not in turns[-1].revealed
    assert "38 staff" not in turns[-1].owner_reply


def test_the_lead_daughter_question_gets_her_not_the_advisor() -> None:
    turns = _play("family_values_owner", 9002, [
        "Thank you for having me, Mr Hanabusa. I'm from the chamber of commerce. What has it been like, carrying the shop into its third generation?",
        "You've kept the shop going since your grandfather's time. How have things been at the shop lately?",
        "I see. Your daughter joined last spring - how has that been for the shop?",
    ])
    assert "applied_at_daughters_word" not in turns[-1].revealed
    assert "advisor" not in turns[-1].owner_reply


def test_kind_words_on_what_he_told_get_no_profile_paragraph() -> None:
    for seed in (9002, 9003, 9004):
        turns = _play("family_values_owner", seed, [
            "Thank you for having me, Mr Hanabusa. I'm from the chamber of commerce.",
            "The application mentioned fewer customers coming to the shops. How has that been going?",
            "Fewer people buying wagashi as gifts - that must be hard to watch, after all these years.",
        ])
        assert "fewer_customers" in turns[1].revealed, turns[1].owner_reply  # the question asked it
        assert not turns[2].revealed, turns[2].owner_reply


@pytest.mark.parametrize("owner", ["big_customer_owner", "reluctant_successor"])
def test_kind_words_alone_are_not_met_with_the_next_profile_fact(owner: str) -> None:
    turns = _play(owner, 24005, [
        "Thank you for seeing me today. I'm from the chamber of commerce, and this isn't an assessment of any kind. Could you tell me a little about the company?",
        "Thank you, that helps me picture it. How have things been going lately?",
        "That sounds like it has taken a lot of care over the years. What has been on your mind most lately?",
        "That sounds like a lot to carry, after all these years.",
    ])
    assert not turns[-1].revealed, turns[-1].owner_reply


R23A_S03 = [
    "Thank you for making time today, Mr Kakuta. I'm here from the chamber of commerce. This isn't an assessment of any kind — I'd simply like to hear about the company from your side. It's been about two years since you became president. What have those two years been like for you?",
    "It still doesn't quite feel like you're the president — and the days look much like they did when you were managing director. Could you tell me a little more about that feeling?",
    "That's fine — it doesn't need to be clear yet. Maybe a concrete moment helps. Was there a time recently when you thought, 'this is where being president should make a difference'?",
    "Sorry, I didn't mean that other companies do it a certain way. I'm interested in your own experience. When a decision comes up at Kakuta Steel these days, how does it usually get made?",
    "The right material, cut to the right length, there by the next morning — and customers only notice when you're late. That sounds like a business built on a lot of quiet reliability. What do you think makes that possible here?",
    "Things run, more or less. And the application mentioned DX — digitising orders and stock — and a possible new business. Whose idea were those, originally?",
    "Let me check I've understood so far. Two years in, it doesn't quite feel like being president yet; the work is quiet and reliable, customers take it for granted; and orders go up and down with the machine makers, with lots of pricing calls when steel prices rise. Is that about right?",
    "Drilling and bending as well as cutting — that's interesting. What got you thinking about that?",
    "No problem at all. If you were free to try that processing work, with nothing holding you back, what would it look like a few years from now?",
    "You can't quite bring yourself to decide. That sounds like it weighs on you. What makes it hard to decide, do you think?",
    "A few things piling up. If you picked just one of them, which would you be comfortable talking about? And if there's anything you'd rather I didn't touch, just say so.",
]


def test_r23a_s03_whose_idea_and_the_future_are_answered_in_kind() -> None:
    turns = _play("reluctant_successor", 4603, R23A_S03)
    assert "machine makers" not in turns[5].owner_reply  # whose idea: not his orders talk
    assert "decide" not in turns[8].owner_reply  # a future question: not "because I can't decide"


def test_trust_does_not_climb_on_his_non_answers_in_a_row() -> None:
    turns = _play("reluctant_successor", 4603, R23A_S03)
    assert not turns[9].revealed and not turns[10].revealed
    assert turns[9].trust_delta + turns[10].trust_delta < 4.0, [t.trust_delta for t in turns[8:]]


def test_own_run_of_non_answers_earns_little() -> None:
    turns = _play("reluctant_successor", 24100, [
        "Thank you for seeing me, Mr Kakuta. This is not an assessment. What have the two years as president been like?",
        "It doesn't quite feel like being president yet. Could you say a little more about that?",
        "That's all right. What do you think is behind that feeling?",
        "Some things are hard to put into words. What makes it hard to say, do you think?",
        "No need to pin it down. What gets in the way of deciding, would you say?",
    ])
    late = [t.trust_delta for t in turns[3:]]
    assert sum(late) < 4.0, late


def test_same_seed_same_transcript() -> None:
    a = [t.owner_reply for t in _play("reluctant_successor", 4603, R23A_S03)]
    b = [t.owner_reply for t in _play("reluctant_successor", 4603, R23A_S03)]
    assert a == b
