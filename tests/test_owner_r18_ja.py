"""Round 18 (ja): a question is answered, not met with the owner's next prepared fact (issue 9).

r17a: 「本来は何をされていたはずですか」 → 「営業は6人…」; 「その苦しさのこと」 → his FAX paragraph. A
prepared fact rides on a question only when the question is about its topic, or only invites him
on (「もう少し聞かせて」, a give-back); otherwise it waits. New sentences, not the playtest's.
"""

from __future__ import annotations

import pytest

from simulator.acts import Act, Analysis, Features
from simulator.datafiles import load_persona, persona_ids
from simulator.engine import EngineState, PersonaEngine
from simulator.engine.invitation import asks_its_own
from simulator.persona import Depth, Stage

OWN = [  # questions with an object of their own
    "先週の日曜日は、社長はどんなふうに過ごされたんでしょう？",
    "朝いちばんに会社に着いたら、まず何をなさるんですか？",
    "その重たさのこと、よろしければもう少し聞かせていただけますか。",
    "どういう人たちと一緒に仕事をされているんでしょう？",
]
INVITES = [  # bare invitations to go on
    "もう少し聞かせていただけますか。",
    "それで、その後は？",
    "そのあたり、もう少し詳しく教えてください。",
    "ここまでのお話、こういうことでしょうか？",
]


def mk(text: str, *acts: Act) -> Analysis:
    return Analysis(text=text, lang="ja", acts=list(acts) or [Act.OPEN_QUESTION], features=Features())


@pytest.mark.parametrize("text", OWN)
def test_a_question_with_an_object_of_its_own(text: str) -> None:
    assert asks_its_own(text, "ja")


@pytest.mark.parametrize("text", INVITES)
def test_a_bare_invitation_has_no_object(text: str) -> None:
    assert not asks_its_own(text, "ja")


def _warm(owner: str, seed: int) -> tuple[PersonaEngine, EngineState]:
    persona = load_persona(owner)
    engine = PersonaEngine(persona)
    state = EngineState.initial(persona, "ja", seed)
    state.turn, state.trust, state.stage = 6, 70.0, Stage.SURFACE
    state.disclosed = [f.id for f in persona.facts if f.intro]
    return engine, state


def _volunteered(owner: str, seed: int) -> str | None:
    """The surface fact a bare invitation brings up from this state (None: none)."""
    engine, state = _warm(owner, seed)
    _, intent = engine.step(state, mk("もう少し聞かせていただけますか。"))
    persona = engine.persona
    return next((i for i in intent.disclose if persona.fact(i).depth is Depth.SURFACE), None)


@pytest.mark.parametrize("owner", persona_ids())
@pytest.mark.parametrize("question", OWN[:2] + OWN[3:])
def test_a_question_of_its_own_lets_the_volunteered_fact_wait(owner: str, question: str) -> None:
    fact = _volunteered(owner, 0)
    if fact is None:
        pytest.fail(f"{owner}: the bare invitation should bring up a surface fact from this state")
    engine, state = _warm(owner, 0)
    after, intent = engine.step(state, mk(question))
    if engine.facts.asks_about(engine.persona.fact(fact), mk(question)):
        return  # the question touches its topic: it may ride
    assert fact not in intent.disclose, (question, intent.disclose)
    assert fact not in after.disclosed  # not told: it can still be told later


@pytest.mark.parametrize("owner", persona_ids())
def test_the_waiting_fact_still_comes_on_a_give_back(owner: str) -> None:
    # negative: a give-back with no question invites him on, as before
    fact = _volunteered(owner, 0)
    engine, state = _warm(owner, 0)
    _, intent = engine.step(state, mk("毎日、本当にいろいろなことを抱えていらっしゃるんですね。", Act.REFLECTION, Act.EMPATHY))
    assert fact in intent.disclose


def test_a_question_on_the_facts_topic_still_gets_it() -> None:
    # negative: 「営業の方の体制」 asks about the sales-team fact itself
    engine, state = _warm("move_on_owner", 0)
    _, intent = engine.step(state, mk("営業の方々は、どんな体制で動いていらっしゃるんですか？"))
    assert "s_sales_team" in intent.disclose


def test_a_future_picture_is_not_met_with_the_next_confession() -> None:
    # r17a s05 T8 in new words: a summary, then a future picture → his own future lines
    engine, state = _warm("move_on_owner", 0)
    state.trust, state.stage = 80.0, Stage.APPROACH
    state.disclosed += ["s_sales_team", "s_factory", "p_why_ec"] if "p_why_ec" in {f.id for f in engine.persona.facts} else []
    text = "自分の代の仕事として形にしたい、ということなんですね。それが実現したとき、会社はどんな姿になっていそうですか？"
    _, intent = engine.step(state, mk(text, Act.SUMMARY, Act.OPEN_QUESTION))
    deep = [i for i in intent.disclose if engine.persona.fact(i).depth is not Depth.SURFACE]
    assert not deep or all(engine.facts.asks_about(engine.persona.fact(i), mk(text)) for i in deep), intent.disclose


# -- the confidential preface: once a meeting, only before a real confession ------------------------


def _lead(owner: str, seed: int, fact_id: str, confided: bool) -> str:
    from simulator.engine.state import ReplyIntent
    from simulator.persona import Reaction
    from simulator.voice.offline import _compose_once

    persona = load_persona(owner)
    state = EngineState.initial(persona, "ja", seed)
    state.turn = 7
    if confided:
        state.used_lines["_confided"] = [3]
    intent = ReplyIntent(
        reaction=Reaction.DISCLOSE_LEAD, disclose=[fact_id], stage=Stage.APPROACH, trust=70, trust_delta=3,
        ask_kind="open", approving=False,
    )
    return _compose_once(persona, state, intent, 0)


def _facts(depth: Depth) -> list[tuple[str, str]]:
    return [(o, f.id) for o in persona_ids() for f in load_persona(o).facts if f.depth is depth and not f.intro][:40]


@pytest.mark.parametrize(("owner", "fact"), _facts(Depth.SURFACE))
@pytest.mark.parametrize("seed", range(4))
def test_no_confidential_preface_before_a_profile_fact(owner: str, fact: str, seed: int) -> None:
    from simulator.voice.offline import CONFIDES

    reply = _lead(owner, seed, fact, confided=False)
    text = load_persona(owner).fact(fact).text.get("ja")
    assert not CONFIDES["ja"].search(reply.replace(text, "")), reply


@pytest.mark.parametrize("owner", persona_ids())
@pytest.mark.parametrize("seed", range(6))
def test_the_confidential_preface_is_said_once_a_meeting(owner: str, seed: int) -> None:
    from simulator.voice.offline import CONFIDES

    persona = load_persona(owner)
    deep = [f for f in persona.facts if f.depth is not Depth.SURFACE]
    for fact in deep:
        reply = _lead(owner, seed, fact.id, confided=True)
        rest = reply
        for v in [fact.text.get("ja"), *(fact.variants.get("ja") if fact.variants else [])]:
            rest = rest.replace(v, "")
        assert not CONFIDES["ja"].search(rest), reply


def test_a_first_confession_may_still_be_confided() -> None:
    # negative: before his first real confession the preface stays possible
    from simulator.voice.offline import CONFIDES

    hits = 0
    for owner in persona_ids():
        fact = next(f for f in load_persona(owner).facts if f.depth is not Depth.SURFACE)
        hits += sum(bool(CONFIDES["ja"].search(_lead(owner, seed, fact.id, confided=False))) for seed in range(12))
    assert hits > 0
