"""Playtest r12 (en12): English owners answer the question asked, and react to what was done.

- a question is read for what it asks: "what's on your mind about the staff?" asks about the
  staff, not a feeling; "how does that connect with …?" after "when you picture …" asks a link,
  not the future; "which one is the bigger problem?" weighs what he named, it asks no fact on
  either; the founder's pride is not touched by any "how did that start?";
- his lines claim nothing that was not said: no "How do I feel…" or "Three years on?" echo of a
  question nobody asked, no "Figures." after an honest "I don't know", no push-back on a recipe
  change to advice on hiring;
- advice costs trust and gets a push-back, never a disclosure (both languages), including
  "Why don't you …?"; one reply carries at most one prepared block, even after a summary;
- harmless profile he is not yet ready to tell gets no guarded "not something I go into".
"""

from __future__ import annotations

import re

import pytest

from simulator import open_session
from simulator.acts import Act, Analysis, Utterance
from simulator.analysis import analyse
from simulator.datafiles import load_persona
from simulator.engine.engine import PersonaEngine
from simulator.engine.facts import Facts
from simulator.engine.state import EngineState
from simulator.persona import Reaction, Stage
from simulator.wording.asking import ask_kind, proposes, read_question

PERSONAS = ["big_customer_owner", "distrustful_founder", "family_values_owner", "move_on_owner", "reluctant_successor"]


def meeting(pid: str, lines: list[str], lang: str = "en", seed: int = 0) -> list:
    session = open_session(pid, lang, seed=seed, store=None)
    return [session.say(line) for line in lines]


# -- what the question asks -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("You mentioned the young ones leaving. What's on your mind about them?", "open"),
        ("What's on your mind regarding the new product line?", "open"),
        ("When you imagine the new website, how does that connect with the staff problem?", "open"),
        ("How does that fit with what your father used to say?", "open"),
        ("Your form names two things, sales and staff. Which one is the bigger worry for you?", "opinion"),
        ("Could I ask what made you decide to get in touch with the chamber this year?", "open"),
        ("What do you reckon is behind the new hires walking out?", "cause"),
        # negatives: a feeling, a picture of the future and a cause are still asked as such
        ("What's been on your mind lately, with all this going on?", "feeling"),
        ("When you picture the shop in five years, what do you see?", "future"),
        ("How do you feel about handing the counter to her?", "feeling"),
        ("What made the new hires quit, do you think?", "cause"),
        ("What do you think of the new packaging?", "opinion"),
    ],
)
def test_an_english_question_is_read_for_what_it_asks(text: str, kind: str) -> None:
    assert ask_kind(text, "en") == kind


def test_weighing_two_named_things_asks_no_fact_on_either() -> None:
    persona = load_persona("family_values_owner")
    weigh = read_question(persona, "The form lists fewer customers and a lack of hands. Which of the two weighs on you more?", "en")
    assert weigh.form == "open" and weigh.topic is None
    # negative: a which-question on one of his topics still asks its fact
    fact = read_question(persona, "Which customers have been coming to you the longest?", "en")
    assert fact.topic is not None and fact.topic.id == "customers"


def test_how_did_that_start_does_not_touch_his_founding_pride() -> None:
    persona = load_persona("distrustful_founder")
    facts = Facts(persona)
    pride = persona.fact("founding_pride")
    facts.begin()
    assert not facts.touches(pride, analyse("Orders come through recommendations, you said. How did that start?", lang="en"))
    facts.begin()
    assert facts.touches(pride, analyse("What were the early days like, when you went out on your own?", lang="en"))


# -- his lines fit any question of their kind ------------------------------------------------------

_ECHO = re.compile(r"^\W*(how (do )?i feel|(\w+ )?years on\?|why\?|figures\.)", re.I)


@pytest.mark.parametrize("pid", PERSONAS)
def test_no_english_peak_or_test_line_echoes_a_question_not_asked(pid: str) -> None:
    persona = load_persona(pid)
    lines: list[str] = []
    if persona.peak is not None:
        for kind in ("feeling", "future", "cause"):
            texts = getattr(persona.peak, kind)
            lines += texts.get("en") if texts is not None else []
    lines += persona.lines[Reaction.TEST_PASSED].get("en")  # type: ignore[arg-type]
    assert not [x for x in lines if _ECHO.search(x)]


# -- advice gets a push-back ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        ("Why don't you put a job ad on social media? Plenty of firms find people that way.", True),
        ("I see. Why don't you try a job fair at the technical college?", True),
        ("You might want to raise your prices a little.", True),
        ("I'd suggest starting with a simple online shop.", True),
        # negatives: a request to talk, a question on his reasons
        ("Why don't you tell me how the first customers found you?", False),
        ("Why don't you think the last adviser's report helped?", False),
        ("Take your time. Why don't you start wherever feels easiest?", False),
    ],
)
def test_why_dont_you_hands_him_a_course_of_action(text: str, advice: bool) -> None:
    assert proposes(text, "en") is advice


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        ("en", ["Nice to meet you, and thank you for making the time.",
                "The form says you're short of people. Why don't you bring in workers from abroad? Lots of firms are doing it."]),
        ("ja", ["はじめまして。本日はお時間をいただきありがとうございます。",
                "人手不足とのことですが、外国人の方を採用してみたらどうですか？最近はどこもやってますよ。"]),
    ],
)
def test_unasked_advice_costs_trust_and_opens_nothing(lang: str, lines: list[str]) -> None:
    turn = meeting("distrustful_founder", lines, lang, 3)[-1]
    assert turn.trust_delta < 0
    assert turn.revealed == []
    assert turn.reaction.split("+")[0] in (Reaction.LECTURE_PUSHBACK.value, Reaction.WITHDRAW.value)


