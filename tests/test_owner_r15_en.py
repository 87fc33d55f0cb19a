"""Round 15 (en15): the English distrustful founder is guarded, never a wall.

- Put cold (trust collapsed before his walk-out turn), an open question still gets one of his
  guarded stock answers, never a bare "Fine." / "That so." (r15a s02 T6: "what do you want from
  this support?" → "Well, fine by me."); a remark that asks nothing still gets the curt nod.
- A question that gives back several of his own words from the story he has just told is not
  put off with "...I've only just met you." (r15a s02 T9).
- A line whose real sentences were all said leaves no bare "Well." (r15b s09 T11); "Take your
  time." gets no "Yes, I see." (r15b s09 T12); "Does that feel right?" and "…is that how you see
  it, or is it something else?" check a summary and are confirmed first (r15a s10 T11, s06 T8).
"""

from __future__ import annotations

import re

import pytest

from simulator import open_session
from simulator.datafiles import load_persona

PID = "distrustful_founder"
COLD = [
    "Good morning. What is the single biggest problem in your company?",
    "You should really get a subsidy and buy new machines, that is what everyone does.",
    "Honestly you need to hire younger staff and raise wages, it's obvious.",
]


def _persona():
    return load_persona(PID)


def _cold(seed: int):
    session = open_session(PID, "en", seed=seed, store=None)
    for line in COLD:
        session.say(line)
    assert session.trust < _persona().behaviour.end_trust
    return session


@pytest.mark.parametrize("seed", [1, 2, 5])
@pytest.mark.parametrize("question", [
    "The workshop must have seen a lot over the years. How did the first customers find you?",
    "Alright, I hear you. What would you want these meetings to be about?",
])
def test_cold_open_question_gets_a_guarded_answer(seed: int, question: str) -> None:
    session = _cold(seed)
    session.say("Alright. What do you hope to get out of these meetings?")
    turn = session.say(question)
    acks = set(_persona().lines["acknowledge"].en)
    assert turn.owner_reply not in acks
    assert turn.reaction.startswith("answer_open")
    assert turn.revealed == []  # guarded: nothing of his own


@pytest.mark.parametrize("seed", [1, 2, 5])
def test_cold_remark_without_question_stays_curt(seed: int) -> None:
    session = _cold(seed)
    turn = session.say("I'll write that down.")
    assert turn.reaction == "acknowledge"
    assert turn.owner_reply in set(_persona().lines["acknowledge"].en)


STORY = [
    "Good morning. What is the single biggest problem in your company?",
    "You should really get a subsidy and buy new machines, that is what everyone does.",
    "Sorry, that was presumptuous of me. What sort of work comes through the shop?",
    "Honestly, I'm still learning that side; I can follow a simple drawing, not much more.",
    "How did you get started, back at the very beginning?",  # seeds 2, 3, 4, 6: his shed story
]


@pytest.mark.parametrize("seed", [2, 3, 4, 6])
def test_his_story_given_back_is_not_put_off(seed: int) -> None:
    session = open_session(PID, "en", seed=seed, store=None)
    for line in STORY:
        session.say(line)
    turn = session.say(
        "Thirty-one, one machine in a rented shed the size of a bedroom, after all those years "
        "under your old boss. What pulled you through that first stretch?"
    )
    assert not any(h in turn.owner_reply for h in _persona().hesitations.en)


# -- a line whose every real sentence was said before leaves no bare "Well." ------------------------

def _said_state(lang: str, said: list[str]):
    from simulator.engine.state import EngineState
    from simulator.voice.offline import _digest, _key, split_sentences

    state = EngineState.model_construct(**{
        **{k: (f.default_factory() if f.default_factory else f.default) for k, f in EngineState.model_fields.items()},
        "lang": lang,
    })
    for line in said:
        for x in split_sentences(line, lang):
            if (k := _key(x, lang)):
                state.said_sentences.append(_digest(k))
    return state


