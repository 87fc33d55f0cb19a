"""Round 16 (en16): English owners do not replay their opening pitch, and a summary check asks no fact.

- His opening request told after he has opened up, or right after he has confirmed a summary, is
  said in its ``late`` wording (persona data): the request come back to, never "Bottom line, I
  want to sell online." as news again (r15a s06 T8, right after his sixty-percent admission).
  Told early, in its place, it is still his pitch.
- "…Have I got that right, or is there something I've missed?" checks the summary before it: no
  answer topic is read out of the summary's words, and the owner confirms it rather than telling a
  fact he has told already (r15b s07 T11: "It's still mostly phone and fax." again). A real
  question after a give-back still asks its fact.
"""

from __future__ import annotations

import pytest

from simulator import open_session
from simulator.datafiles import load_persona
from simulator.wording.asking import read_question

MO = "move_on_owner"


def _pitches(pid: str, fact_id: str) -> list[str]:
    persona = load_persona(pid)
    return persona.fact_texts(fact_id, "en")


def _first_sentence(text: str) -> str:
    return text.split(". ")[0]


# -- the pitch told late is said as a return to it ------------------------------------------------

def _state(pid: str, disclosed: list[str]):
    from simulator.engine.state import EngineState

    state = EngineState.model_construct(**{
        **{k: (f.default_factory() if f.default_factory else f.default) for k, f in EngineState.model_fields.items()},
        "lang": "en",
        "disclosed": disclosed,
        "trust": 30.0,  # an owner still at the opening's trust (at 50 or more he has warmed: late wording)
    })
    return state


@pytest.mark.parametrize(("pid", "before", "fact_id"), [
    (MO, ["s_sales_flat", "p_price_pressure", "c_dependency"], "s_ec_request"),
    (MO, ["p_price_pressure"], "s_sales_flat"),
    ("reluctant_successor", ["business_overview", "delegation_gap"], "dx_phone_fax"),
    ("big_customer_owner", ["press_parts_business", "one_big_customer"], "nothing_pressing"),
])
def test_pitch_after_opening_up_is_late_wording(pid: str, before: list[str], fact_id: str) -> None:
    from simulator.voice.offline import fact_text

    persona = load_persona(pid)
    opened = any(persona.fact(f).depth.value != "surface" for f in before)
    state = _state(pid, [*before, fact_id])
    said = fact_text(persona, state, fact_id)
    if opened:
        assert said in persona.fact(fact_id).late.en
        assert said not in _pitches(pid, fact_id)
    else:  # nothing of his own told yet: his pitch, in its place
        assert said in _pitches(pid, fact_id)


@pytest.mark.parametrize("before", [[], ["s_sales_flat"], ["s_sales_flat", "s_big_customer", "s_factory"]])
def test_pitch_told_early_is_still_his_pitch(before: list[str]) -> None:
    from simulator.voice.offline import fact_text

    persona = load_persona(MO)
    state = _state(MO, [*before, "s_ec_request"])
    assert fact_text(persona, state, "s_ec_request") in _pitches(MO, "s_ec_request")


ONLINE_CHECK = [
    "Good morning, Mr Takemoto, and thanks for seeing me. The form mentions growing sales and selling online. What got you thinking along those lines?",
    "So people take your nozawana home from Nagano and then can't get more. Who are the customers you sell to today?",
    "Forty years with that chain, weekly orders like clockwork. And the people who sell for you, how is that side organised?",
    "I'll keep examples for later, briefly. The sales manager looks after the biggest account on his own, and new accounts come slowly. How does that sit with you?",
    "Thirty-odd people, mostly part-timers, flat out every day. When you put the factory and the sales side next to each other, what do you notice?",
    "Price cuts every year and a private-label line you couldn't turn down, and you come home drained. That sounds like a lot to carry. How is that for you?",
    "Thank you for telling me that; it stays in this room. A single chain carrying most of it, and the worry underneath. "
    "So the online plan grew partly out of that worry — is that how you see it, or is it something else?",
]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_confirmed_check_is_not_followed_by_the_pitch(seed: int) -> None:
    session = open_session(MO, "en", seed=seed, store=None)
    for line in ONLINE_CHECK[:-1]:
        session.say(line)
    turn = session.say(ONLINE_CHECK[-1])
    assert turn.reaction in ("reflection_response", "summary_relief")
    pitch = {_first_sentence(t) for t in _pitches(MO, "s_ec_request")}
    assert not any(p in turn.owner_reply for p in pitch)
    if "s_ec_request" in turn.revealed:
        assert any(t in turn.owner_reply for t in load_persona(MO).fact("s_ec_request").late.en)


