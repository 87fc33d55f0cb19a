"""Owners answer what was asked: closed and factual questions get the persona's own answer
(the figure, an in-character refusal, or an honest "I don't know"), never a bare yes/no and
never another fact's answer. Driven through the public API with the real analyser."""

from __future__ import annotations

import pytest

from simulator import open_session, persona_ids
from simulator.datafiles import load_persona
from simulator.persona import Persona, Stance
from simulator.playtest.fit import is_yes_no, misfits_of_reply, sentences
from simulator.voice.offline import as_written

OWNERS = persona_ids()
GREETING = {
    "ja": "本日はお時間をいただきありがとうございます。",
    "en": "Thank you for making time for me today.",
}
# (question, the answer topic it asks about): twelve common closed questions per language
CLOSED = {
    "ja": [
        ("従業員は何名いらっしゃいますか？", "staff"),
        ("創業は何年ですか？", "founded"),
        ("年商はどのくらいですか？", "sales"),
        ("主な取引先はどちらですか？", "customers"),
        ("決算書を見せていただけますか？", "accounts"),
        ("社長に就任されて何年になりますか？", "tenure"),
        ("社長は何代目でいらっしゃいますか？", "generation"),
        ("役員会は何名でやっているんですか？", "board"),
        ("主力の商品は何ですか？", "products"),
        ("後継者はいらっしゃいますか？", "successor"),
        ("利益は出ていますか？", "profit"),
        ("拠点はどちらにありますか？", "location"),
    ],
    "en": [
        ("How many employees do you have?", "staff"),
        ("When was the company founded?", "founded"),
        ("What are your annual sales?", "sales"),
        ("Who are your main customers?", "customers"),
        ("Could I see your financial statements?", "accounts"),
        ("How long have you been president?", "tenure"),
        ("Which generation of the family are you?", "generation"),
        ("How many people sit on your board?", "board"),
        ("What are your main products?", "products"),
        ("Do you have a successor?", "successor"),
        ("Are you making a profit?", "profit"),
        ("Where are you based?", "location"),
    ],
}


def said_texts(persona: Persona, topic: str, lang: str) -> list[str]:
    """What the owner may say to a question on ``topic``: its texts, its guarded refusal, or
    the fact that tells it at length."""
    a = persona.answer(topic)
    texts = list(a.text.get(lang)) + (list(a.guarded.get(lang)) if a.guarded else [])
    if a.fact:
        texts.append(persona.fact(a.fact).text.get(lang))
    return texts


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("pid", OWNERS)
def test_closed_questions_are_answered_in_kind(pid: str, lang: str) -> None:
    persona = load_persona(pid)
    for question, topic in CLOSED[lang]:
        session = open_session(pid, lang, store=None)
        session.say(GREETING[lang])
        turn = session.say(question)
        reply = as_written(None, turn.owner_reply)
        first = sentences(reply, lang)[0]
        assert not is_yes_no(first, lang), (question, reply)
        assert misfits_of_reply(question, reply, lang, turn.reaction) == [], (question, reply)
        assert any(t in reply for t in said_texts(persona, topic, lang)), (question, reply)
        mine = said_texts(persona, topic, lang)
        others = [a.id for a in persona.answers.topics if a.id != topic]  # type: ignore[union-attr]
        for other in others:  # never another topic's answer
            theirs = [t for t in persona.answer(other).text.get(lang) if not any(t in m for m in mine)]
            assert not any(t in reply for t in theirs), (question, other, reply)


@pytest.mark.parametrize("pid", OWNERS)
def test_the_accounts_are_refused_or_deferred_in_character(pid: str) -> None:
    persona = load_persona(pid)
    accounts = persona.answer("accounts")
    assert accounts.stance in (Stance.REFUSE, Stance.UNKNOWN)
    session = open_session(pid, "ja", store=None)
    session.say(GREETING["ja"])
    reply = as_written(None, session.say("決算書を見せていただけますか？").owner_reply)
    assert any(t in reply for t in accounts.text.ja)


def test_a_guarded_owner_keeps_the_sales_figure_until_trust_is_earned() -> None:
    persona = load_persona("distrustful_founder")
    sales = persona.answer("sales")
    assert sales.open_at is not None and sales.guarded is not None
    session = open_session("distrustful_founder", "ja", store=None)
    session.say(GREETING["ja"])
    reply = as_written(None, session.say("年商はどのくらいですか？").owner_reply)
    assert session.trust < sales.open_at
    assert any(t in reply for t in sales.guarded.ja)
    assert not any(t in reply for t in sales.text.ja)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_factual_question_outside_the_answers_gets_an_honest_dont_know(lang: str) -> None:
    persona = load_persona("reluctant_successor")
    session = open_session("reluctant_successor", lang, store=None)
    session.say(GREETING[lang])
    question = "倉庫にはフォークリフトが何台ありますか？" if lang == "ja" else "How many forklifts are in the warehouse?"
    reply = as_written(None, session.say(question).owner_reply)
    assert any(t in reply for t in persona.answers.unknown.get(lang)), reply  # type: ignore[union-attr]


def test_the_presidency_question_is_not_answered_with_the_founding_year() -> None:
    for pid in OWNERS:
        persona = load_persona(pid)
        session = open_session(pid, "ja", store=None)
        session.say(GREETING["ja"])
        reply = as_written(None, session.say("社長に就任されて何年になりますか？").owner_reply)
        assert not any(t in reply for t in persona.answer("founded").text.ja), (pid, reply)
        assert "創業は" not in sentences(reply, "ja")[0]


def test_asking_the_same_fact_again_is_a_repeat_the_owner_notices() -> None:
    session = open_session("family_values_owner", "ja", store=None)
    session.say(GREETING["ja"])
    first = session.say("従業員は何名いらっしゃいますか？")
    other = session.say("お店のことで、一番大切にされていることは何ですか？")
    again = session.say("従業員の方は何人いらっしゃるんですか？")
    assert first.reaction == "answer_closed" and not other.reaction.startswith("repeat")
    assert again.reaction.startswith("repeat") and again.trust_delta < 0
