"""A live session's report reuses the analysis the session made of each turn (perf11): the
report is the same as when every turn is analysed again, and a turn is analysed again only
where the report would read a different text or context (a clipped utterance)."""

from __future__ import annotations

import pytest

import simulator.analysis as analysis_module
from simulator import open_session
from simulator.acts import Utterance
from simulator.reporting import build_report
from simulator.scoring import score_conversation
from simulator.scoring.text import HEAD_CHARS, TAIL_CHARS

JA_TURNS = [
    "本日はお時間をいただき、ありがとうございます。",
    "差し支えなければ、いまの事業のことから伺えますか？",
    "そうだったんですね。その頃、一番大変だったのはどんなことでしたか？",
    "ここまで伺ったことを少しまとめてもいいですか。",
]
EN_TURNS = [
    "Thanks for making the time to see me today.",
    "Could you tell me a little about how the business runs these days?",
    "That sounds like a lot to carry. What has been the hardest part?",
    "Let me check I have understood you so far.",
]


def _played(persona: str, lang: str, turns: list[str]):
    session = open_session(persona, lang, seed=3, store=None)
    for text in turns:
        if session.finished:
            break
        session.say(text)
    return session


@pytest.mark.parametrize(("persona", "lang", "turns"), [
    ("distrustful_founder", "ja", JA_TURNS),
    ("move_on_owner", "en", EN_TURNS),
])
def test_report_with_the_sessions_analyses_is_the_report_without_them(persona, lang, turns):
    session = _played(persona, lang, turns)
    assert session.analyses  # the session kept what it analysed
    reused = build_report(session.persona, lang, session.state, session.turns, session.history, session.analyses)
    fresh = build_report(session.persona, lang, session.state, session.turns, session.history)
    assert reused.model_dump() == fresh.model_dump()
    assert session.report().model_dump() == fresh.model_dump()


def test_known_turns_are_not_analysed_again(monkeypatch):
    session = _played("distrustful_founder", "ja", JA_TURNS)
    calls: list[str] = []
    real = analysis_module.analyse

    def counting(text, *args, **kwargs):
        calls.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(analysis_module, "analyse", counting)
    session.report()
    assert calls == []


def test_a_clipped_turn_is_analysed_again(monkeypatch):
    """The report clips a very long utterance before analysing it: the session's analysis of
    the whole text is not the report's, so that turn (only) is analysed again."""
    long = "売上のことで少しお話しさせてください。" * ((HEAD_CHARS + TAIL_CHARS + 400) // 18)
    history = [
        Utterance(speaker="trainee", text="本日はよろしくお願いいたします。"),
        Utterance(speaker="owner", text="ああ、よろしく。で、何の用件かな。"),
        Utterance(speaker="trainee", text=long),
        Utterance(speaker="owner", text="話が長いな。"),
    ]
    real = analysis_module.analyse
    known = {0: real(history[0].text, [], "ja"), 2: real(long, history[:2], "ja")}
    calls: list[str] = []

    def counting(text, *args, **kwargs):
        calls.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(analysis_module, "analyse", counting)
    reused = score_conversation(history, "ja", analyses=known)
    monkeypatch.undo()
    assert len(calls) == 1 and calls[0] != long and calls[0].startswith(long[:HEAD_CHARS])
    assert reused.model_dump() == score_conversation(history, "ja").model_dump()
