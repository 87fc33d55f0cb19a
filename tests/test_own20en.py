"""Round 20 (own20en): owner replies that do not fit, mainly in English, and the form's pitch.

1. The application form's request (a fact with ``late`` wordings) is said as a pitch only while
   he is still guarded: once he has warmed to the supporter (trust 50 or more) it comes back in
   its ``late`` wording, in both languages (r20a s06 t8 at trust 64, r20b s09 T11 at 67).
2. English questions answered as asked: a bare check tagged after a question ("…now?
   Thirty-eight, right?") leaves the question before it (r20b s06 T3); a who-question is no
   question on the future its "when you picture…" sets the scene with (r20a s06 t9); "where does
   that picture come from?" asks what his view rests on (r20a s06 t3).
3. No English reply opens two clauses with the same discourse marker ("Honestly… Honestly",
   "Well, …Well,"), nor stacks one after a pause right behind another ("Look, …Well,").
"""

from __future__ import annotations

import re

import pytest

from simulator import open_session
from simulator.datafiles import load_persona
from simulator.engine.state import EngineState
from simulator.voice.offline import _no_repeated_marker, fact_text
from simulator.wording.asking import ask_kind, question_sentence

OWNERS = ("distrustful_founder", "reluctant_successor", "move_on_owner", "big_customer_owner", "family_values_owner")


# ---------- 1. the form's pitch is not replayed once he has warmed ----------


def _late_facts() -> list[tuple[str, str]]:
    out = []
    for owner in OWNERS:
        persona = load_persona(owner)
        out += [(owner, f.id) for f in persona.facts if f.late is not None]
    return out


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(("owner", "fact_id"), _late_facts())
def test_a_form_request_told_at_high_trust_is_said_in_its_late_wording(owner: str, fact_id: str, lang: str) -> None:
    persona = load_persona(owner)
    late = set(persona.fact_texts(fact_id, lang, late=True))
    pitch = set(persona.fact_texts(fact_id, lang))
    for seed in range(6):
        state = EngineState.initial(persona, lang=lang, seed=seed)  # type: ignore[arg-type]
        surface = [f.id for f in persona.facts if f.depth.value == "surface" and f.id != fact_id][:3]
        state.disclosed = [*surface, fact_id]  # only profile facts before it: nothing personal told
        state.trust = 64.0
        assert fact_text(persona, state, fact_id) in late
        # near miss: at the opening's trust the form's words are still news — his pitch
        state.trust = 34.0
        assert fact_text(persona, state, fact_id) in pitch


R20A_S06 = (  # the playtest's turns (r20a s06, seed 4006): the pitch word for word at t8, trust 64
    "Thank you for making time today, Mr Takemoto. I read on the form that growing sales is the top priority and you'd like to start selling online. Before anything else, could you tell me what's behind that — what made you decide that now is the time?",
    'So sales have been flat at a bit over six hundred million for five years, while ingredients and electricity keep going up — and you feel that without a new channel the company will slowly shrink. That sounds like a real squeeze. When you picture selling online, what do you imagine it would change for the company?',
    "It really would be a shame — someone tries it in Nagano, wants more, and there's no way to get it. Where does that picture come from — have customers actually told you that, or is it more of a sense you have?",
    "It varies a lot — anywhere from a few hundred thousand yen for a simple shop to several million for a fully custom one, so I'd rather not guess without knowing more. But something you said struck me: you'd never really thought past sales going up. If sales did go up, what would you want that to make possible?",
    "Nozawana's the headline — the thing you'd like people all over Japan to be eating. If online orders really did start coming in from around the country, what do you picture that meaning for the people here at the company?",
    "Let me check I've understood so far. Sales have been flat for five years while costs rise, you'd like people all over Japan eating your nozawana, and online looks like the way to reach them — but what it would mean inside the company isn't clear yet, you're working it out on the run. Is that fair?",
    "Forty years with that chain, orders like clockwork every week, and it's what keeps the factory running. You said that lined up like that, it looks completely different. What looks different to you?",
    "Thirty-odd people, mostly part-timers, flat out keeping up with the daily orders and always short-handed. You also said the supermarket side is something you don't worry about. How do those two things sit with the online plan, in your mind?",
)


def test_the_pitch_is_not_replayed_after_a_thoughtful_question_at_high_trust() -> None:
    s = open_session("move_on_owner", lang="en", seed=4006, store=None)
    pitch = load_persona("move_on_owner").fact_texts("s_ec_request", "en")
    for text in R20A_S06:
        turn = s.say(text)
        if turn.trust >= 50:
            assert not any(p[:40] in turn.owner_reply for p in pitch), turn.owner_reply
        assert "you actually answer. All right, I don't mind talking a bit more. Pickles" not in turn.owner_reply


# ---------- 2. the question asked is the one answered ----------


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Then, how long have you run the shop? Twenty years, right?", "Then, how long have you run the shop?"),
        ("And how many people are in the workshop now? Five or so, is it?", "And how many people are in the workshop now?"),
        ("Who does the books these days? Your wife, right?", "Who does the books these days?"),
    ],
)
def test_a_bare_check_after_a_question_leaves_the_question_asked(text: str, asked: str) -> None:
    assert question_sentence(text, "en") == asked


