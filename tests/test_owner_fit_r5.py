"""Owner replies found in playtest r5 and the lead's probes (main a93f90c/c123887): another
person's age answered with the owner's, the successor's own history answered with "ask the
chairman", 「社長になられて何年」 not read as the tenure question. Persona data, not code.
The staff-age test guards round 4's fix; the others fail on c123887."""

from __future__ import annotations

import re

import pytest

from simulator.datafiles import persona_ids
from simulator.session import open_session


def reply(pid: str, lang: str, question: str, seed: int = 3) -> str:
    s = open_session(pid, lang=lang, seed=seed, store=None)
    s.say("こんにちは。本日はよろしくお願いします。" if lang == "ja" else "Hello, thank you for your time.")
    return s.say(question).owner_reply


@pytest.mark.parametrize(
    ("lang", "question", "wrong", "right"),
    [
        ("ja", "お父様は今おいくつですか？", "38", "70"),
        ("en", "How old is your father now?", "Thirty-eight", "seventy"),
    ],
)
def test_the_fathers_age_is_not_the_owners(lang: str, question: str, wrong: str, right: str) -> None:
    got = reply("reluctant_successor", lang, question)
    assert wrong not in got and right in got, got


@pytest.mark.parametrize(
    ("lang", "question", "right"),
    [("ja", "会社に入られたのはいつ頃ですか？", "31"), ("en", "When did you join the company?", "thirty-one")],
)
def test_the_successor_knows_when_he_joined(lang: str, question: str, right: str) -> None:
    got = reply("reluctant_successor", lang, question)
    assert right in got and "会長に聞いて" not in got, got


@pytest.mark.parametrize("pid", persona_ids())
def test_shacho_ni_narare_te_nannen_is_the_tenure_question(pid: str) -> None:
    got = reply(pid, "ja", "社長になられて何年ですか？")
    assert re.search(r"[0-9０-９一二三四五六七八九十]+年", got), (pid, got)


@pytest.mark.parametrize("pid", persona_ids())
def test_the_staffs_average_age_is_not_the_owners(pid: str) -> None:
    own = reply(pid, "ja", "社長はおいくつですか？")
    staff = reply(pid, "ja", "社員の平均年齢はおいくつですか？")
    assert own != staff and ("代" in staff or "若い" in staff or "平均" in staff), (pid, staff)