def test_late_wordings_keep_the_hook_words() -> None:
    """A late wording tells the same request: the words a supporter would give back are in it."""
    persona = load_persona(MO)
    late = persona.fact("s_ec_request").late.en[0].lower()
    assert all(w in late for w in ("online", "website", "all over japan"))


# -- a summary check asks no fact of the summary ----------------------------------------------

@pytest.mark.parametrize("text", [
    "You said the board says 'not yet', and the stock still sits on the whiteboard. Have I got that right, or is there something I've missed?",
    "Your days go on the warehouse and the ordering is still on paper and fax. Have I got that right, or is there anything I've left out?",
    "The orders still come in by fax and the stock is on paper. Is that about right, or is there something I've missed?",
    "So, in short: phone orders, a whiteboard for the stock, and a quote that went nowhere. Did I get that right?",
])
def test_summary_check_asks_no_fact(text: str) -> None:
    q = read_question(load_persona("reluctant_successor"), text, "en")
    assert q.topic is None


@pytest.mark.parametrize("text", [
    "The stock sits on a whiteboard. Is there any software you use for it at all?",
    "Orders come by phone and fax. Do you use a computer system for any of it?",
])
def test_real_question_after_give_back_keeps_its_fact(text: str) -> None:
    q = read_question(load_persona("reluctant_successor"), text, "en")
    assert q.topic is not None and q.topic.id == "dx_now"


KAKUTA = [
    "Thank you for seeing me, Mr Kakuta. I'd rather hear it from you than from the form. How have the two years as president been?",
    "Not quite feeling like the president yet, with the days going on calls and the warehouse. Could you tell me more about that?",
    "Hard to name, and that's fine. In a normal week, which decisions come to you, and which go elsewhere?",
    "Mornings in the warehouse, phones and faxes, and the chairman in the afternoon. What are those talks with the chairman like?",
]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_summary_check_is_confirmed_not_answered_with_a_told_fact(seed: int) -> None:
    session = open_session("reluctant_successor", "en", seed=seed, store=None)
    for line in KAKUTA:
        session.say(line)
    turn = session.say(
        "Let me gather it up: the title says president, the days go on running things, the orders still "
        "come by phone and fax, and the evenings go on figures for the chairman. Have I got that right, "
        "or is there something I've missed?"
    )
    assert turn.reaction in ("reflection_response", "summary_relief")
    persona = load_persona("reluctant_successor")
    told = persona.answer("dx_now").text.en
    assert not any(t in turn.owner_reply for t in told)


# -- the guarded founder: a question on the meeting itself, or on one of his answer topics, is met --

DF = "distrustful_founder"
COLD = [
    "Morning. So tell me, what's the biggest headache in the company at the moment?",
    "You ought to apply for an equipment grant and replace those lathes; everybody's doing it.",
    "And frankly you need to pay more to keep young staff, that much is obvious.",
]


def _cold(seed: int):
    session = open_session(DF, "en", seed=seed, store=None)
    for line in COLD:
        session.say(line)
    assert session.trust < load_persona(DF).behaviour.end_trust
    return session


@pytest.mark.parametrize("seed", [1, 2, 4])
def test_cold_open_question_on_an_answer_topic_gets_its_answer(seed: int) -> None:
    session = _cold(seed)
    turn = session.say("My apologies. How did the public support you had before work out?")
    assert turn.owner_reply.endswith(tuple(load_persona(DF).answer("past_support").text.en))


@pytest.mark.parametrize("seed", [1, 2, 4])
def test_cold_closed_question_leaves_the_fact_untold(seed: int) -> None:
    """Cold and curt, he says nothing of it: the fact is not marked told, so it may come later."""
    session = _cold(seed)
    turn = session.say("Have you ever had public support before?")
    assert "past_public_support" not in session.state.disclosed
    assert turn.revealed == []


@pytest.mark.parametrize("question", [
    "Right. What would you want from this support, honestly?",
    "What are you hoping to get out of these meetings?",
    "Let me stop talking. Is there anything you'd like to talk about?",
    "What would make this meeting worth your time?",
])
def test_question_on_the_meeting_gets_his_view_of_it(question: str) -> None:
    from simulator.engine.open_talk import open_topic

    found = open_topic(load_persona(DF), question, "en")
    assert found is not None and found.id == "this_meeting"