@pytest.mark.parametrize(
    "text",
    [
        "So sales have been flat for a while. Is that right?",  # a check after a give-back: the check
        "Your father started it. Right?",
        "How is the factory doing? Is it busy?",  # a second question of its own, not a tag
    ],
)
def test_near_miss_a_check_or_a_real_second_question_stays_the_question(text: str) -> None:
    assert question_sentence(text, "en") == re.split(r"(?<=[.?]) ", text)[-1]


@pytest.mark.parametrize("owner", OWNERS)
def test_a_count_with_a_guess_tagged_on_is_answered_with_the_count(owner: str) -> None:
    # after the greeting and mid-session
    persona = load_persona(owner)
    numbers = ("twenty", "thirty", "forty", "fifty", str(persona.company.employees))
    s = open_session(owner, lang="en", seed=3, store=None)
    s.say("Thank you for making time for me today. Could you tell me a little about the company, in your own words?")
    turn = s.say("How many people work for you these days? Around sixty, right?")
    if owner == "distrustful_founder":
        assert "future" not in turn.owner_reply.lower()
    else:
        assert any(n in turn.owner_reply.lower() for n in numbers), turn.owner_reply


@pytest.mark.parametrize(
    "text",
    [
        "When you picture those orders coming in, who in the company would take care of them?",
        "When you imagine the new shop up and running, who do you see packing the boxes?",
        "Looking ahead, who would you want to run the website?",
    ],
)
def test_a_who_question_is_no_question_on_the_future(text: str) -> None:
    assert ask_kind(text, "en") != "future"


@pytest.mark.parametrize(
    "text",
    [
        "When you picture the company five years from now, what do you see?",
        "What would you like the future to look like?",
        "If the online shop took off, what would you imagine changing?",
    ],
)
def test_near_miss_a_picture_of_the_future_still_asks_the_future(text: str) -> None:
    assert ask_kind(text, "en") == "future"


@pytest.mark.parametrize(
    "text",
    [
        "Where does that picture come from — have people actually said so, or is it more of a hunch?",
        "Where does this picture come from for you?",
    ],
)
def test_where_a_picture_he_drew_comes_from_asks_its_source(text: str) -> None:
    assert ask_kind(text, "en") == "cause"


def test_near_miss_where_things_come_from_is_a_fact() -> None:
    assert ask_kind("Where do your vegetables come from?", "en") != "cause"


# ---------- 3. no stutter of discourse markers ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Put that way… Honestly, I hadn't thought. Honestly, what would a shop like that cost?",
            "Put that way… Honestly, I hadn't thought. What would a shop like that cost?",
        ),
        ("Well, …Well, it's hard to say.", "…Well, it's hard to say."),
        ("Look, …Well, nobody's asked me that.", "…Well, nobody's asked me that."),
        ("Hm, twenty years. Hm, maybe more.", "Hm, twenty years. Maybe more."),
    ],
)
def test_a_reply_opens_no_two_clauses_with_the_same_marker(text: str, expected: str) -> None:
    assert _no_repeated_marker(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Well, twenty years. Honestly, it went fast.",  # two different markers, each once
        "I did it well, honestly, well enough.",  # inside a clause: no clause opener
        "Well, I mean, it's fine.",  # two markers without a pause between them
        "So I want it rebuilt. So what do we do?",  # "So" with no comma: words of the sentence
    ],
)
def test_near_miss_replies_with_no_repeated_opener_are_left_alone(text: str) -> None:
    assert _no_repeated_marker(text) == text


_MARKERS = r"(well|honestly|frankly|look|hm|hmm|mm|um|ah|oh|right|actually|still|mind you|i mean|let me see)"
_OPENER = re.compile(r"(?i)(?:^|[.!?…]\s*|,\s(?=…|\.\.\.))(?:…|\.\.\.)?" + _MARKERS + r",\s")


@pytest.mark.parametrize("owner", OWNERS)
def test_no_english_reply_stutters_over_a_meeting(owner: str) -> None:
    turns = (
        "Thank you for your time today. Could you tell me about the business, in your own words?",
        "That's a long history. What does a normal week look like for you?",
        "It sounds like a lot rests on you. How does that feel, day to day?",
        "Let me check what I've heard so far: the work keeps coming, and a lot of it goes through you. Is that fair?",
        "When you think about the years ahead, what comes to mind first?",
        "What would you like to be different, if anything?",
        "Where does that feeling come from, would you say?",
        "Who in the company would you talk to first about that?",
    )
    for seed in range(4):
        s = open_session(owner, lang="en", seed=seed, store=None)
        for text in turns:
            reply = s.say(text).owner_reply
            opened = [m.group(1).lower() for m in _OPENER.finditer(reply)]
            assert len(opened) == len(set(opened)), (seed, text, reply)


@pytest.mark.parametrize(
    "text",
    [
        "If the orders did grow, what would you want that to make possible?",
        "What would it take to make that happen?",
    ],
)
def test_make_possible_asks_no_products(text: str) -> None:
    from simulator.wording.asking import find_topic

    topic = find_topic(load_persona("move_on_owner"), text, "en")
    assert topic is None or topic.id != "products"


def test_near_miss_what_you_make_still_asks_the_products() -> None:
    from simulator.wording.asking import find_topic

    topic = find_topic(load_persona("move_on_owner"), "What do you make?", "en")
    assert topic is not None and topic.id == "products"
