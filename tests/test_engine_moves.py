"""The engine reacts to what the trainee did, with doubt allowed (hand-made analyses).

A decisive act the analyser is unsure of gets the neutral reaction and half the effect; a
repeat, a jump and a dodged test need real evidence; trust lost can be won back.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.acts import Act, Analysis, Features
from simulator.datafiles import load_persona
from simulator.engine import EngineState, PersonaEngine
from simulator.persona import Persona, Reaction, Stage
from simulator.voice.offline import compose

NEUTRAL = {Reaction.ACKNOWLEDGE, Reaction.ANSWER_OPEN, Reaction.ANSWER_CLOSED}


def mk(text: str, *acts: Act, lang: str = "ja", conf: dict | None = None, **features: object) -> Analysis:
    return Analysis(
        text=text,
        lang=lang,
        acts=list(acts) or [Act.OTHER],
        features=Features(**features),
        confidence=conf or {},
    )


@pytest.fixture
def persona(tiny_persona_path: Path) -> Persona:
    return load_persona(tiny_persona_path)


def step(persona: Persona, moves: list[Analysis], state: EngineState | None = None) -> tuple[EngineState, list]:
    engine = PersonaEngine(persona)
    state = state or EngineState.initial(persona, "ja")
    out = []
    for move in moves:
        state, intent = engine.step(state, move)
        out.append(intent)
    return state, out


SUMMARY = dict(
    summary_points=3, picked_keywords=["売上", "職人"], content_words=["売上", "職人"], length=30
)
SUMMARY_TEXT = "ここまでのお話を整理すると、売上のこと、職人さんのこと、ということですね。"


def test_a_sure_summary_brings_relief_an_unsure_one_the_neutral_reply(persona: Persona) -> None:
    hello = mk("本日はよろしくお願いします。", Act.OTHER)
    _, sure = step(persona, [hello, mk(SUMMARY_TEXT, Act.SUMMARY, **SUMMARY)])
    _, unsure = step(persona, [hello, mk(SUMMARY_TEXT, Act.SUMMARY, conf={"summary": 0.55}, **SUMMARY)])
    assert sure[1].reaction is Reaction.SUMMARY_RELIEF
    assert unsure[1].reaction in NEUTRAL
    assert unsure[1].trust_delta < sure[1].trust_delta


def test_a_one_word_reflection_is_no_summary_whatever_the_label(persona: Persona) -> None:
    _, intents = step(persona, [mk("職人さん、ですか。", Act.SUMMARY, summary_points=2, picked_keywords=["職人"])])
    assert intents[0].reaction is not Reaction.SUMMARY_RELIEF


@pytest.mark.parametrize(
    ("act", "specific"),
    [
        (Act.ADVICE, Reaction.LECTURE_PUSHBACK),
        (Act.LEADING_QUESTION, Reaction.WITHDRAW),
        (Act.SELF_PROMOTION, Reaction.SELF_PROMOTION_REACTION),
    ],
)
def test_an_unsure_push_gets_the_neutral_reaction_and_half_the_loss(
    persona: Persona, act: Act, specific: Reaction
) -> None:
    # advising words but no must (「べき」) and no proposal: the label's doubt decides (a must or a
    # proposal in the wording is evidence enough, see test_owner_r9_reactions)
    text = "まずはホームページが大切です。売上はそれで戻ります。"
    _, sure = step(persona, [mk(text, act)])
    _, unsure = step(persona, [mk(text, act, conf={act.value: 0.55})])
    assert sure[0].reaction is specific
    assert unsure[0].reaction is not specific
    assert sure[0].trust_delta < unsure[0].trust_delta < 0
    assert sure[0].disclose == unsure[0].disclose == []  # a push, sure or not, opens nothing


def test_a_confirming_question_read_as_both_reflection_and_leading_is_not_withdrawn_from(persona: Persona) -> None:
    _, intents = step(persona, [mk("売上が落ちた、ということですよね？", Act.REFLECTION, Act.LEADING_QUESTION)])
    assert intents[0].reaction is not Reaction.WITHDRAW


def test_checking_back_on_the_owners_words_is_no_push(persona: Persona) -> None:
    text = "さきほど『職人が減った』とおっしゃいましたよね。失礼しました。"
    _, intents = step(persona, [mk(text, Act.LEADING_QUESTION, conf={"leading_question": 0.5})])
    assert intents[0].reaction is not Reaction.WITHDRAW and intents[0].trust_delta >= 0


def test_a_question_with_nothing_told_is_no_lecture(persona: Persona) -> None:
    text = "少し先のことを伺ってもいいですか？五年後、会社がどうなっていたら『よかった』と思えますか？"
    _, intents = step(persona, [mk(text, Act.ADVICE, Act.OPEN_QUESTION, is_question=True)])
    assert intents[0].reaction is not Reaction.LECTURE_PUSHBACK and intents[0].trust_delta > 0


def test_reassurance_labelled_advice_is_no_lecture(persona: Persona) -> None:
    text = "今日のお話が審査になったり、補助金の申請に影響したりすることはありません。"
    _, intents = step(persona, [mk(text, Act.ADVICE)])
    assert intents[0].reaction is not Reaction.LECTURE_PUSHBACK and intents[0].trust_delta >= 0


def _tested(persona: Persona) -> EngineState:
    """The state right after the owner put the knowledge test (its question in the reply)."""
    at = persona.behaviour.tests_knowledge_at
    state, intents = step(persona, [mk("よろしくお願いします", Act.OTHER)] * at)
    assert intents[-1].followup is Reaction.TEST_KNOWLEDGE
    state.last_owner_text = "ところで、うちみたいな製造業の受注生産って分かるの？"
    return state


def test_a_brief_honest_answer_that_returns_to_the_owner_passes_the_test(persona: Persona) -> None:
    state = _tested(persona)
    honest = "正直、製造業に詳しいわけではありません。受注生産の苦労は他社さんからも伺います。社長はどうご覧になっていますか？"
    plain = "正直、製造業に詳しいわけではありません。受注生産の苦労は他社さんからも伺います。"
    _, back = step(persona, [mk(honest, Act.OPEN_QUESTION, is_question=True, owner_asked=True, answers_owner=True)], state)
    _, flat = step(persona, [mk(plain, Act.OTHER, owner_asked=True, answers_owner=True)], state)
    assert back[0].reaction is flat[0].reaction is Reaction.TEST_PASSED
    assert back[0].trust_delta > flat[0].trust_delta > 0


def test_a_dismissive_dodge_is_not_an_answer(persona: Persona) -> None:
    state = _tested(persona)
    dodge = "すみません、そこまで詳しくはないです。ちなみに、年間の売上は？"
    _, intents = step(persona, [mk(dodge, Act.CLOSED_QUESTION, is_question=True, owner_asked=True, answers_owner=True)], state)
    assert intents[0].reaction is Reaction.TEST_EVADED and intents[0].trust_delta < 0


def test_a_question_back_without_an_answer_dodges_the_test(persona: Persona) -> None:
    state = _tested(persona)
    _, intents = step(persona, [mk("社長はどう思われますか？", Act.OPEN_QUESTION, is_question=True, owner_asked=True)], state)
    assert intents[0].reaction is Reaction.TEST_EVADED


def test_a_hard_sell_fails_the_test_and_is_held_against_the_trainee(persona: Persona) -> None:
    state = _tested(persona)
    sell = "まずは受注生産をやめて、自社製品を作るのがおすすめです。ネットで売りましょう。"
    _, intents = step(persona, [mk(sell, Act.ADVICE, owner_asked=True, answers_owner=True)], state)
    assert intents[0].reaction is Reaction.LECTURE_PUSHBACK and intents[0].trust_delta < 0


def test_the_analysers_topic_switch_alone_is_no_jump(persona: Persona) -> None:
    state, _ = step(persona, [mk("売上について聞かせてください", Act.OPEN_QUESTION, content_words=["売上"])])
    assert state.last_had_fact
    state.last_owner_text = "売上が三割減った。職人も減った。"
    state.last_owner_words = ["売上", "三割", "減る", "職人"]
    echo = mk("職人さんが、ですか？", Act.CLOSED_QUESTION, is_question=True, topic_switch=True)
    _, intents = step(persona, [echo], state)
    assert intents[0].reaction is not Reaction.TOPIC_JUMP
    away = mk("ところで、御社のホームページはどなたが作られたんですか？", Act.OPEN_QUESTION,
              is_question=True, topic_switch=True, content_words=["ホームページ", "作る"])
    _, intents = step(persona, [away], state)
    assert intents[0].reaction is Reaction.TOPIC_JUMP


def test_one_leading_question_is_recovered_by_a_few_turns_of_listening(persona: Persona) -> None:
    start = mk("本日はよろしくお願いします。", Act.OTHER)
    lead = mk("売上が落ちたのは営業のせいですよね？", Act.LEADING_QUESTION, is_question=True)
    listen = [
        mk("それは大変でしたね。", Act.EMPATHY),
        mk("売上が三割、ですか。", Act.REFLECTION, picked_keywords=["売上"]),
        mk("職人さんのこと、もう少し聞かせてください。", Act.OPEN_QUESTION, picked_keywords=["職人"]),
        mk("ご苦労されてきたんですね。", Act.EMPATHY),
    ]
    state, intents = step(persona, [start, lead, *listen])
    before_mistake = intents[0].trust
    assert intents[1].trust < before_mistake
    assert state.trust >= before_mistake  # won back within four turns


def test_the_owner_who_walks_out_leaves_the_stage_at_walked_out(persona: Persona) -> None:
    bad = mk("それは違いますよ。こうすべきです", Act.ADVICE, denial=True)
    state, intents = step(persona, [bad] * 8)
    assert state.finished and state.stage is Stage.WALKED_OUT
    assert intents[-1].stage is Stage.WALKED_OUT


def test_an_equivalent_disclosure_counts_as_reaching_the_issue() -> None:
    persona = load_persona("big_customer_owner")
    assert "chose_not_to_look" in persona.underlying_issue.also
    engine = PersonaEngine(persona)
    state = EngineState.initial(persona, "ja")
    needed = [f.id for f in persona.facts if f.id != "chose_not_to_look"]
    state.disclosed = [f for f in needed if f not in ("owner_names_dependence",)]
    state.trust, state.stage = 80.0, Stage.APPROACH
    move = mk("「問題はない」とずっと言ってこられたんですね。", Act.REFLECTION, content_words=["問題"],
              picked_keywords=["問題"])
    state, intent = engine.step(state, move)
    assert intent.disclose == ["chose_not_to_look"]
    assert state.hidden_issue_reached and intent.reaction is Reaction.HIDDEN_ISSUE_LEAD


def test_approving_lines_only_once_trust_is_earned(persona: Persona) -> None:
    approving = set(persona.approving_lines[Reaction.SUMMARY_RELIEF].ja)
    engine = PersonaEngine(persona)
    low, _ = engine.step(EngineState.initial(persona, "ja"), mk("本日はよろしくお願いします。", Act.OTHER))
    low.trust = persona.behaviour.initial_trust
    said_low = set()
    for seed in range(12):
        s = low.model_copy(update={"seed": seed}, deep=True)
        s, intent = engine.step(s, mk(SUMMARY_TEXT, Act.SUMMARY, **SUMMARY))
        assert intent.reaction is Reaction.SUMMARY_RELIEF and not intent.approving
        said_low.add(compose(persona, s, intent))
    assert not any(line in said for said in said_low for line in approving)
    high = low.model_copy(deep=True)
    high.trust = persona.behaviour.approves_at + 10
    said_high = set()
    for seed in range(12):
        s = high.model_copy(update={"seed": seed}, deep=True)
        s, intent = engine.step(s, mk(SUMMARY_TEXT, Act.SUMMARY, **SUMMARY))
        assert intent.approving
        said_high.add(compose(persona, s, intent))
    assert any(line in said for said in said_high for line in approving)
