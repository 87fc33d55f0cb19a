"""Round r3 of the blind instructor playtest (issue 9): owners that hold up against an
unscripted trainee — talk on an open question's topic, no walk-out before ``min_turns``, a
premature diagnosis withdrawn from, no postponing a topic the owner raised, no back-reference
in the first reply, a brief honest answer passes a knowledge test, nothing disclosed after
the close, and every persona's equivalent issue facts."""

from __future__ import annotations

import re

import pytest

from simulator.datafiles import load_persona
from simulator.engine import EngineState, PersonaEngine
from simulator.persona import Reaction
from simulator.session import open_session
from simulator.voice import offline

OWNERS = ["big_customer_owner", "distrustful_founder", "family_values_owner", "move_on_owner", "reluctant_successor"]
HELLO = {
    "ja": "本日はお時間をいただきありがとうございます。よろしくお願いいたします。",
    "en": "Thank you for your time today. I'm glad to meet you.",
}


def _open_texts(persona_id: str, topic: str, lang: str) -> list[str]:
    persona = load_persona(persona_id)
    return next(o.text.get(lang) for o in persona.open_answers if o.id == topic)  # type: ignore[arg-type]


# 1. an open question on a concrete topic gets talk on that topic
OPEN_CASES = [
    ("reluctant_successor", "ja", "社長に就任されてからの2年間を振り返って、いかがでしたか？", "two_years"),
    ("reluctant_successor", "en", "Looking back on your two years as president, how has it been?", "two_years"),
    ("reluctant_successor", "ja", "最近の受注の様子はいかがですか？", "orders"),
    ("big_customer_owner", "ja", "最近の受注の様子はいかがですか？", "orders"),
    ("big_customer_owner", "en", "How have orders been lately?", "orders"),
    ("family_values_owner", "ja", "職人さんたちとはどんな話をされますか？", "craftsmen"),
    ("family_values_owner", "en", "What do you talk about with your confectioners?", "craftsmen"),
    ("distrustful_founder", "ja", "職人さんたちとはどんな話をされますか？", "craftsmen"),
    ("move_on_owner", "ja", "社長になられてから、振り返ってみていかがでしたか？", "presidency"),
    ("move_on_owner", "en", "How have orders been lately?", "orders"),
]


@pytest.mark.parametrize(("owner", "lang", "question", "topic"), OPEN_CASES)
def test_an_open_question_on_a_topic_is_answered_on_it(owner: str, lang: str, question: str, topic: str) -> None:
    for seed in (0, 1):
        session = open_session(owner, lang=lang, seed=seed, store=None)
        session.say(HELLO[lang])
        turn = session.say(question)
        reply = turn.owner_reply.lower()
        assert any(t[-40:].lower() in reply for t in _open_texts(owner, topic, lang)), turn.owner_reply
        assert turn.revealed == []


def test_every_shipped_owner_has_open_answers_in_both_languages() -> None:
    for owner in OWNERS:
        persona = load_persona(owner)
        assert len(persona.open_answers) >= 5
        for o in persona.open_answers:
            assert o.text.ja and o.text.en and o.keywords.ja and o.keywords.en


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("従業員は何名ですか？", "ja", "fact"),
        ("最近の受注の様子はいかがですか？", "ja", "open"),
        ("そのとき、どんなお気持ちでしたか？", "ja", "feeling"),
        ("十年後、どうなっていたらいいと思われますか？", "ja", "future"),
        ("How did that feel?", "en", "feeling"),
        ("Where would you like the company to be in ten years' time?", "en", "future"),
        ("What do you make of that?", "en", "opinion"),
        ("That must have been hard.", "en", "none"),
    ],
)
def test_ask_kind_is_carried_on_the_intent(text: str, lang: str, kind: str) -> None:
    from simulator.wording.asking import ask_kind

    assert ask_kind(text, lang) == kind
    persona = load_persona("big_customer_owner")
    session = open_session("big_customer_owner", lang=lang, seed=0, store=None)
    session.say(HELLO[lang])
    from simulator.analysis import analyse

    _, intent = PersonaEngine(persona).step(session.state, analyse(text, session.history, lang))
    assert intent.ask_kind == kind


