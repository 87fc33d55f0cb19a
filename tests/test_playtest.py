"""The blind playtest: bots written by someone who never read the persona files play every owner.

Uses the development bots (``simulator.playtest.bots_dev``, by a second author) through the
harness and its fit rule; the held-out bots are run by the lead with the same harness.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from simulator import persona_ids
from simulator.datafiles import load_persona
from simulator.playtest import (
    PlayResult,
    format_table,
    load_bots,
    misfit_of_reaction,
    misfits_of_reply,
    play,
    run,
)

ROOT = Path(__file__).resolve().parent.parent
OWNERS = persona_ids()
BOTS = load_bots("simulator.playtest.bots_dev")


@pytest.fixture(scope="module")
def results() -> list[PlayResult]:
    return run(BOTS, seeds=(0,))


def pick(results: list[PlayResult], bot: str) -> list[PlayResult]:
    return [r for r in results if r.bot == bot]


# -- the fit rule ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "reply", "lang", "rule"),
    [
        ("主な取引先はどちらですか？", "ええ、そうです。", "ja", "yes_no"),
        ("決算書を見せていただけますか？", "いえ、違います。", "ja", "yes_no"),
        ("Who are your main customers?", "No, not that much.", "en", "yes_no"),
        ("社長に就任されて何年になりますか？", "創業は1975年です。", "ja", "wrong_topic"),
        ("役員会は何名でやっているんですか？", "従業員は38人です。", "ja", "wrong_topic"),
        ("従業員は何名ですか？", "創業は1990年です。", "ja", "wrong_figure"),
        ("年商はどのくらいですか？", "取り立ててお話しするようなことも、あまりないんですが。", "ja", "no_answer"),
    ],
)
def test_the_fit_rule_catches_replies_that_do_not_fit(said: str, reply: str, lang: str, rule: str) -> None:
    assert rule in misfits_of_reply(said, reply, lang)


@pytest.mark.parametrize(
    ("said", "reply", "lang"),
    [
        ("主な取引先はどちらですか？", "丸栄工業さんです。父の代からのお付き合いで。", "ja"),
        ("年商はどのくらいですか？", "それは言わなくてもいいだろ。食えてはいるよ。", "ja"),
        ("後継者はいらっしゃいますか？", "いえ、まだ決めていないんです。", "ja"),
        ("How long have you been president?", "Just over twenty years. Since 2004.", "en"),
        ("なるほど、職人さんですか。それで、どうなったんですか？", "そうそう。それがね、辞めちゃったんだよ。", "ja"),
    ],
)
def test_the_fit_rule_accepts_replies_that_fit(said: str, reply: str, lang: str) -> None:
    assert misfits_of_reply(said, reply, lang) == []


def test_the_fit_rule_checks_that_the_move_reacted_to_was_made() -> None:
    assert misfit_of_reaction("summary_relief", "お父様、ですか。", "", [], "ja") == "no_such_move:summary"
    assert misfit_of_reaction("lecture_pushback", "May I go back for a moment? You mentioned the machines.", "", [], "en")
    assert misfit_of_reaction("repeat", "創業はいつですか？", "", ["従業員は何名ですか？"], "ja")
    assert misfit_of_reaction("repeat", "従業員は何名ですか？", "", ["従業員は何名ですか？"], "ja") is None
    assert misfit_of_reaction("lecture_pushback", "まずはホームページを作るべきです。", "", [], "ja") is None


# -- the owners against the development bots -------------------------------------------------------


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("pid", OWNERS)
def test_a_good_trainee_reaches_every_owners_issue_within_30_turns(results: list, pid: str, lang: str) -> None:
    r = next(r for r in pick(results, "good") if (r.persona, r.lang) == (pid, lang))
    assert r.reached and r.reached_turn <= 30, (r.trust, r.reactions)
    assert r.trust_end > r.trust_start


def test_a_pushy_trainee_never_reaches_it_and_loses_trust(results: list) -> None:
    for r in pick(results, "pushy"):
        assert not r.reached, (r.persona, r.lang)
        assert r.trust_end < r.trust_start, (r.persona, r.lang)


def test_no_owner_reply_is_said_twice_in_a_meeting(results: list) -> None:
    for r in results:
        assert r.repeats == 0, (r.persona, r.lang, r.bot)
        assert len(r.replies) == len(set(r.replies))


def test_replies_fit_what_the_good_trainee_said(results: list) -> None:
    good = pick(results, "good")
    turns = sum(r.turns for r in good)
    misfits = [m for r in good for m in r.misfits]
    assert len(misfits) <= turns * 0.02, [(m.rule, m.said, m.reply) for m in misfits]


def test_resistance_holds_no_approving_line_before_trust_is_earned(results: list) -> None:
    """The rule: an owner says a line from ``approving_lines`` only when trust after the move is
    at least ``behaviour.approves_at`` (distrustful founder 55, move-on owner 50 …)."""
    said_some = 0
    for r in results:
        persona = load_persona(r.persona)
        approving = [t for lines in persona.approving_lines.values() for t in lines.get(r.lang)]
        for reply, trust in zip(r.replies, r.trust, strict=True):
            if any(line in reply for line in approving):
                said_some += 1
                assert trust >= persona.behaviour.approves_at, (r.persona, r.lang, trust, reply)
    assert said_some > 0  # the good trainee does earn them


def test_the_same_seed_replays_the_same_meeting() -> None:
    a = play("move_on_owner", "en", 1, BOTS["good"], "good")
    b = play("move_on_owner", "en", 1, BOTS["good"], "good")
    assert a.replies == b.replies and a.trust == b.trust


def test_different_seeds_phrase_the_same_owner_differently() -> None:
    a = play("distrustful_founder", "ja", 0, BOTS["good"], "good")
    b = play("distrustful_founder", "ja", 1, BOTS["good"], "good")
    same = sum(reply in a.replies for reply in b.replies)
    assert same < len(b.replies) / 2


def test_the_table_and_the_benchmark_script(results: list) -> None:
    table = format_table(results)
    assert "| distrustful_founder | ja | good |" in table and "- good/ja: reached" in table
    out = subprocess.run(
        [sys.executable, "benchmarks/playtest.py", "--seeds", "1", "--owners", "family_values_owner",
         "--langs", "en", "--bots", "simulator.playtest.bots_mine"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )
    assert out.returncode == 0, out.stderr
    assert "| family_values_owner | en | good |" in out.stdout


def test_a_module_without_bots_is_refused() -> None:
    with pytest.raises(ValueError, match="BOTS"):
        load_bots("simulator.playtest.table")
