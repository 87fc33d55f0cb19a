"""The owner answers the question asked, in English as in Japanese (issue 10).

1. A question on a cause or an obstacle ("what keeps …", "what's getting in the way", "where
   does it slip away", 「何が妨げに」「どこで止まって」) is neither a feeling question nor an
   invitation to chat about his staff: with no fact to answer it he gives an honest, partial
   guess from his own ``peak.cause`` lines (a fact he volunteers still may answer it: talk9 and
   this round's blind bots both found that withholding it leaves good trainees unanswered).
2. A yes/no question on how his customers are spread (「一社に偏って」 / "rely on one customer")
   is answered in kind (his share), not with a non-answer.
3. The staff small talk (「昼は野球の話」) does not answer a question on staff leaving or staying.

All sentences here are new (not the playtest's or the lead's).
"""

from __future__ import annotations

import pytest

from simulator.acts import Act, Analysis, Features
from simulator.datafiles import load_persona, persona_ids
from simulator.engine import EngineState, PersonaEngine
from simulator.engine.open_talk import open_topic
from simulator.persona import Persona
from simulator.wording.asking import ask_kind, find_topic


def mk(text: str, *acts: Act, lang: str = "ja") -> Analysis:
    return Analysis(text=text, lang=lang, acts=list(acts) or [Act.OTHER], features=Features(content_words=[]))


def state(p: Persona, lang: str, *, turn: int, trust: float, disclosed: list[str] | None = None) -> EngineState:
    s = EngineState.initial(p, lang)
    s.turn, s.trust, s.disclosed = turn, trust, list(disclosed or [])
    return s


# -- 1. cause and obstacle questions ------------------------------------------------------------

CAUSE = {
    "en": [
        "What do you reckon keeps the new hires from sticking it out?",
        "What's really getting in the way of that plan, would you say?",
        "Where do you think the time slips away?",
        "Where would you say the know-how leaks out of the shop?",
        "Why is it, do you think, that the orders come in such waves?",
    ],
    "ja": [
        "若い方が続かないのは、なぜだと思われますか？",
        "その計画の一番の妨げになっているのは、何でしょうか？",
        "どこで話が止まってしまうんでしょうか。",
    ],
}
NOT_CAUSE = {
    "en": {
        "How do you feel when a customer cancels at the last minute?": "feeling",
        "What would the shop look like in ten years, ideally?": "future",
        "How many machines run on the night shift?": "fact",
        "Do you still quote every job yourself?": "polar",
    },
    "ja": {
        "お客さんに急に断られたとき、どんなお気持ちでしたか？": "feeling",
        "十年後、会社はどうなっていたらいいと思われますか？": "future",
        "機械は何台ありますか？": "fact",
    },
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_cause_or_obstacle_question_is_a_cause_question(lang: str) -> None:
    for q in CAUSE[lang]:
        assert ask_kind(q, lang) == "cause", q
    for q, kind in NOT_CAUSE[lang].items():  # negatives: feelings, the future, facts stay as they were
        assert ask_kind(q, lang) == kind, q


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("pid", persona_ids())
def test_every_owner_has_his_own_partial_answers_to_a_why(pid: str, lang: str) -> None:
    p = load_persona(pid)
    assert p.peak is not None and 2 <= len(p.peak.get("cause", lang)) <= 4
    feelings = set(p.peak.get("feeling", lang))
    assert not feelings & set(p.peak.get("cause", lang))


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_cause_question_no_fact_answers_gets_a_partial_guess_not_a_feeling_or_small_talk(lang: str) -> None:
    p = load_persona("distrustful_founder")
    q = {"en": "Where do you think the time slips away?", "ja": "どこで話が止まってしまうんでしょうか。"}[lang]
    s = state(p, lang, turn=6, trust=45, disclosed=[f.id for f in p.facts if f.intro])
    _, intent = PersonaEngine(p).step(s, mk(q, Act.OPEN_QUESTION, lang=lang))
    assert intent.ask_kind == "cause"
    assert intent.peak in ("cause", None) and intent.peak != "feeling", intent.reasons
    assert intent.open_topic is None, intent.open_topic


def test_a_feeling_question_still_gets_his_feeling_lines() -> None:
    p = load_persona("distrustful_founder")
    s = state(p, "en", turn=6, trust=45, disclosed=[f.id for f in p.facts if f.intro])
    q = "Running the place on your own all these years, how does that sit with you, how do you feel?"
    _, intent = PersonaEngine(p).step(s, mk(q, Act.OPEN_QUESTION, lang="en"))
    assert intent.ask_kind == "feeling"


# -- 2. a yes/no question on how his customers are spread ---------------------------------------

SPREAD = {
    "ja": ["売上は一つのお客さんに偏っているんでしょうか？", "今は丸栄さんに頼っている形ですか？"],
    "en": ["Do you lean on one customer for most of the work?", "Is the business concentrated in a single customer?"],
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_yes_no_on_one_big_customer_is_answered_in_kind(lang: str) -> None:
    p = load_persona("big_customer_owner")
    for q in SPREAD[lang]:
        topic = find_topic(p, q, lang)
        assert topic is not None and topic.id == "customer_share", (q, topic and topic.id)
    # negatives: who the customers are, and the total sales, keep their own answers
    who = {"ja": "主なお客さんはどちらですか？", "en": "Who are your main customers?"}[lang]
    topic = find_topic(p, who, lang)
    assert topic is not None and topic.id == "customers"
    plain = {"ja": "年商はどのくらいですか？", "en": "What are your yearly sales, roughly?"}[lang]
    topic = find_topic(p, plain, lang)
    assert topic is not None and topic.id == "sales"


# -- 3. staff small talk is not the answer to staff leaving -------------------------------------

LEAVING = {
    "en": "When your younger staff quit, what do they tend to tell you?",
    "ja": "若い社員さんが辞めていくとき、どんなことを言って出て行かれますか？",
}
CHAT = {
    "en": "What are your staff like to work with?",
    "ja": "社員の皆さんは、どんな方たちですか？",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("pid", persona_ids())
def test_staff_small_talk_does_not_answer_a_question_on_staff_leaving(pid: str, lang: str) -> None:
    p = load_persona(pid)
    chat = open_topic(p, CHAT[lang], lang)
    assert chat is not None  # negative: a question on his people still gets talk on them
    found = open_topic(p, LEAVING[lang], lang)
    assert found is None or found.id != chat.id, found


# -- 4. a first question on how the company began is answered, not only greeted -----------------


@pytest.mark.parametrize("pid", persona_ids())
def test_a_question_on_how_the_company_began_names_its_founding(pid: str) -> None:
    p = load_persona(pid)
    ja = "はじめまして。まずは会社の成り立ちから伺えますか。"
    en = "Nice to meet you. Could you tell me how it all started?"
    for q, lang in ((ja, "ja"), (en, "en")):
        topic = find_topic(p, q, lang)
        assert topic is not None and topic.id == "founded", (pid, q, topic and topic.id)
    # negative: a request about taking over the company is not a founding-year question
    other = find_topic(p, "会社を継がれた経緯を教えてください。", "ja")
    assert other is None or other.id != "founded"