@pytest.mark.parametrize("trust", [40.0, 50.0, 65.0])
def test_one_reply_carries_one_prepared_block_after_a_summary(trust: float) -> None:
    persona = load_persona("distrustful_founder")
    context = [
        Utterance(speaker="trainee", text="How are things with the people on the floor?"),
        Utterance(speaker="owner", text=persona.fact("labour_shortage").text.get("en")),  # type: ignore[arg-type]
        Utterance(speaker="trainee", text="What do you think makes the young ones leave?"),
        Utterance(speaker="owner", text="No idea. Could be the pay, could be the hours, I suppose."),
    ]
    summary = (
        "So far you've told me the young ones leave inside three years, the craftsmen are all in their "
        "fifties and sixties, and you suspect the pay or the hours. Have I got that right?"
    )
    state = EngineState(
        persona_id=persona.id, lang="en", trust=trust, patience=80.0, turn=6, stage=Stage.SURFACE,
        disclosed=["shop_and_work", "labour_shortage"], last_owner_text=context[-1].text,
    )
    _, intent = PersonaEngine(persona).step(state, analyse(summary, context, "en"))
    assert intent.reaction is Reaction.SUMMARY_RELIEF  # relieved by it, and still one block
    assert len(intent.disclose) <= 1, intent.disclose


# -- harmless profile is not held back -------------------------------------------------------------


def test_harmless_profile_not_yet_told_is_no_reason_to_hesitate() -> None:
    persona = load_persona("distrustful_founder")
    facts = Facts(persona)
    s = EngineState(persona_id="distrustful_founder", lang="en", trust=12.0, patience=80.0)
    facts.begin()
    facts.next_fact(s, analyse("What kind of work does the company do, sheet metal or machining?", lang="en"))
    assert not facts.held_back  # profile: nothing to be guarded about
    facts.begin()
    facts.next_fact(s, analyse("What was it like when you first went independent?", lang="en"))
    assert facts.held_back  # his pride in the founding: guarded until trust is earned


# -- the reaction follows a push the analysis reports ------------------------------------------------


def _with_push(text: str, lang: str, context: list[Utterance]) -> Analysis:
    """The analysis as a lead-detecting analyser reports it: a give-back and a sure leading question
    (rule level: the engine's reading, whatever the learned layer says today)."""
    a = analyse(text, context, lang)  # type: ignore[arg-type]
    acts = [x for x in a.acts if x not in (Act.REFLECTION, Act.LEADING_QUESTION)]
    return a.model_copy(update={
        "acts": [*acts, Act.REFLECTION, Act.LEADING_QUESTION],
        "confidence": {**a.confidence, "reflection": 0.9, "leading_question": 0.9},
    })


@pytest.mark.parametrize(
    ("lang", "text", "pushes"),
    [
        ("ja", "お父様の代からのお客さんなんですね。三代目なのに、取引先は一つも増やしていないんですか？", True),
        ("en", "Your father's customers, then. Even as president, you still leave the budget to the chairman?", True),
        # negatives: the give-back is itself the question (a check), no push of its own
        ("ja", "三代目として、お父様のやり方を守ってこられた、ということですよね？", False),
        ("en", "So you feel the chairman still decides the budget, is that right?", False),
    ],
)
def test_a_judgement_after_a_give_back_gets_his_withdrawal(lang: str, text: str, pushes: bool) -> None:
    persona = load_persona("reluctant_successor")
    owner = {"ja": "…予算は、会長に聞いてみないと。", "en": "...The budget? I'd have to ask the chairman."}[lang]
    context = [Utterance(speaker="trainee", text="?"), Utterance(speaker="owner", text=owner)]
    state = EngineState(persona_id=persona.id, lang=lang, trust=30.0, patience=80.0, turn=3, last_owner_text=owner)  # type: ignore[arg-type]
    _, intent = PersonaEngine(persona).step(state, _with_push(text, lang, context))
    assert intent.trust_delta < 0
    assert (intent.reaction is Reaction.WITHDRAW) is pushes


def test_a_word_of_the_give_back_does_not_answer_the_question_after_it() -> None:
    persona = load_persona("distrustful_founder")
    facts = Facts(persona)
    s = EngineState(persona_id=persona.id, lang="en", trust=32.0, patience=80.0, turn=5, disclosed=["shop_and_work"])
    facts.begin()
    asked = analyse("From a tiny shed to over forty people, then. What were the early days like?", lang="en")
    told = facts.next_fact(s, asked)
    assert told is None or told.id != "labour_shortage"  # asked about the early days, not his people
    facts.begin()
    # negative: asked about his people, his people answer
    people = facts.next_fact(s, analyse("How are things with the people on the floor these days?", lang="en"))
    assert people is not None and people.id == "labour_shortage"
