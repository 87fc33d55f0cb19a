"""Round r4 of the blind instructor playtest (issue 9): a brief honest answer followed by a
question of one's own passes a knowledge test; no sentence of the owner is said twice in a
meeting; no "ask someone else" after the owner's own words; closed questions on loans,
website, subsidies, competitors, staff age and the sales trend answered in kind; resistant
owners do not welcome unasked advice; a close is met by a close; no deferral of a question
never asked; no confirming a reflection never made; advice is not a question back; empathy
does not buy credit for advice that follows it."""

from __future__ import annotations

import pytest

from simulator.datafiles import load_persona
from simulator.persona import Reaction
from simulator.session import open_session
from simulator.voice.offline import as_written

OWNERS = ["big_customer_owner", "distrustful_founder", "family_values_owner", "move_on_owner", "reluctant_successor"]
HELLO = {
    "ja": "本日はお時間をいただきありがとうございます。よろしくお願いいたします。",
    "en": "Thank you for your time today. I'm glad to meet you.",
}
HOW = {"ja": "最近のお仕事の様子はいかがですか？", "en": "How has work been lately?"}


def _at_test(owner: str, lang: str, seed: int = 0):  # noqa: ANN202 - a session awaiting an answer
    session = open_session(owner, lang=lang, seed=seed, store=None)
    session.say(HELLO[lang])
    while not session.state.test_pending:
        session.say(HOW[lang])
    return session