# 2. a beginner is not ejected before min_turns
BEGINNER = {
    "ja": ["こんにちは。", "従業員は何名ですか？", "売上はどのくらいですか？", "社長の今一番の悩みは何ですか？",
           "本当は後継者がいなくて困っているんですよね？", "利益は出ていますか？", "決算書を見せていただけますか？",
           "取引先は何社ですか？", "借入はありますか？"],
    "en": ["Hello.", "How many employees do you have?", "What are your sales?", "What's your biggest worry right now?",
           "You don't have a successor and that's the real problem, isn't it?", "Are you making a profit?",
           "Can I see your financial statements?", "How many customers do you have?", "Do you have any loans?"],
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("owner", ["distrustful_founder", "reluctant_successor", "move_on_owner"])
def test_a_beginner_is_not_ejected_before_min_turns(owner: str, lang: str) -> None:
    persona = load_persona(owner)
    assert persona.behaviour.min_turns == 8
    for seed in (0, 1, 2):
        session = open_session(owner, lang=lang, seed=seed, store=None)
        for i, line in enumerate(BEGINNER[lang][: persona.behaviour.min_turns - 1], start=1):
            turn = session.say(line)
            assert not session.finished, (seed, i, turn.owner_reply)
            assert turn.reaction != Reaction.END_EARLY.value


# 3. a premature diagnosis: the owner withdraws, no relief
@pytest.mark.parametrize(
    ("owner", "lang", "setup", "diagnosis"),
    [
        ("family_values_owner", "ja", "職人さんのことで、何か気になっていることはありますか？", "つまり原因は社員の意識ですね。"),
        ("big_customer_owner", "ja", "丸栄さんとのお付き合いについて、もう少し伺えますか？", "要するに、問題は丸栄さんに頼りすぎていることなんですよね。"),
        ("move_on_owner", "en", "Could you tell me more about the supermarket?", "So the real problem is your pricing."),
        ("reluctant_successor", "en", "What is the work like these days?", "Frankly, the real issue is that you never stand up to the chairman."),
    ],
)
def test_a_premature_diagnosis_makes_the_owner_withdraw(owner: str, lang: str, setup: str, diagnosis: str) -> None:
    session = open_session(owner, lang=lang, seed=0, store=None)
    session.say(HELLO[lang])
    session.say(setup)
    before = session.trust
    turn = session.say(diagnosis)
    assert turn.reaction.split("+")[0] == Reaction.WITHDRAW.value, turn.owner_reply
    assert turn.revealed == [] and session.trust < before


# 4. never postpone a topic the owner raised himself
@pytest.mark.parametrize(("owner", "lang"), [(o, lang) for o in OWNERS for lang in ("ja", "en")])
def test_a_topic_the_owner_raised_is_never_postponed(owner: str, lang: str) -> None:
    persona = load_persona(owner)
    engine = PersonaEngine(persona)
    from simulator.analysis import analyse

    core = next(f for f in persona.facts if f.depth.value == "core" and f.unlock.topics)
    word = next(w for w in core.unlock.topics.get(lang) if len(w) >= 2)  # type: ignore[union-attr]
    question = f"先ほどおっしゃった{word}について、もう少し伺えますか？" if lang == "ja" else f"Could you tell me more about the {word} you mentioned?"
    for seed in range(8):
        state = EngineState.initial(persona, lang, seed=seed)  # type: ignore[arg-type]
        state.turn = 3
        state.said = ["x"]
        engine.remember_owner_words(state, [word], f"{word} ...")
        state, intent = engine.step(state, analyse(question, [], lang))
        assert intent.owner_topic
        reply = offline.compose(persona, state, intent)
        assert not offline.POSTPONE[lang].search(reply), reply


# 5. no back-reference in the first reply (the same words as simulator.voice.offline.BACK_REFERENCE)
BACK_REF = {
    "ja": r"(さっき|先ほど|前にも|前から言|言ったけど|言ったでしょ|言ったよね|言ってるよね|言いましたよね|お答えしました|もう言)",
    "en": r"(?i)\b(as i said|like i said|i already (told|said)|i told you|i've been saying|that's what i said|a minute ago)",
}
FIRST = {
    "ja": ["社長の今一番の悩みは何ですか？", "課題は何ですか？", "御社の課題を教えてください。"],
    "en": ["What's your biggest worry right now?", "What are your challenges?", "What's the problem you want to solve?"],
}


@pytest.mark.parametrize(("owner", "lang"), [(o, lang) for o in OWNERS for lang in ("ja", "en")])
def test_no_back_reference_in_the_first_reply(owner: str, lang: str) -> None:
    for line in FIRST[lang]:
        for seed in range(12):
            reply = open_session(owner, lang=lang, seed=seed, store=None).say(line).owner_reply
            assert not re.search(BACK_REF[lang], reply), (seed, line, reply)


# 6. a brief honest answer that returns to the owner passes the knowledge test
HONEST = {
    "ja": ["専門家ではないのですが、ほかの会社さんから伺う範囲では、一長一短があるようです。社長ご自身はどうお考えですか？",
           "正直、そこまで詳しくはありません。ただ、ほかの会社さんの話を聞く限りでは、まず試してみる会社が多いようです。そのあたり、一緒に考えさせてください。"],
    "en": ["I'm not an expert, but from what other companies tell me, each option has its pros and cons. How do you see it yourself?",
           "Honestly, I don't know the figures offhand. From what other firms tell me, most start small. I'd like to think it through with you."],
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_brief_honest_answer_passes_every_knowledge_test(lang: str) -> None:
    testers = [o for o in OWNERS if load_persona(o).behaviour.tests_knowledge_at is not None]
    assert testers
    for owner in testers:
        for answer in HONEST[lang]:
            session = open_session(owner, lang=lang, seed=0, store=None)
            session.say(HELLO[lang])
            while not session.state.test_pending:
                session.say("最近のお仕事の様子はいかがですか？" if lang == "ja" else "How has work been lately?")
            turn = session.say(answer)
            assert turn.reaction.startswith(Reaction.TEST_PASSED.value), (owner, turn.owner_reply)
            assert turn.trust_delta > 0


# 7. after the owner closed the meeting, nothing more is disclosed
CLOSE = {"ja": "今日はこのあたりで。お時間をいただきありがとうございました。次回もよろしくお願いします。",
         "en": "Let's leave it there for today. Thank you for your time today."}


@pytest.mark.parametrize(("owner", "lang"), [(o, lang) for o in OWNERS for lang in ("ja", "en")])
def test_nothing_is_disclosed_once_the_owner_closed_the_meeting(owner: str, lang: str) -> None:
    session = open_session(owner, lang=lang, seed=0, store=None)
    session.say(HELLO[lang])
    turn = session.say(CLOSE[lang])
    assert turn.reaction == Reaction.CLOSING.value and turn.revealed == []
    assert session.finished
    persona = load_persona(owner)
    state, intent = PersonaEngine(persona).step(session.state, _any_analysis(lang))
    assert intent.disclose == [] and intent.ends_meeting and state.disclosed == session.state.disclosed


def _any_analysis(lang: str):  # noqa: ANN202 - a real analysis of a good open question
    from simulator.analysis import analyse

    return analyse("それについて、もう少し聞かせていただけますか？" if lang == "ja" else "Could you tell me more about that?", [], lang)


# 8. the facts in which the owner names his real issue count as reaching it
@pytest.mark.parametrize(
    ("owner", "fact"),
    [
        ("move_on_owner", "c_no_talk"),
        ("big_customer_owner", "cannot_win_new_work"),
        ("big_customer_owner", "chose_not_to_look"),
        ("family_values_owner", "no_picture_of_ten_years"),
        ("distrustful_founder", "investment_never_faced"),
    ],
)
def test_an_owner_naming_his_issue_is_known_to_the_session(owner: str, fact: str) -> None:
    persona = load_persona(owner)
    assert fact in persona.issue_facts
    engine = PersonaEngine(persona)
    from simulator.analysis import analyse

    state = EngineState.initial(persona, "ja")
    target = persona.fact(fact)
    state.disclosed = [f for f in target.unlock.after]
    for f in target.unlock.after:
        state.disclosed += [x for x in persona.fact(f).unlock.after if x not in state.disclosed]
    state.trust, state.stage, state.turn = 95.0, target.unlock.min_stage, 10
    word = target.unlock.topics.ja[0] if target.unlock.topics else "それ"
    state, intent = engine.step(state, analyse(f"{word}のこと、もう少し聞かせていただけますか？", [], "ja"))
    if fact in intent.disclose:
        assert state.hidden_issue_reached