@pytest.mark.parametrize("question", [
    "What do your customers expect from a shop like yours?",
    "What do you want to do about the old lathes?",
    "How do you decide which jobs are worth your while?",
])
def test_other_questions_are_not_about_the_meeting(question: str) -> None:
    from simulator.engine.open_talk import open_topic

    found = open_topic(load_persona(DF), question, "en")
    assert found is None or found.id != "this_meeting"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_meeting_question_in_session_is_answered_on_it(seed: int) -> None:
    session = open_session(DF, "en", seed=seed, store=None)
    session.say("Good afternoon, Mr Hotta. Thanks for fitting me in between jobs.")
    turn = session.say("Before anything else: what are you hoping to get out of these meetings?")
    texts = load_persona(DF).open_answers
    meeting = next(o for o in texts if o.id == "this_meeting").text.en
    assert any(t[1:] in turn.owner_reply for t in meeting)


def test_early_years_question_is_his_years_of_it() -> None:
    from simulator.engine.open_talk import open_topic

    found = open_topic(load_persona(DF), "One machine in a rented shed. What carried you through the early days?", "en")
    assert found is not None and found.id == "looking_back"


# -- issue 9 parity: "when does that feeling come up?" asks a moment, as 「どんなときに感じますか」 --

@pytest.mark.parametrize("question", [
    "You called it a weight on your shoulders. When does that weight come up most?",
    "At what moments do you feel that most, would you say?",
    "When do you notice it most?",
    "In which situations does it hit you hardest?",
    "That pressure you mentioned: what kind of moments is it usually tied to?",
])
def test_when_a_feeling_comes_up_asks_a_moment(question: str) -> None:
    from simulator.wording.asking import ask_kind

    assert ask_kind(question, "en") == "scene"


@pytest.mark.parametrize("question", [
    "When does the summer rush usually start?",
    "When did you take over from your father?",
    "When does the big order come in each week?",
    "Why does that come up so often, do you think?",
    "In what situations do customers order by phone?",
    "What sort of times does the shop get busiest?",
])
def test_when_questions_on_facts_are_no_scene(question: str) -> None:
    from simulator.wording.asking import ask_kind

    assert ask_kind(question, "en") != "scene"


MIURA = [
    "Thanks for the tea, Mr Miura. I'd like to hear about the company in your own words, if that's all right.",
    "Brackets and stays since 1971 — the parts nobody sees. What has kept the work coming all this time?",
    "Half a century with Maruei. If you had to name a feeling about the company right now, what would it be?",
]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_moment_question_is_answered_with_a_moment(seed: int) -> None:
    session = open_session("big_customer_owner", "en", seed=seed, store=None)
    for line in MIURA:
        session.say(line)
    turn = session.say("I see. And when does that feeling come up most for you?")
    scenes = load_persona("big_customer_owner").peak.scene.en
    # his line, or his line with an opening tic that opened one of his last replies dropped (own23en)
    reply = turn.owner_reply.lower()
    assert any(x[1:] in turn.owner_reply or x.split("… ", 1)[-1].lower() in reply for x in scenes)


def test_the_people_he_has_are_his_staff() -> None:
    from simulator.engine.open_talk import open_topic

    found = open_topic(load_persona("big_customer_owner"), "When you say the people you have, who do you picture?", "en")
    assert found is not None and found.id == "staff_talk"


# -- "is there anything you'd rather I didn't touch?" is answered on that, not with a profile fact --

CALM = ["reluctant_successor", "big_customer_owner", "move_on_owner", "family_values_owner"]


@pytest.mark.parametrize("pid", CALM)
@pytest.mark.parametrize("question", [
    "Before I go, is there anything you'd rather I didn't touch next time?",
    "Is there anything you'd like me to keep between us from today?",
    "Are there areas that are off limits for now? Just say.",
])
def test_boundary_question_is_answered_on_it(pid: str, question: str) -> None:
    from simulator.engine.open_talk import open_topic

    found = open_topic(load_persona(pid), question, "en")
    assert found is not None and found.id == "boundaries"


@pytest.mark.parametrize("pid", CALM)
@pytest.mark.parametrize("text", [
    "Anything you'd rather I didn't touch, just say so. What's the busiest month of the year for you?",
    "Do you keep the accounts between you and your wife?",
    "What does the week look like for you, usually?",
])
def test_other_questions_are_no_boundary_question(pid: str, text: str) -> None:
    from simulator.engine.open_talk import open_topic

    found = open_topic(load_persona(pid), text, "en")
    assert found is None or found.id != "boundaries"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_boundary_question_in_session_gets_no_profile_fact(seed: int) -> None:
    session = open_session("reluctant_successor", "en", seed=seed, store=None)
    for line in KAKUTA:
        session.say(line)
    turn = session.say("Thank you for all that. Before we stop, is there anything you'd rather I didn't touch next time?")
    persona = load_persona("reluctant_successor")
    boundary = next(o for o in persona.open_answers if o.id == "boundaries").text.en
    assert turn.revealed == []
    assert any(t[1:] in turn.owner_reply for t in boundary)
