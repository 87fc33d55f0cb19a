"""The guard's verbatim check: a reply that quotes a locked fact's own wording is stopped within
a few letters, even where the fact's nouns alone would not give it away; what is public (the
prompt, the owner's lines, the owner's earlier words) never counts."""

from __future__ import annotations

import pytest

from simulator import open_session
from simulator.bots import GoodTrainee
from simulator.datafiles import load_persona
from simulator.session import Partial
from simulator.settings import Settings
from simulator.voice.leaks import LockedFacts, locked_texts
from simulator.voice.prompt import static_prompt
from simulator.voice.verbatim import EN_WORDS, JA_CHARS, CopiedFacts

from .fake_openai import FakeOpenAI, Reply, director_follower

FOUNDER = load_persona("distrustful_founder")
ALONE_EN = FOUNDER.underlying_issue.text.en


def test_the_nouns_alone_miss_a_sentence_that_the_wording_catches() -> None:
    locked = locked_texts(FOUNDER, "ja", ())
    public = [FOUNDER.briefing.ja, static_prompt(FOUNDER, "ja")]  # as on the first turn
    sentence = "ここだけの話だけどね、全部俺が一人で抱え込んでたんだ。"  # the core fact, as said
    assert LockedFacts("ja", locked, public).leaks(sentence) == []  # one noun of it: 一人
    copied = CopiedFacts("ja", locked, public)
    assert [fid for fid, _ in copied.copies(sentence)] == ["founder_carries_it_alone"]


def test_a_copy_is_caught_at_its_eighth_letter_and_not_before() -> None:
    copied = CopiedFacts("ja", locked_texts(FOUNDER, "ja", ()), [FOUNDER.briefing.ja])
    letters = "結局全部俺が一人で抱え込んで"
    assert copied.copies(letters[: JA_CHARS - 1]) == []
    assert copied.copies(letters[:JA_CHARS])
    english = CopiedFacts("en", locked_texts(FOUNDER, "en", ()), [FOUNDER.briefing.en])
    words = ALONE_EN.split()
    assert english.copies(" ".join(words[: EN_WORDS - 1])) == []
    assert english.copies("Well. " + " ".join(words[:EN_WORDS]))


def test_what_is_public_never_counts() -> None:
    earlier = "全部俺が一人で抱え込んでたんだな"  # the owner said it before: no longer news
    copied = CopiedFacts("ja", locked_texts(FOUNDER, "ja", ()), [FOUNDER.briefing.ja, earlier])
    assert copied.copies("いや、全部俺が一人で抱え込んでたんだな。") == []
    # the owner's own lines are public: a model saying one is never stopped
    lines = [line for texts in FOUNDER.lines.values() for line in texts.ja]
    guard_public = CopiedFacts("ja", locked_texts(FOUNDER, "ja", ()), lines)
    assert not any(guard_public.copies(line) for line in lines)


LEAKS = {
    "ja": ("ここだけの話だけどね、全部俺が一人で抱え込んでたんだ。", "抱え込"),
    "en": ("Look, the founder keeps all the figures and all the decisions to himself.",
           "all the figures"),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_reply_quoting_a_locked_fact_shows_a_few_letters_at_most(lang: str) -> None:
    leak, never = LEAKS[lang]
    with FakeOpenAI() as fake:
        fake.script("owner", Reply(text=leak), Reply(text=leak))
        settings = Settings(openai_base_url=fake.base_url, model="owner", judge_enabled=False)
        session = open_session("distrustful_founder", lang, store=None, settings=settings)
        items = list(session.say_stream("それで？" if lang == "ja" else "And then?"))
    shown = [i.text for i in items if isinstance(i, Partial)]
    turn = items[-1]
    assert turn.backend == "offline" and turn.notice  # refused twice: the offline line
    assert shown and not any(never in text for text in shown)
    assert "" in shown  # what had been shown was withdrawn


def test_a_model_that_follows_the_note_is_never_stopped() -> None:
    """No false alarm over whole meetings: a model saying the owner's lines and the facts the
    engine unlocks passes the guard at the first attempt, every turn."""
    for persona_id in ("reluctant_successor", "move_on_owner"):
        with FakeOpenAI() as fake:
            fake.default = director_follower()
            settings = Settings(openai_base_url=fake.base_url, model="owner", judge_enabled=False)
            session = open_session(persona_id, "ja", store=None, settings=settings)
            bot, reply, turns = GoodTrainee("ja"), None, 0
            while not session.finished and turns < 14:
                turn = session.say(bot.next(reply))
                assert turn.backend == "openai", (persona_id, turn.notice)
                reply, turns = turn.owner_reply, turns + 1
            assert len(fake.requests) == turns  # not one retry
            assert any(turn.revealed for turn in session.turns)  # facts were told on the way


def test_fixed_public_texts_count_like_any_public_text() -> None:
    locked = locked_texts(FOUNDER, "ja", ())
    lines = tuple(line for texts in FOUNDER.lines.values() for line in texts.ja)
    apart = CopiedFacts("ja", locked, [FOUNDER.briefing.ja], fixed=lines)
    together = CopiedFacts("ja", locked, [FOUNDER.briefing.ja, *lines])
    assert apart.facts == together.facts
    assert apart.facts != CopiedFacts("ja", locked, [FOUNDER.briefing.ja]).facts  # lines matter
