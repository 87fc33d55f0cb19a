"""Round 13, second wave (en13b): owners answer what was asked.

- A first turn that asks something the owner can answer outside his answer topics is met with
  his greeting AND the answer in the same reply (r13a: 4 of 10 first questions got the greeting
  only, in both languages): an open question on the company with his introduction, a figure he
  does not have with an honest "can't say offhand"; a turn that asks nothing, a request for next
  time, or a question with nothing of his to answer it keeps the greeting alone; a question on
  one of his answer topics is answered plainly, as before.
"""

from __future__ import annotations

import pytest

from simulator import open_session
from simulator.datafiles import load_persona
from simulator.persona import Reaction
from simulator.voice.offline import as_written


def meeting(pid: str, lines: list[str], lang: str = "en", seed: int = 0) -> list:
    session = open_session(pid, lang, seed=seed, store=None)
    return [session.say(line) for line in lines]


def greeted(pid: str, lang: str, reply: str) -> bool:
    return any(reply.startswith(line) for line in load_persona(pid).lines[Reaction.GREETING].get(lang))


def intro(pid: str, lang: str) -> list[str]:
    """His introduction's wordings, without the first letter (a lead-in may lower-case it)."""
    persona = load_persona(pid)
    return [t[1:40] for f in persona.facts if f.intro for t in persona.fact_texts(f.id, lang)]


def said_more(pid: str, lang: str, reply: str) -> bool:
    greeting = next(g for g in load_persona(pid).lines[Reaction.GREETING].get(lang) if reply.startswith(g))
    return len(reply) > len(greeting) + 5


# -- the first question is answered with the greeting ---------------------------------------------


@pytest.mark.parametrize(
    ("pid", "lang", "text"),
    [
        ("big_customer_owner", "en", "Good morning, Mr Miura, and thanks for having me over. To start somewhere easy: "
         "how has the company changed since your father's time, as you see it?"),
        ("family_values_owner", "en", "Hello, Mr Hanabusa, what a lovely room. I'm with the chamber. "
         "How would you describe Hanabusado to someone who has never been in?"),
        ("move_on_owner", "ja", "はじめまして、商工会の者です。今日はよろしくお願いします。社長がいま一番頭を悩ませていることって何でしょう？"),
        ("move_on_owner", "en", "Hi, Mr Takemoto, I'm from the chamber. Before anything else, "
         "what's been on your mind most about the business lately?"),
    ],
)
def test_a_first_open_question_gets_the_greeting_and_his_introduction(pid: str, lang: str, text: str) -> None:
    for seed in (0, 1, 2):
        turn = meeting(pid, [text], lang, seed)[0]
        assert turn.reaction != Reaction.GREETING.value, as_written(None, turn.owner_reply)
        assert greeted(pid, lang, as_written(None, turn.owner_reply)), as_written(None, turn.owner_reply)
        assert any(t in as_written(None, turn.owner_reply) for t in intro(pid, lang)), as_written(None, turn.owner_reply)


@pytest.mark.parametrize(
    ("pid", "lang", "text"),
    [
        ("family_values_owner", "ja", "はじめまして。来店客数はここ数年でどれくらい減ってきていますか？"),
        ("family_values_owner", "en", "Hello, Mr Hanabusa. By how much has foot traffic dropped over the last few years?"),
    ],
)
def test_a_first_figure_question_gets_the_greeting_and_an_answer(pid: str, lang: str, text: str) -> None:
    turn = meeting(pid, [text], lang)[0]
    assert turn.reaction == Reaction.ANSWER_CLOSED.value, as_written(None, turn.owner_reply)
    assert greeted(pid, lang, as_written(None, turn.owner_reply)), as_written(None, turn.owner_reply)
    assert said_more(pid, lang, as_written(None, turn.owner_reply)), as_written(None, turn.owner_reply)


def test_a_first_open_question_may_be_answered_with_his_talk_on_it() -> None:
    text = "はじめまして、よろしくお願いします。角田鋼材さんがどういう会社なのか、ざっくり教えてもらえますか？"
    turn = meeting("reluctant_successor", [text], "ja")[0]
    assert greeted("reluctant_successor", "ja", as_written(None, turn.owner_reply)), as_written(None, turn.owner_reply)
    assert said_more("reluctant_successor", "ja", as_written(None, turn.owner_reply)), as_written(None, turn.owner_reply)


@pytest.mark.parametrize(
    ("pid", "lang", "text"),
    [
        # nothing asked: the greeting answers the greeting
        ("big_customer_owner", "en", "Hello, Mr Miura. I'm from the chamber of commerce. Thank you for making the time."),
        ("family_values_owner", "ja", "はじめまして、商工会の者です。本日はよろしくお願いいたします。"),
        # a request for later, not a question to answer now
        ("family_values_owner", "en", "Hello, Mr Hanabusa. Next time, could you bring along a few photos of the old shop?"),
        # a yes/no question with nothing of his to answer it
        ("family_values_owner", "en", "Hello, Mr Hanabusa. Would you mind if I came back next time with a colleague?"),
    ],
)
def test_a_first_turn_that_asks_nothing_now_gets_the_greeting_alone(pid: str, lang: str, text: str) -> None:
    turn = meeting(pid, [text], lang)[0]
    assert turn.reaction == Reaction.GREETING.value, as_written(None, turn.owner_reply)


def test_a_first_question_on_his_answer_topics_is_answered_plainly() -> None:
    turn = meeting("reluctant_successor", ["はじめまして。受注や在庫は、いまどうやって管理されていますか？"], "ja")[0]
    assert turn.reaction == Reaction.ANSWER_CLOSED.value, as_written(None, turn.owner_reply)
    assert not greeted("reluctant_successor", "ja", as_written(None, turn.owner_reply)), as_written(None, turn.owner_reply)


# -- "which part … sits wrong" asks his sense of it, not a fact --------------------------------------


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("You called it 'fine, mostly'. Which part isn't quite fine?", "fact"),  # no feeling verb: a fact
        ("You said it was mostly fine. Which bit of it still bothers you?", "open"),
        ("Which part of the handover doesn't sit well with you?", "open"),
        ("Which side of the Maruei business weighs on you most?", "open"),
        ("Which part of the day do you enjoy?", "open"),
        ("Which part feels heaviest these days?", "open"),
        # negatives: which part, which side as a fact
        ("Which part of the bracket order goes overseas?", "fact"),
        ("Which parts do you stamp for the carmakers?", "fact"),
        ("Which side of the building is the new press on?", "fact"),
        ("Which part didn't you like?", "fact"),  # 'like' stays out: too often a plain choice
    ],
)
def test_which_part_bothers_him_asks_his_view(text: str, form: str) -> None:
    from simulator.wording.asking import form_of, question_sentence

    q = question_sentence(text, "en")
    assert q is not None
    assert form_of(q, "en") == form, text