def test_leftover_backchannel_is_no_reply() -> None:
    from simulator.voice.offline import _drop_said

    said = ["Hmm, now you mention it. Well. That's a question I've never been asked, to be fair."]
    state = _said_state("en", said)
    assert _drop_said("Hmm, now you mention it. Well. That's a question I've never been asked, to be fair.", state) == ""


def test_leftover_with_a_fresh_sentence_is_kept() -> None:
    from simulator.voice.offline import _drop_said

    state = _said_state("en", ["That's a question I've never been asked, to be fair."])
    kept = _drop_said("Well. That's a question I've never been asked, to be fair. The lads would know better than me.", state)
    assert kept == "Well. The lads would know better than me."


# -- "take your time" is not news: no "Yes, I see." / "Go on." to it -------------------------------

CALM_OWNERS = ["big_customer_owner", "reluctant_successor", "family_values_owner", "move_on_owner"]
TOLD = re.compile(r"(?i)(\bI see\b|\bgo on\b|\bgo ahead\b|\band\?|\bunderstood\b|\bI'm listening\b|\bgot it\b|\bthat so\b)")
GREET = "Good afternoon, and thank you for seeing me. I'm Ono from the chamber of commerce."


def _nods(remark: str) -> list[str]:
    out = []
    for pid in CALM_OWNERS:
        for seed in range(1, 7):
            session = open_session(pid, "en", seed=seed, store=None)
            session.say(GREET)
            turn = session.say(remark)
            if turn.reaction.startswith("acknowledge"):
                out.append(turn.owner_reply)
    return out


@pytest.mark.parametrize("remark", ["No hurry at all, please.", "There's no rush — whatever comes to mind."])
def test_calming_remark_is_not_taken_as_news(remark: str) -> None:
    nods = _nods(remark)
    assert nods
    assert not [n for n in nods if TOLD.search(n)]


def test_plain_remark_may_still_be_taken_as_news() -> None:
    nods = _nods("I'll bring the printed copy of the form next week.")
    assert any(TOLD.search(n) for n in nods)


# -- a check of a summary is confirmed first (r15a s10 T11: azuki and well water, no "yes") -------

@pytest.mark.parametrize("text", [
    "So, busy summers and quiet winters, and not enough hands. Does that feel about right?",
    "Let me see if I follow: the online shop is partly about the weight of that one customer — is that how you see it, or is it something else?",
    "Have I got that right, or is there anything I've left out?",
    "Does that seem fair?",
])
def test_summary_checks_are_checks(text: str) -> None:
    from simulator.wording.peak import checks

    assert checks(text, "en")


@pytest.mark.parametrize("text", [
    "Does that feel right to launch online this year?",
    "Is that how you see the market going?",
    "What does that feel like for you?",
    "Is that right, or would you rather close the smaller shop?",
])
def test_real_questions_are_not_checks(text: str) -> None:
    from simulator.wording.peak import checks

    assert not checks(text, "en")


SHOP = [
    "Good afternoon, Mr Hanabusa. Thank you for having me in the shop today. How did the shop come to you?",
    "Your grandfather began it, and the summer sweets are the heart of it. What has changed most in recent years?",
]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_summary_check_is_confirmed(seed: int) -> None:
    session = open_session("family_values_owner", "en", seed=seed, store=None)
    for line in SHOP:
        session.say(line)
    turn = session.say(
        "So quieter months outside summer. Putting it together: a long family shop, summer still "
        "strong, the rest of the year thinner. Does that seem about right?"
    )
    assert turn.reaction in ("summary_relief", "reflection_response")  # confirmed first


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_summary_with_a_real_question_is_still_answered(seed: int) -> None:
    session = open_session("family_values_owner", "en", seed=seed, store=None)
    for line in SHOP:
        session.say(line)
    turn = session.say(
        "So quieter months outside summer. Putting it together: a long family shop, summer still "
        "strong, the rest of the year thinner. What do you think is behind the quieter months?"
    )
    assert turn.revealed != [] or turn.reaction.startswith("answer")
