"""English questions read as asked (issue 9, round 11): a scene-setting clause before the question
proper ("When you took over from him, how did that feel?", "If one day you asked her, what …")
is no when/where fact question. Before, its leading when/where/if made the whole question a fact
question: the owner answered a feeling question with his tenure ("Since 2004"), "You'd have to
ask my wife" or "it won't come to me", and an honest answer to his test that ended in such a
question was read as a dodge. "What … makes you feel that way?" asks a reason.

All sentences here are new (not the playtest's).
"""

from __future__ import annotations

import re

import pytest

from simulator.datafiles import load_persona
from simulator.playtest.fit import asked_kind, misfits_of_reply
from simulator.session import open_session
from simulator.wording.asking import ask_kind, form_of, main_clause, read_question

SCENE = [
    ("When the workshop goes quiet in February, what runs through your head?", "feeling"),
    ("When you stepped into your father's shoes, how did that sit with you?", "feeling"),
    ("When your daughter came back from Nagoya, how was that for you?", "feeling"),
    ("If you did put it to your staff one day, what would you hope they'd say?", "open"),
    ("When the bank turned you down, what do you make of that now?", "opinion"),
    ("Once the big order was gone, what did the floor feel like?", "feeling"),
    ("And when the chairman says no — how has that been for you?", "feeling"),
    # what he sees that makes him think so: the signs he sees, a moment of his days (r16a s09 T2, en17)
    ("When you say the numbers just sit there, what are you seeing in the shops that makes you think so?", "scene"),
]


@pytest.mark.parametrize(("text", "kind"), SCENE)
def test_a_scene_setting_clause_is_no_fact_question(text: str, kind: str) -> None:
    assert form_of(text, "en") == "open"
    assert ask_kind(text, "en") == kind


FACTS = [
    ("When did you take over from your father?", "fact"),
    ("Where is the second shop?", "fact"),
    ("Who does the books these days?", "fact"),
    ("When you took over, how many people worked here?", "fact"),
    ("If you had to pick one, which customer matters most?", "fact"),
    ("When you say 'too early', do you mean the budget?", "polar"),
    ("When you started, was your father still in the workshop?", "polar"),
]


@pytest.mark.parametrize(("text", "form"), FACTS)
def test_a_real_when_or_where_question_and_a_fact_after_a_scene_stay_fact_questions(text: str, form: str) -> None:
    assert form_of(text, "en") == form


def test_the_question_proper_is_what_follows_the_scene() -> None:
    assert main_clause("When the orders dried up, what went through your mind?", "en") == "what went through your mind?"
    assert main_clause("When did the orders dry up?", "en") == "When did the orders dry up?"
    assert main_clause("When you think of someone who stayed — is there one — what kept them?", "en") == "what kept them?"
    assert main_clause("「いつ継がれたんですか」", "ja") == "「いつ継がれたんですか」"


def test_an_open_question_after_a_scene_names_no_profile_topic_a_fact_question_keeps_it() -> None:
    p = load_persona("big_customer_owner")
    feel = read_question(p, "When you stepped into your father's shoes, how did that sit with you?", "en")
    assert feel.topic is None and not feel.factual
    count = read_question(p, "When you took over the company, how many people worked here?", "en")
    assert count.topic is not None and count.factual


def test_a_feeling_question_after_a_scene_gets_no_tenure_figure() -> None:
    s = open_session("big_customer_owner", lang="en", seed=5, store=None)
    s.say("Thank you for seeing me today. Could you tell me a little about the company?")
    t = s.say("Your father founded it and you're the second generation. When you took it over from him, how did that feel?")
    assert t.reaction.startswith("answer_open")
    assert not re.search(r"\d|twenty|since", t.owner_reply, re.I)


def test_the_fit_check_reads_a_conjunction_when_as_no_date_question() -> None:
    assert asked_kind("When you took over from your father, how did that feel?", "en") is None
    assert asked_kind("What happens to the recipes when he retires?", "en") is None
    assert misfits_of_reply("When you took over, how did that feel?", "Hm. Unsettled, I suppose.", "en") == []
    # negatives: a when that asks a date still asks one
    assert asked_kind("When did you take over?", "en") == "year"
    assert asked_kind("May I ask when you took over?", "en") == "year"
    assert asked_kind("And when was that?", "en") == "year"
    assert misfits_of_reply("When did you take over?", "Hm. It's a long story.", "en") == ["no_answer"]


