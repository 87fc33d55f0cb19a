"""No persona's always-sent text (profile, background, voice, example lines) restates a fact:
everything in it reaches the model from turn 0, before the engine unlocks anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.datafiles import load_persona
from simulator.i18n import Text
from simulator.persona import Reaction
from simulator.voice.leaks import LockedFacts, always_sent, locked_texts, restated_facts
from simulator.voice.prompt import static_prompt

PERSONAS = sorted(p.stem for p in (Path(__file__).parent.parent / "personas").glob("*.yaml"))


@pytest.mark.parametrize("persona_id", PERSONAS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_always_sent_field_restates_a_fact(persona_id: str, lang: str) -> None:
    persona = load_persona(persona_id)
    assert restated_facts(persona, lang) == []  # type: ignore[arg-type]
    static = static_prompt(persona, lang)  # type: ignore[arg-type]
    for name, text in always_sent(persona, lang).items():  # type: ignore[arg-type]
        assert text in static, name  # the check covers what the prompt really sends


def test_the_check_catches_the_old_background_of_the_reluctant_successor() -> None:
    persona = load_persona("reluctant_successor")
    old = Text(
        ja="大学卒業後、東京の鉄鋼商社に9年勤務。31歳で家業に入り、営業、常務を経て2年前に社長に就任。父（創業者）は代表取締役会長として社に残っている。",
        en="After university he spent nine years at a steel trading house in Tokyo. He joined the family firm at 31, worked in sales, became managing director, and took over as president two years ago. His father, the founder, stays on as representative chairman.",
    )
    leaky = persona.model_copy(
        update={"owner": persona.owner.model_copy(update={"background": old})}
    )
    for lang in ("ja", "en"):
        found = restated_facts(leaky, lang)  # type: ignore[arg-type]
        assert [(field, fid) for field, fid, _ in found] == [
            ("owner.background", "became_president")
        ]


def test_public_words_do_not_count() -> None:
    persona = load_persona("reluctant_successor")
    # 社長就任2年 and 会長 are in the briefing: the fact's other terms make it distinctive
    facts = LockedFacts("ja", locked_texts(persona, "ja", ()), [persona.briefing.ja])
    assert facts.leaks("2年前に社長になりました。会長は父です。") == []
    assert [f for f, _ in facts.leaks("東京の鉄鋼商社に9年いました。")] == ["became_president"]


def test_the_underlying_issue_is_locked_until_its_fact_is_allowed() -> None:
    persona = load_persona("reluctant_successor")
    assert "underlying_issue" in locked_texts(persona, "ja", ())
    assert "underlying_issue" not in locked_texts(persona, "ja", [persona.underlying_issue.fact])


@pytest.mark.parametrize("persona_id", PERSONAS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_growing_reply_is_judged_as_if_read_whole(persona_id: str, lang: str) -> None:
    """The guard reads a streamed reply's finished sentences once; the verdict at every chunk
    is the one a fresh reading of the whole text gives (and a new reply starts afresh)."""
    persona = load_persona(persona_id)
    locked = locked_texts(persona, lang, ())  # type: ignore[arg-type]
    public = [persona.briefing.get(lang)]  # type: ignore[arg-type]
    first, *rest = locked.values()
    opener = "そうですね。" if lang == "ja" else "Well! "
    reply = opener + persona.lines[Reaction.GREETING].get(lang)[0] + "\n" + first  # type: ignore[arg-type]
    growing = LockedFacts(lang, locked, public)  # type: ignore[arg-type]
    caught = False
    for n in range(1, len(reply) + 1, 3):
        whole = LockedFacts(lang, locked, public).leaks(reply[:n])  # type: ignore[arg-type]
        assert growing.leaks(reply[:n]) == whole, reply[:n]
        caught = caught or bool(whole)
    assert caught  # the fact's own text is caught on the way
    other = rest[0] if rest else first
    assert growing.leaks(other) == LockedFacts(lang, locked, public).leaks(other)  # type: ignore[arg-type]
