"""Round 13 (issue 9): the LLM voice is told what the supporter's question asked for, as the
engine decided it (cause / scene / feeling / fact / …), and to answer only that — as data the
engine passes, never a locked fact. Checked on the requests the real ``openai`` client sends to
the fake OpenAI-compatible server on 127.0.0.1.

Every trainee sentence here is new (not copied from the playtests)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from simulator import open_session
from simulator.datafiles import load_persona
from simulator.engine.state import ReplyIntent
from simulator.persona import Reaction, Stage
from simulator.settings import Settings
from simulator.voice.leaks import locked_texts
from simulator.voice.prompt import ANSWER_ONLY, ASK_GUIDE, ask_note
from simulator.wording.asking import ask_kind

from .fake_openai import FakeOpenAI, obliging_owner
from .test_llm_prompt import owner_lines

# (trainee turn, the kind the engine decides)
TURNS = [
    ("はじめまして。商工会から参りました、木下と申します。今日は社長のお話を伺いに来ました。", "none"),
    ("こちらでは、今、何人くらいの方が働いていらっしゃるんですか？", "fact"),
    ("朝は何時ごろから工場を開けていらっしゃいますか？", "fact"),
    ("そういう忙しさを、社長ご自身はどう感じていらっしゃいますか？", "feeling"),
    ("そう感じるのは、一日のうちでどんなときが多いですか？", "scene"),
    ("そもそも、なぜそこまで一人で抱えることになったんでしょう？", "cause"),
    ("なるほど、よく分かりました。", "none"),
]


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        *TURNS,
        ("焦りを感じるのは、仕事の中でどんな場面でしょう？", "scene"),
        ("そう感じるのは、どんな理由からだと思われますか？", "cause"),  # a reason, not a moment
        ("寂しいと感じるのは、どうしてでしょう？", "cause"),
    ],
)
def test_the_engine_decides_the_kinds_these_turns_ask(text: str, kind: str) -> None:
    assert ask_kind(text, "ja") == kind, text


def test_the_note_carries_the_question_kind_and_answer_only_what_was_asked(fake: FakeOpenAI) -> None:
    persona = load_persona("distrustful_founder")
    fake.default = obliging_owner(owner_lines(persona))
    session = open_session(
        persona, "ja", seed=3, store=None,
        settings=Settings(openai_base_url=fake.base_url, model="m", judge_enabled=False),
    )
    for i, (text, kind) in enumerate(TURNS):
        turn = session.say(text)
        assert turn.backend == "openai", turn.notice
        request = fake.requests[i]
        note = request.messages[-1]["content"]
        assert note.startswith("Director's note")
        if kind == "none":
            assert "asked you no question" in note
            assert ANSWER_ONLY not in note
        else:
            assert f"asks for {ASK_GUIDE[kind]}" in note, (text, note)
            assert ANSWER_ONLY in note
            others = [g for k, g in ASK_GUIDE.items() if k != kind]
            assert not any(g in note for g in others)  # one kind a turn, the engine's
        # the kind is passed as words about the question, never as a fact still locked
        locked = locked_texts(persona, "ja", session.state.disclosed)
        everything = "\n".join(str(m["content"]) for m in request.messages)
        assert not [k for k, t in locked.items() if t in everything]
        if session.finished:
            break


def test_the_ask_note_carries_no_persona_text() -> None:
    """Negative case: the guide lines are the same for every owner (no fact, line or name)."""
    for kind in [*ASK_GUIDE, "none"]:
        intent = ReplyIntent(reaction=Reaction.ANSWER_OPEN, trust=40, trust_delta=0, stage=Stage(1), ask_kind=kind)
        note = ask_note(intent)
        for pid in ("distrustful_founder", "big_customer_owner", "family_values_owner"):
            persona = load_persona(pid)
            for lang in ("ja", "en"):
                assert persona.owner.name.get(lang) not in note
                assert not any(f.text.get(lang)[:12] in note for f in persona.facts)


def test_a_scene_question_answered_from_the_peak_lines_is_voiced_by_the_model(fake: FakeOpenAI) -> None:
    """The peak kind 'scene' has a guide line: the LLM voice no longer fails (KeyError) and falls
    back to the offline realiser on 「どんなときに…」 questions."""
    persona = load_persona("big_customer_owner")
    fake.default = obliging_owner(owner_lines(persona))
    session = open_session(
        persona, "ja", seed=1, store=None,
        settings=Settings(openai_base_url=fake.base_url, model="m", judge_enabled=False),
    )
    turns = [
        "はじめまして。商工会から参りました。今日は社長のお話を伺えればと思っています。",
        "この工場では、どんなものを作っていらっしゃるんですか？",
        "長く続けてこられた中で、社長ご自身はどう感じていらっしゃいますか？",
        "そう感じるのは、一週間のうちでどんなときが多いですか？",
    ]
    for text in turns:
        turn = session.say(text)
        assert turn.backend == "openai", (text, turn.notice)