# -- a short question for his story names no bare-fact topic; a question with its own noun takes
#    no topic from the sentence before -----------------------------------------------------------

STORY = [
    ("family_values_owner", "Across those three generations, what has stayed the same?"),
    ("family_values_owner", "What does being the third generation mean to you?"),
    ("big_customer_owner", "What was it like between your father and the customer back then?"),
    ("reluctant_successor", "And how did you come to take over from your father?"),
]


@pytest.mark.parametrize(("pid", "text"), STORY)
def test_a_short_question_for_his_story_is_not_answered_by_the_generation_fact(pid: str, text: str) -> None:
    q = read_question(load_persona(pid), text, "en")
    assert q.topic is None


@pytest.mark.parametrize("text", ["Which generation are you?", "Are you the founder?", "Your father founded it?"])
def test_a_short_question_on_the_generation_itself_still_names_it(text: str) -> None:
    q = read_question(load_persona("big_customer_owner"), text, "en")
    assert q.topic is not None and q.topic.id == "generation"


def test_a_question_with_its_own_noun_takes_no_topic_from_the_sentence_before() -> None:
    p = load_persona("distrustful_founder")
    q = read_question(p, "The form mentions old equipment and a lack of hands. How many people would you need?", "en")
    assert q.topic is None or q.topic.id != "machines"
    # a pronoun still stands for what the sentence before named
    back = read_question(p, "Your factory manager sounds like a key man. How long has he been with you?", "en")
    assert back.topic is not None and back.topic.id == "factory_manager"
    machines = read_question(p, "You have some old machines. How many are there?", "en")
    assert machines.topic is not None and machines.topic.id == "machines"


# -- a usual week is his daily routine; a put-off reads as a put-off, not as a forecast --------------


@pytest.mark.parametrize("pid", ["big_customer_owner", "distrustful_founder", "move_on_owner", "reluctant_successor"])
def test_a_question_on_his_usual_week_is_answered_with_his_routine(pid: str) -> None:
    from simulator.engine.open_talk import open_topic

    p = load_persona(pid)
    for text in ("What does a normal week look like for you at the moment?", "Could you walk me through a typical week?"):
        found = open_topic(p, text, "en")
        assert found is not None and found.id == "daily"
    assert open_topic(p, "How did the board meeting go last week?", "en") is None or (
        open_topic(p, "How did the board meeting go last week?", "en").id != "daily"  # type: ignore[union-attr]
    )


def test_the_successor_tells_his_week_when_asked() -> None:
    s = open_session("reluctant_successor", lang="en", seed=4, store=None)
    s.say("Thank you for making time today, President Kakuta. Could you tell me a little about the company?")
    t = s.say("Thank you. What does a usual week look like for you these days?")
    assert "warehouse" in t.owner_reply


# a put-off must read as one whatever was asked: "in time, maybe" after "what's behind it?" reads
# as a forecast ("the young ones will stay, in time")
_FORECAST = re.compile(r"\b(in time|its own time|someday|one day)\b", re.I)
_DEFERS = re.compile(r"\b(tell|get to|come back|go into|talk about|leave|another|other)\b", re.I)


@pytest.mark.parametrize("pid", ["big_customer_owner", "distrustful_founder", "family_values_owner", "move_on_owner", "reluctant_successor"])
def test_no_english_put_off_reads_as_a_forecast(pid: str) -> None:
    for line in load_persona(pid).hesitations.en:
        assert not (_FORECAST.search(line) and not _DEFERS.search(line)), line


# -- found replaying the round-11 playtests: "where does she fit" asks no place; "what feels most
#    uncertain" asks for a thing, not his feelings ------------------------------------------------


def test_where_someone_fits_asks_no_place() -> None:
    text = "If it's all right to ask, where does your son fit into how you see things?"
    assert form_of(text, "en") == "open" and ask_kind(text, "en") != "fact"
    assert form_of("Where does your son work now?", "en") == "fact"


def test_what_feels_most_uncertain_asks_for_a_thing_not_a_feeling() -> None:
    assert ask_kind("When you look five years ahead, what feels most uncertain to you?", "en") != "feeling"
    assert ask_kind("When you look five years ahead, how does that feel?", "en") == "feeling"
