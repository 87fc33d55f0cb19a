"""Whole sessions with every owner: a listening trainee reaches the real issue, a pushy one never.

Driven through the public API with the real analyser, scorer and offline voice.
"""

from __future__ import annotations

import pytest

from simulator import open_session, persona_ids
from simulator.bots import GoodTrainee, PoorTrainee, play
from simulator.datafiles import load_persona
from simulator.voice.offline import as_written

OWNERS = persona_ids()
RUBRICS = ("listening", "deep_dive", "summarising", "non_leading")


@pytest.fixture(scope="module")
def sessions() -> dict:
    played = {}
    for pid in OWNERS:
        for lang in ("ja", "en"):
            good = open_session(pid, lang, store=None)
            good_turns = play(good, GoodTrainee(lang), turns=25)
            poor = open_session(pid, lang, store=None)
            poor_turns = play(poor, PoorTrainee(lang), turns=25)
            played[pid, lang] = (good, good_turns, poor, poor_turns)
    return played


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("pid", OWNERS)
def test_good_trainee_reaches_the_underlying_issue(sessions: dict, pid: str, lang: str) -> None:
    good, turns, _, _ = sessions[pid, lang]
    report = good.report()
    assert report.hidden_issue_reached, f"{pid}/{lang}: trust {good.trust:.0f}, {report.revealed}"
    assert len(turns) <= 25
    persona = load_persona(pid)
    named = [f for f in report.revealed if f in persona.issue_facts]
    assert named, report.revealed
    assert good.state.stage.name in ("CONVICTION", "NEXT_STEP")
    # The owner's words in which the real issue comes out are in the transcript.
    said = " ".join(as_written(None, t.owner_reply) for t in turns)
    assert any(text in said for text in persona.fact_texts(named[0], lang))  # one of its wordings


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("pid", OWNERS)
def test_poor_trainee_never_reaches_it_and_loses_trust(sessions: dict, pid: str, lang: str) -> None:
    _, _, poor, turns = sessions[pid, lang]
    persona = load_persona(pid)
    assert not poor.state.hidden_issue_reached
    assert not {f.id for f in persona.facts if f.depth != "surface"} & set(poor.state.disclosed)
    assert poor.trust < persona.behaviour.initial_trust
    reactions = {t.reaction.split("+")[0] for t in turns}
    assert reactions & {"withdraw", "lecture_pushback", "move_on", "blunt_worry", "repeat",
                        "self_promotion_reaction", "denial_reaction", "interrogated", "end_early"}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("pid", OWNERS)
def test_good_trainee_outscores_poor_on_every_rubric(sessions: dict, pid: str, lang: str) -> None:
    good, _, poor, _ = sessions[pid, lang]
    g, p = good.report().scores, poor.report().scores
    for rubric in RUBRICS:
        assert g[rubric] > p[rubric], (rubric, g, p)


@pytest.mark.parametrize("pid", OWNERS)
def test_trust_collapse_ends_the_meeting_early(sessions: dict, pid: str) -> None:
    _, _, poor, turns = sessions[pid, "ja"]
    assert poor.finished and poor.state.end_reason in ("trust", "patience")
    assert turns[-1].reaction == "end_early"


@pytest.mark.parametrize("pid", OWNERS)
def test_no_line_repeated_while_alternatives_remain(sessions: dict, pid: str) -> None:
    _, turns, _, _ = sessions[pid, "ja"]
    persona = load_persona(pid)
    used: dict[str, list[str]] = {}
    for t in turns:
        reaction = t.reaction.split("+")[0]
        pool = persona.lines[reaction].ja + (
            persona.approving_lines[reaction].ja if reaction in persona.approving_lines else []
        )
        line = next((line for line in pool if line in as_written(None, t.owner_reply)), None)
        if line is not None:
            used.setdefault(reaction, []).append(line)
    assert used
    for reaction, said in used.items():
        first_round = said[: len(persona.lines[reaction].ja)]
        assert len(first_round) == len(set(first_round)), reaction
    replies = [as_written(None, t.owner_reply) for t in turns]
    assert len(replies) == len(set(replies))


@pytest.mark.parametrize("pid", OWNERS)
def test_a_repeated_question_gets_the_repeat_reaction(pid: str) -> None:
    session = open_session(pid, "ja", store=None)
    session.say("本日はお時間をいただきありがとうございます。")
    session.say("従業員の方は何名いらっしゃいますか？")
    again = session.say("従業員の方は何名いらっしゃいますか？")
    assert again.reaction.startswith("repeat")
    assert again.trust_delta < 0


def test_early_issue_question_makes_the_impatient_owner_say_move_on() -> None:
    session = open_session("move_on_owner", "ja", store=None)
    session.say("本日はお時間をいただきありがとうございます。")
    turn = session.say("御社の課題は何だとお考えですか？")
    assert turn.reaction.startswith("move_on")
    lines = load_persona("move_on_owner").lines["move_on"].ja
    assert any(line in as_written(None, turn.owner_reply) for line in lines)


def test_a_lecture_gets_the_small_company_pushback() -> None:
    session = open_session("family_values_owner", "ja", store=None)
    session.say("本日はお時間をいただきありがとうございます。")
    turn = session.say("一般的には、まず中期経営計画を作って、KPIで管理するべきです。")
    assert turn.reaction.startswith("lecture_pushback")
    assert turn.trust_delta < 0 and turn.revealed == []


def test_a_leading_question_makes_the_successor_withdraw() -> None:
    session = open_session("reluctant_successor", "ja", store=None)
    session.say("本日はお時間をいただきありがとうございます。")
    turn = session.say("本当は会長のやり方に反対なんですよね？")
    assert turn.reaction.startswith("withdraw")
    assert turn.trust_delta < 0


def test_distrustful_founder_tests_the_supporter_early() -> None:
    session = open_session("distrustful_founder", "ja", store=None)
    reactions = [session.say(t).reaction for t in (
        "本日はお時間をいただきありがとうございます。",
        "御社のお仕事について聞かせていただけますか？",
    )]
    assert any("test_knowledge" in r for r in reactions)
