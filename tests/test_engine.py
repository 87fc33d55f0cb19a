"""The persona engine on hand-made analyses (no analyser involved): rules, gates, determinism."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.acts import Act, Analysis, Features
from simulator.datafiles import load_persona
from simulator.engine import EngineState, PersonaEngine
from simulator.persona import Persona, Reaction, Stage
from simulator.voice.offline import compose


def mk(text: str, *acts: Act, lang: str = "ja", **features: object) -> Analysis:
    return Analysis(text=text, lang=lang, acts=list(acts) or [Act.OTHER], features=Features(**features))


@pytest.fixture
def persona(tiny_persona_path: Path) -> Persona:
    return load_persona(tiny_persona_path)


def play(persona: Persona, moves: list[Analysis]) -> tuple[EngineState, list]:
    engine = PersonaEngine(persona)
    state = EngineState.initial(persona, "ja")
    intents = []
    for move in moves:
        state, intent = engine.step(state, move)
        intents.append(intent)
    return state, intents


def test_empathy_raises_trust_and_leading_lowers_it(persona: Persona) -> None:
    good, _ = play(persona, [mk("それは大変でしたね", Act.EMPATHY)])
    bad, intents = play(persona, [mk("売上対策をすべきですよね？", Act.LEADING_QUESTION)])
    start = persona.behaviour.initial_trust
    assert good.trust > start > bad.trust
    assert intents[0].reaction is Reaction.WITHDRAW


def test_fact_needs_topic_and_trust(persona: Persona) -> None:
    # Trust 30 is enough for the surface fact, but only when the trainee touches its topic.
    _, off_topic = play(persona, [mk("最近いかがですか", Act.OPEN_QUESTION, content_words=["最近"])])
    assert off_topic[0].disclose == []
    _, on_topic = play(
        persona, [mk("売上について教えてください", Act.OPEN_QUESTION, content_words=["売上"])]
    )
    assert on_topic[0].disclose == ["surface_sales"]


def test_leading_question_never_opens_a_fact_even_on_topic(persona: Persona) -> None:
    _, intents = play(
        persona,
        [mk("売上が落ちたのは営業のせいですよね？", Act.LEADING_QUESTION, content_words=["売上"])],
    )
    assert intents[0].disclose == []


def test_repeat_reaction_and_penalty(persona: Persona) -> None:
    ask = mk("従業員は何人ですか？", Act.CLOSED_QUESTION, is_question=True)
    again = mk("従業員は何人ですか？", Act.CLOSED_QUESTION, is_question=True, is_repeat=True)
    state, intents = play(persona, [ask, again])
    assert intents[0].reaction is Reaction.ANSWER_CLOSED
    assert intents[1].reaction is Reaction.REPEAT
    assert intents[1].trust_delta < 0


def test_the_analysers_repeat_flag_alone_is_no_repeat(persona: Persona) -> None:
    # nothing was asked before: the owner answers instead of complaining
    state, intents = play(persona, [mk("従業員は何人ですか？", Act.CLOSED_QUESTION, is_question=True, is_repeat=True)])
    assert intents[0].reaction is Reaction.ANSWER_CLOSED
    assert state.trust >= persona.behaviour.initial_trust


def test_interrogation_after_tolerance(persona: Persona) -> None:
    closed = [mk(f"質問{i}ですか", Act.CLOSED_QUESTION) for i in range(5)]
    _, intents = play(persona, closed)
    tolerance = persona.behaviour.closed_question_tolerance
    assert all(i.reaction is not Reaction.INTERROGATED for i in intents[:tolerance])
    assert intents[tolerance].reaction is Reaction.INTERROGATED


def test_knowledge_test_then_brief_answer_passes(persona: Persona) -> None:
    at = persona.behaviour.tests_knowledge_at
    moves = [mk("よろしくお願いします", Act.OTHER)] * at
    moves.append(mk("はい、業界では受注生産が多いと聞いています。", Act.ADVICE, length=22))
    state, intents = play(persona, moves)
    assert intents[at - 1].followup is Reaction.TEST_KNOWLEDGE
    assert intents[at].reaction is Reaction.TEST_PASSED
    assert intents[at].trust_delta > 0


def test_knowledge_test_dodged(persona: Persona) -> None:
    at = persona.behaviour.tests_knowledge_at
    moves = [mk("よろしくお願いします", Act.OTHER)] * at
    moves.append(mk("社長はどう思われますか", Act.OPEN_QUESTION, is_question=True))
    _, intents = play(persona, moves)
    assert intents[at].reaction is Reaction.TEST_EVADED


def test_good_path_reaches_underlying_issue_and_stages(persona: Persona) -> None:
    moves = [
        mk("売上について聞かせてください", Act.OPEN_QUESTION, content_words=["売上"]),
        mk("それは大変でしたね", Act.EMPATHY),
        mk("正直、詳しくはありませんが、受注生産が多いと聞いています。", Act.OTHER, length=28),
        mk("職人さんが減った、と", Act.REFLECTION, content_words=["職人"], picked_keywords=["職人"]),
        mk("職人さんのこと、もう少し教えてください", Act.OPEN_QUESTION, content_words=["職人"], picked_keywords=["職人"]),
        mk("おつらいですね", Act.EMPATHY),
        mk(
            "売上も職人も減り、息子さんもいない、ということですね",
            Act.SUMMARY,
            content_words=["売上", "職人", "息子"],
            picked_keywords=["売上", "職人", "息子"],
            summary_points=3,
        ),
        mk("息子さんがいない、と", Act.REFLECTION, content_words=["息子"], picked_keywords=["息子"]),
    ]
    state, intents = play(persona, moves)
    disclosed = [d for i in intents for d in i.disclose]
    assert disclosed[:2] == ["surface_sales", "personal_craftsmen"]
    assert state.hidden_issue_reached
    assert state.stage >= Stage.CONVICTION
    last = next(i for i in intents if "core_successor" in i.disclose)
    assert last.reaction is Reaction.HIDDEN_ISSUE_LEAD


def test_trust_collapse_ends_meeting(persona: Persona) -> None:
    bad = [mk("それは違いますよ。こうすべきです", Act.ADVICE, denial=True)] * 8
    state, intents = play(persona, bad)
    assert state.finished and state.end_reason == "trust"
    assert intents[-1].reaction is Reaction.END_EARLY and intents[-1].ends_meeting


def test_state_round_trips_through_json(persona: Persona) -> None:
    state, _ = play(persona, [mk("それは大変でしたね", Act.EMPATHY)])
    restored = EngineState.model_validate_json(state.model_dump_json())
    assert restored == state


def test_realiser_does_not_repeat_lines_while_alternatives_remain(persona: Persona) -> None:
    engine = PersonaEngine(persona)
    state = EngineState.initial(persona, "ja")
    said = []
    for _ in range(2):
        state, intent = engine.step(state, mk("それは大変でしたね", Act.EMPATHY))
        said.append(compose(persona, state, intent))
    assert said[0] != said[1]


def test_realiser_is_deterministic_for_a_seed(persona: Persona) -> None:
    def run(seed: int) -> list[str]:
        engine = PersonaEngine(persona)
        state = EngineState.initial(persona, "en", seed=seed)
        out = []
        for _ in range(4):
            state, intent = engine.step(state, mk("That must be hard", Act.EMPATHY, lang="en"))
            out.append(compose(persona, state, intent))
        return out

    assert run(1) == run(1)
    assert any(run(s) != run(1) for s in range(2, 8))


def test_closed_questions_are_answered_from_the_persona_answers(persona: Persona) -> None:
    engine = PersonaEngine(persona)
    state = EngineState.initial(persona, "ja")
    state, intent = engine.step(state, mk("従業員は何名ですか？", Act.CLOSED_QUESTION, is_question=True))
    assert intent.reaction is Reaction.ANSWER_CLOSED and intent.answer and intent.answer.topic == "staff"
    assert compose(persona, state, intent) in persona.answer("staff").text.ja
    en = EngineState.initial(persona, "en")
    en, intent = engine.step(en, mk("When was the company founded?", Act.CLOSED_QUESTION, lang="en", is_question=True))
    assert compose(persona, en, intent) in persona.answer("founded").text.en