# 1. a brief honest answer, then a question of one's own (「ちなみに…」), passes the test
ANSWER_THEN_ASK = {
    "ja": [
        "使える制度はありますが、条件は年度で変わるので、確認して次回お持ちします。ちなみに今のホームページはどなたが作られたんですか？",
        "正直、すぐにはお答えできないので、調べて次回お持ちします。ちなみに、今の取引先は何社くらいですか？",
        "ケースによりますが、確認してお伝えします。ところで、社員の方は何名いらっしゃいますか？",
    ],
    "en": [
        "It depends a lot on what you need; I'll check some quotes and bring them next time. By the way, who made your current website?",
        "Honestly, I don't know offhand, so I'll find out and bring it next time. By the way, how many customers do you have?",
        "There are schemes, but the conditions change every year, so I'll check. Incidentally, how many staff do you have?",
    ],
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_an_honest_answer_then_a_question_passes_the_knowledge_test(lang: str) -> None:
    testers = [o for o in OWNERS if load_persona(o).behaviour.tests_knowledge_at is not None]
    assert testers
    for owner in testers:
        for answer in ANSWER_THEN_ASK[lang]:
            session = _at_test(owner, lang)
            turn = session.say(answer)
            assert turn.reaction.startswith(Reaction.TEST_PASSED.value), (owner, answer, as_written(None, turn.owner_reply))
            assert turn.trust_delta > 0


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_question_back_with_no_answer_still_dodges_the_test(lang: str) -> None:
    dodge = {"ja": "ちなみに、売上はどのくらいですか？", "en": "By the way, what are your annual sales?"}[lang]
    session = _at_test("move_on_owner", lang)
    assert session.say(dodge).reaction.startswith(Reaction.TEST_EVADED.value)


# 2. no sentence of an owner reply is said twice in a meeting (backchannels may be)
MORE = {
    "ja": ["なるほど。", "それで、どうされたいですか？", "そのお気持ち、よく分かります。",
           "ここまでのお話をまとめると、人と仕組みのことが気になっている、ということですね。",
           "具体的には、どんなことから始めたいですか？", "それはどなたと話されますか？", "社長ご自身はどう思われますか？"],
    "en": ["I see.", "And what would you like to do about it?", "I can understand how you feel.",
           "So far you've told me about the people and the way things are run. Is that right?",
           "Where would you like to start?", "Who would you talk to about it?", "How do you see it yourself?"],
}


def _long_meeting(owner: str, lang: str, seed: int) -> list[str]:
    """The good development bot, then more listening after it would close: 30 turns."""
    from simulator.playtest import load_bots

    session = open_session(owner, lang=lang, seed=seed, store=None)
    bot = load_bots("simulator.playtest.bots_dev")["good"](lang=lang, seed=seed)
    text = bot.start(load_persona(owner).briefing.get(lang))
    replies: list[str] = []
    extra = 0
    while not session.finished and len(replies) < 30:
        if text is None or text.startswith(("今日はこのあたり", "Let's leave")):
            text = MORE[lang][extra % len(MORE[lang])]
            extra += 1
        replies.append(as_written(None, session.say(text).owner_reply))
        text = bot.next(replies[-1])
    return replies


@pytest.mark.parametrize(("owner", "lang"), [(o, lang) for o in OWNERS for lang in ("ja", "en")])
def test_no_sentence_is_said_twice_in_a_long_meeting(owner: str, lang: str) -> None:
    from simulator.voice.offline import repeated_sentences

    for seed in (0, 1, 2):
        replies = _long_meeting(owner, lang, seed)
        assert len(replies) >= 20
        for n, reply in enumerate(replies):
            assert repeated_sentences(reply, replies[:n], lang) == [], (seed, n + 1, reply)


@pytest.mark.parametrize(
    ("reply", "earlier", "lang", "repeated"),
    [
        ("急がば回れ、ってやつだね。今回はじっくりやってみますよ。", ["うん。急がば回れ、ってやつだね。"], "ja", 1),
        ("ええ。そうなんです。", ["ええ。それは困りました。"], "ja", 0),
        ("I'll sit sales and the factory down at one table. And I won't duck out.",
         ["Right. And I won't duck out."], "en", 1),
        ("I see. That's new.", ["I see. Go on."], "en", 0),
    ],
)
def test_the_sentence_repeat_count(reply: str, earlier: list[str], lang: str, repeated: int) -> None:
    from simulator.voice.offline import repeated_sentences

    assert len(repeated_sentences(reply, earlier, lang)) == repeated


# 4. closed questions on loans, website, subsidies, competitors, staff age and the sales trend
#    are answered on that topic (an answer, a refusal or an honest "I don't know")
TOPIC_QUESTIONS = {
    "ja": [
        ("社員の平均年齢はおいくつくらいですか？", "staff_age"),
        ("従業員の方の年齢層はどのくらいですか？", "staff_age"),
        ("借入金はありますか？", "loans"),
        ("銀行からの借り入れはどのくらいありますか？", "loans"),
        ("ホームページはありますか？", "website"),
        ("補助金を使われたことは？", "subsidies"),
        ("主な競合はどこですか？", "competitors"),
        ("ライバルになる会社はありますか？", "competitors"),
        ("売上は前年比でどれくらい落ちているんですか？", "sales_trend"),
        ("売上は落ちていますか？", "sales_trend"),
    ],
    "en": [
        ("What's the average age of your staff?", "staff_age"),
        ("Do you have any bank loans?", "loans"),
        ("How much do you borrow from the bank?", "loans"),
        ("Do you have a website?", "website"),
        ("Have you used subsidies before?", "subsidies"),
        ("Who are your main competitors?", "competitors"),
        ("Do you have many competitors?", "competitors"),
        ("How much have sales fallen compared with last year?", "sales_trend"),
        ("How are sales year on year?", "sales_trend"),
    ],
}
SUBSIDY_TOPICS = ("past_support", "subsidies_used")
WEBSITE_TOPICS = ("website", "ec_now")


def _topic_texts(owner: str, topics: tuple[str, ...], lang: str) -> list[str]:
    persona = load_persona(owner)
    assert persona.answers is not None
    out = []
    for a in persona.answers.topics:
        if a.id in topics:  # what he says, his guarded refusal, or the fact that tells it at length
            out += a.text.get(lang) + (a.guarded.get(lang) if a.guarded else [])
            out += [persona.fact(a.fact).text.get(lang)] if a.fact else []
    return out


@pytest.mark.parametrize(("owner", "lang"), [(o, lang) for o in OWNERS for lang in ("ja", "en")])
def test_closed_questions_on_new_topics_are_answered_on_them(owner: str, lang: str) -> None:
    for question, topic in TOPIC_QUESTIONS[lang]:
        topics = SUBSIDY_TOPICS if topic == "subsidies" else WEBSITE_TOPICS if topic == "website" else (topic,)
        texts = _topic_texts(owner, topics, lang)
        assert texts, (owner, topic)
        session = open_session(owner, lang=lang, seed=0, store=None)
        session.say(HELLO[lang])
        reply = as_written(None, session.say(question).owner_reply)
        assert any(t in reply for t in texts), (owner, question, reply)


def test_every_owner_has_the_new_topics_in_both_languages() -> None:
    for owner in OWNERS:
        persona = load_persona(owner)
        assert persona.answers is not None
        ids = {a.id for a in persona.answers.topics}
        assert {"loans", "competitors", "staff_age", "sales_trend"} <= ids, owner
        assert ids & set(SUBSIDY_TOPICS) and ids & set(WEBSITE_TOPICS), owner


@pytest.mark.parametrize("owner", OWNERS)
@pytest.mark.parametrize("question", ["工場の敷地は何坪ですか？", "年に何回くらい社員旅行がありますか？", "仕入れ先は何軒ですか？"])
def test_a_fact_he_has_no_answer_for_gets_the_honest_dont_know(owner: str, question: str) -> None:
    persona = load_persona(owner)
    assert persona.answers is not None
    unknown = persona.answers.unknown.get("ja")
    session = open_session(owner, lang="ja", seed=0, store=None)
    session.say(HELLO["ja"])
    reply = as_written(None, session.say(question).owner_reply)
    assert any(t in reply for t in unknown), reply


@pytest.mark.parametrize("owner", OWNERS)
def test_last_years_sales_are_the_sales_figure(owner: str) -> None:
    texts = _topic_texts(owner, ("sales",), "en")
    session = open_session(owner, lang="en", seed=0, store=None)
    session.say(HELLO["en"])
    reply = as_written(None, session.say("OK. What were your sales last year?").owner_reply)
    assert any(t in reply for t in texts), reply


def _at_insight(owner: str, lang: str, seed: int = 0):  # noqa: ANN202 - a session past the issue
    from simulator.playtest import load_bots

    session = open_session(owner, lang=lang, seed=seed, store=None)
    bot = load_bots("simulator.playtest.bots_dev")["good"](lang=lang, seed=seed)
    text = bot.start(load_persona(owner).briefing.get(lang))
    while text is not None and not session.state.hidden_issue_reached and len(session.turns) < 30:
        text = bot.next(as_written(None, session.say(text).owner_reply))
    assert session.state.hidden_issue_reached and not session.finished
    return session


# 3. after his own insight a question on his next step gets no "ask someone else"
NEXT_STEP_QUESTIONS = {
    "ja": ["それは、どなたと話されますか？", "いつ頃から始めますか？", "誰に最初に相談されますか？"],
    "en": ["Who would you talk to about it?", "When would you start?", "Who would you go to first?"],
}


@pytest.mark.parametrize(("owner", "lang"), [(o, lang) for o in OWNERS for lang in ("ja", "en")])
def test_no_ask_someone_else_after_his_own_insight(owner: str, lang: str) -> None:
    persona = load_persona(owner)
    assert persona.answers is not None
    unknown = persona.answers.unknown.get(lang)
    session = _at_insight(owner, lang)
    for question in NEXT_STEP_QUESTIONS[lang]:
        reply = as_written(None, session.say(question).owner_reply)
        assert not any(u in reply for u in unknown), (question, reply)


# 5a. a leave-taking is met by a closing, also while a knowledge test is pending
LEAVE = {
    "ja": ["本日はありがとうございました。", "今日はこれで失礼します。ありがとうございました。",
           "お話を聞かせていただき、ありがとうございました。", "ありがとうございました。また伺います。"],
    "en": ["Thank you very much for today.", "Thanks, that's all from me today.",
           "Thank you for sharing all this with me. I'll be in touch.", "OK, thanks a lot. See you next time."],
}


@pytest.mark.parametrize(("owner", "lang"), [(o, lang) for o in OWNERS for lang in ("ja", "en")])
def test_a_leave_taking_is_met_by_a_closing(owner: str, lang: str) -> None:
    for line in LEAVE[lang]:
        session = open_session(owner, lang=lang, seed=0, store=None)
        session.say(HELLO[lang])
        session.say(HOW[lang])
        session.say({"ja": "普段のお仕事の様子はいかがですか？", "en": "How has work been these days?"}[lang])
        turn = session.say(line)
        assert turn.reaction.startswith(Reaction.CLOSING.value), (line, as_written(None, turn.owner_reply))
        assert session.finished and turn.revealed == []


def test_thanks_in_the_middle_of_a_meeting_is_no_closing() -> None:
    for lang, line in [("ja", "ありがとうございます。それで、どうなったんですか？"), ("en", "Thank you so much. And then what happened?")]:
        session = open_session("family_values_owner", lang=lang, seed=0, store=None)
        session.say(HELLO[lang])
        session.say(HOW[lang])
        session.say(line)
        assert not session.finished


# 5b/9. unasked advice — a proposal, in question form or after kind words — is not welcomed
PROPOSALS = {
    "ja": ["SNSを使って若いお客さんに発信するのもいいと思います。",
           "インスタグラムに投稿してみてはいかがですか？",
           "人手不足は今どこも大変ですよね。求人サイトを使ってみてはいかがですか？",
           "求人サイトを使ってみてはいかがですか？"],
    "en": ["Maybe SNS would help. Lots of companies use it.",
           "Have you considered posting on Instagram?",
           "That must be hard. Why not try a recruitment website?"],
}
RESISTANT = ["big_customer_owner", "family_values_owner", "reluctant_successor"]


@pytest.mark.parametrize(("owner", "lang"), [(o, lang) for o in RESISTANT for lang in ("ja", "en")])
def test_unasked_advice_is_not_welcomed(owner: str, lang: str) -> None:
    for line in PROPOSALS[lang]:
        session = open_session(owner, lang=lang, seed=0, store=None)
        session.say(HELLO[lang])
        turn = session.say(line)
        assert turn.reaction.startswith(Reaction.LECTURE_PUSHBACK.value), (line, turn.reaction, as_written(None, turn.owner_reply))
        assert turn.trust_delta < 0


@pytest.mark.parametrize(
    "line",
    ["人手不足は今どこも大変ですよね。求人サイトを使ってみてはいかがですか？",
     "人が集まらないのは本当にお辛いですよね。ハローワーク以外の求人サイトも使ってみてはいかがでしょうか。"],
)
@pytest.mark.parametrize("last", ["若いのが来てもすぐ辞めちまう。どうしろっていうんだよ？", "人が足りないんだよ。あんたならどうする？", ""])
def test_empathy_before_advice_buys_no_credit(line: str, last: str) -> None:
    from simulator.analysis import analyse
    from simulator.engine import PersonaEngine

    session = open_session("distrustful_founder", lang="ja", seed=0, store=None)
    session.say(HELLO["ja"])
    state = session.state.clone()
    state.turn, state.test_done, state.last_owner_text = 5, True, last
    _, intent = PersonaEngine(load_persona("distrustful_founder")).step(state, analyse(line, session.history, "ja"))
    assert intent.trust_delta <= 0, intent.reasons
    assert intent.reaction is not Reaction.EMPATHY_RESPONSE


# 8. advice in answer to a knowledge test is advice (a lecture), never "a question back"
ADVICE_AT_TEST = {
    "ja": ["Amazonでネット販売を考えたことはありますか？同じようなお店もやっていますよ。", "求人サイトを使ってみてはいかがですか？"],
    "en": ["Have you thought about selling online through Amazon? Many shops like yours do that.", "Why not try a recruitment website?"],
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_advice_at_a_knowledge_test_is_no_question_back(lang: str) -> None:
    for owner in ("move_on_owner", "distrustful_founder"):
        for line in ADVICE_AT_TEST[lang]:
            session = _at_test(owner, lang)
            turn = session.say(line)
            assert not turn.reaction.startswith(Reaction.TEST_EVADED.value), (owner, line, as_written(None, turn.owner_reply))


def _compose_many(owner: str, lang: str, **intent: object) -> list[str]:
    """The offline voice's replies to one intent over many seeds and turns."""
    from simulator.engine import EngineState
    from simulator.engine.state import ReplyIntent
    from simulator.persona import Stage
    from simulator.voice.offline import compose

    persona = load_persona(owner)
    out = []
    for seed in range(12):
        state = EngineState.initial(persona, lang, seed)  # type: ignore[arg-type]
        for turn in (3, 4, 5):
            state.turn = turn
            reply_intent = ReplyIntent(stage=Stage.RAPPORT, trust=40.0, trust_delta=0.0, **intent)  # type: ignore[arg-type]
            out.append(compose(persona, state, reply_intent))
    return out


# 6. a statement (a diagnosis, a view) is never met by deferring a question never asked
@pytest.mark.parametrize(("owner", "lang"), [(o, lang) for o in OWNERS for lang in ("ja", "en")])
def test_no_deferral_when_nothing_was_asked(owner: str, lang: str) -> None:
    from simulator.voice.offline import POSTPONE

    for reaction in (Reaction.ACKNOWLEDGE, Reaction.ANSWER_OPEN):
        for reply in _compose_many(owner, lang, reaction=reaction, held_back=True, ask_kind="none"):
            assert not POSTPONE[lang].search(reply), reply


# 7. a question (even after a one-word echo) gets no "yes, that's what I said"
@pytest.mark.parametrize(("owner", "lang"), [(o, lang) for o in OWNERS for lang in ("ja", "en")])
def test_no_confirming_a_give_back_never_made(owner: str, lang: str) -> None:
    import re

    confirm = re.compile(r"(そう言った|言ったでしょ|うまく言えなかった|that's what i said|put it into words)", re.I)
    for kind in ("open", "feeling", "opinion"):
        for reply in _compose_many(owner, lang, reaction=Reaction.REFLECTION_RESPONSE, ask_kind=kind):
            assert not confirm.search(reply), reply


# 10. English figure questions are answered (a figure, or an honest "I don't know") as in Japanese
EN_FIGURES = [
    "Roughly how much do you sell a year?",
    "How many part-timers do you have?",
    "How many trucks do you have?",
    "How many suppliers do you buy from?",
    "OK. What were your sales last year?",
]


@pytest.mark.parametrize("owner", OWNERS)
def test_english_figure_questions_get_an_answer(owner: str) -> None:
    from simulator.playtest.fit import misfits_of_reply

    for seed in (0, 1):
        for question in EN_FIGURES:
            session = open_session(owner, lang="en", seed=seed, store=None)
            session.say(HELLO["en"])
            turn = session.say(question)
            assert misfits_of_reply(question, as_written(None, turn.owner_reply), "en", turn.reaction) == [], (question, as_written(None, turn.owner_reply))
