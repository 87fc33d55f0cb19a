"""Owner replies that answer what was asked (blind playtests r7a/r7b, issue 9), class 1:

the company introduction (a fact with no topic, 「うちは鋼材の卸と…」) is said at the start or when
the business is asked about, never as the answer to a question on something else; a question on
his typical day gets his day, "what makes it hard?" asks a cause (not what the company makes),
and 「どんなときに感じられますか」 asks a feeling. Japanese and English; the sentences are new ones
in the spirit of the playtests; each test fails on main f55ea6a."""

from __future__ import annotations

import pytest

from simulator.datafiles import load_persona
from simulator.session import open_session
from simulator.voice.offline import as_written
from simulator.wording.asking import ask_kind, find_topic

HELLO = {
    "ja": "こんにちは。本日はお時間をいただきありがとうございます。",
    "en": "Hello, thank you for making time for me today.",
}
INTRO_OWNERS = {"reluctant_successor": "business_overview", "family_values_owner": "shop_history"}
# questions on something other than the business, after a kind give-back
OTHER_QUESTIONS = {
    "ja": [
        "ご丁寧にありがとうございます。お忙しい毎日なんですね。その中で、ほっとできるのはどんな時間ですか。",
        "なるほど、いろいろ抱えていらっしゃるんですね。その中で、今いちばん時間を取られているのは何でしょう。",
    ],
    "en": [
        "Thank you, that's kind of you. It sounds like a full week. In all that, when do you get a moment to breathe?",
        "I see, you carry quite a lot. Of all of it, what takes the most of your time right now?",
    ],
}


@pytest.mark.parametrize(("owner", "lang"), [(o, lang) for o in INTRO_OWNERS for lang in ("ja", "en")])
def test_the_company_intro_answers_no_other_question(owner: str, lang: str) -> None:
    intro = load_persona(owner).fact(INTRO_OWNERS[owner]).text.get(lang)
    assert intro
    for seed in (3, 4, 5):
        for question in OTHER_QUESTIONS[lang]:
            session = open_session(owner, lang=lang, seed=seed, store=None)
            session.say(HELLO[lang])
            reply = as_written(None, session.say(question).owner_reply)
            assert intro[:25] not in reply, (question, reply)


DAY = {
    "ja": "お忙しいんですね。社長は普段、どんなふうに一日を過ごされているんですか。",
    "en": "Sounds busy. What does your day usually look like, day to day?",
}


@pytest.mark.parametrize(("owner", "lang"), [(o, lang) for o in ("reluctant_successor", "move_on_owner") for lang in ("ja", "en")])
def test_a_question_on_his_day_gets_his_day(owner: str, lang: str) -> None:
    persona = load_persona(owner)
    day = next(o for o in persona.open_answers if o.id == "daily").text.get(lang)
    assert day
    for seed in (0, 1):
        session = open_session(owner, lang=lang, seed=seed, store=None)
        session.say(HELLO[lang])
        reply = as_written(None, session.say(DAY[lang]).owner_reply)
        assert any(t[-30:] in reply for t in day), reply


CAUSE = [
    "You paused there. What makes that one hard to put into words?",
    "What is it that makes you hesitate, would you say?",
]


def test_what_makes_it_hard_names_no_answer_topic() -> None:
    for owner in ("big_customer_owner", "distrustful_founder", "move_on_owner"):
        persona = load_persona(owner)
        for question in CAUSE:
            assert find_topic(persona, question, "en") is None, (owner, question)
        assert find_topic(persona, "What do you make here, mainly?", "en") is not None, owner


def test_what_makes_it_hard_is_not_answered_with_his_products() -> None:
    owner = "distrustful_founder"
    persona = load_persona(owner)
    assert persona.answers is not None
    products = next(t for t in persona.answers.topics if t.id == "products").text.get("en")
    for question in CAUSE:
        session = open_session(owner, lang="en", seed=2, store=None)
        session.say(HELLO["en"])
        reply = as_written(None, session.say(question).owner_reply)
        assert not any(p in reply for p in products), (question, reply)


@pytest.mark.parametrize(
    "text",
    [
        "その「落ち着かない」というのは、どんなときに一番感じられますか。",
        "同じことの繰り返しの毎日を、社長はどう感じていらっしゃいますか。",
        "その実感のなさは、どんなときに強くなりますか。",
    ],
)
def test_a_question_on_when_he_feels_it_asks_a_feeling(text: str) -> None:
    # r12: a moment asked (「どんなときに一番感じられますか」) is answered by his scene lines
    assert ask_kind(text, "ja") in ("feeling", "scene")


def test_what_comes_up_asks_a_feeling() -> None:
    assert ask_kind("And if you do let yourself think about it, what comes up for you?", "en") == "feeling"
