"""Playtest r11: the owner reacts to the move actually made (react11).

- his insight or relief (「自分で言っておいて、今気づきました」「それ、考えたことなかったな」, assent to a
  summary 「おおむね、そんなところです」) answers his own words given back, never advice, an offer or a
  verdict of the supporter's — whatever the analyser's top act: the engine reads the turn's push
  evidence (advising words, an offer 「紹介しましょうか」, 「危なくないですか」);
- a reaction claims no move that was not made: 「さっきから言ってるよね」 only once he has said it,
  "Another question back at me" not to an answer that gives a figure, no postponement of a
  summary check, which is confirmed;
- the reassurance 「話したくないところは触れません」 is credited once and taken in, not hesitated on;
  the distrustful founder tells how he started in both languages.
"""

from __future__ import annotations

import re

import pytest

from simulator import open_session
from simulator.acts import Act
from simulator.analysis import analyse
from simulator.datafiles import load_persona
from simulator.engine.engine import PersonaEngine, pushes
from simulator.engine.moves import gives_figure, read_move, tells_him_must
from simulator.engine.open_talk import diagnoses, open_topic
from simulator.engine.state import EngineState, ReplyIntent
from simulator.persona import Reaction, Stage
from simulator.voice.offline import BACK_REFERENCE, DECIDE, INSIGHT, REALISED, compose
from simulator.wording.statements import advises, only_reassures


def meeting(pid: str, lines: list[str], lang: str = "ja", seed: int = 0) -> list:
    session = open_session(pid, lang, seed=seed, store=None)
    return [session.say(line) for line in lines]


# -- no insight for advice ----------------------------------------------------------------------

ADVICE_AS_RESULT = [
    ("ja", "在庫の管理アプリを使えば、すぐに楽になりますよ。"),
    ("ja", "ネット広告を始めたら、お客さんは確実に増えますよ。"),
    ("en", "If you just put in a cloud ordering system, you'll save hours every week."),
]
NOT_ADVICE = [
    ("ja", "アプリを使えば楽になる、とお考えなんですね。"),
    ("ja", "数字を見せていただければ、次回までに整理できます。"),
    ("ja", "人が増えれば回せる、ということでしょうか。"),
    ("en", "If you could change one thing, what would it be?"),
]


@pytest.mark.parametrize(("lang", "text"), ADVICE_AS_RESULT)
def test_a_solution_with_its_promised_result_is_advising(lang: str, text: str) -> None:
    assert advises(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "must"),
    [
        ("en", "If I were you, I'd put the whole catalogue on a marketplace this month.", True),
        ("ja", "正直に言います。私なら、まず値上げをお願いしに回ります。", True),
        ("ja", "もし社長が私の立場なら、何から聞きますか？", False),
        ("en", "If you were in my shoes, what would you ask first?", False),
    ],
)
def test_if_i_were_you_tells_him_what_to_do(lang: str, text: str, must: bool) -> None:
    assert tells_him_must(text, lang) is must


@pytest.mark.parametrize(("lang", "text"), NOT_ADVICE)
def test_his_own_if_given_back_or_a_what_if_question_is_no_advice(lang: str, text: str) -> None:
    assert not advises(text, lang)


VERDICTS = [
    ("ja", "それって、かなり危なくないですか？"),
    ("ja", "一つの問屋さんに頼りすぎるのは、危険だと思うんですが。"),
    ("en", "Relying on one buyer like that — isn't that risky?"),
]
NO_VERDICT = [
    ("ja", "一社に頼りすぎるのはリスクだとお考えなんですね。"),
    ("ja", "そのとき、危ないと感じられたことはありましたか。"),
    ("en", "You said relying on one buyer felt risky. What was that like?"),
]


@pytest.mark.parametrize(("lang", "text"), VERDICTS)
def test_the_supporters_verdict_on_his_situation_is_a_diagnosis(lang: str, text: str) -> None:
    assert diagnoses(text, lang)


@pytest.mark.parametrize(("lang", "text"), NO_VERDICT)
def test_his_own_worry_given_back_is_no_diagnosis(lang: str, text: str) -> None:
    assert not diagnoses(text, lang)


def test_an_offer_of_the_supporters_service_is_push_evidence() -> None:
    persona = load_persona("move_on_owner")
    state = EngineState.initial(persona, "ja", seed=3)
    a = analyse("人手が足りない、ということですね。それなら、人材会社を紹介しましょうか？", lang="ja")
    assert pushes(a, read_move(persona, state, a))
    b = analyse("人手が足りない、ということですね。それは、いつ頃からですか？", lang="ja")
    assert not pushes(b, read_move(persona, state, b))


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        ("ja", ["本日はありがとうございます。今、受注はどのようにされていますか？",
                "電話とFAXなんですね。それなら、受発注をアプリに切り替えれば、ミスもすぐ減りますよ。"]),
        ("en", ["Thank you for today. How do orders come in at the moment?",
                "Phone and fax, then. If you just switch to an ordering app, you'll cut the mistakes right away."]),
    ],
)
def test_advice_after_an_echo_gets_no_insight_and_no_trust(lang: str, lines: list[str]) -> None:
    for seed in range(4):
        turn = meeting("reluctant_successor", lines, lang, seed)[-1]
        assert turn.reaction not in ("reflection_response", "summary_relief", "empathy_response")
        assert not INSIGHT[lang].search(turn.owner_reply), turn.owner_reply
        assert turn.trust_delta <= 0


def test_his_words_given_back_still_get_his_confirmation() -> None:
    turns = meeting(
        "reluctant_successor",
        ["本日はありがとうございます。今、受注はどのようにされていますか？",
         "電話とFAXがほとんどで、在庫はホワイトボードとベテランの方の頭の中、なんですね。"],
    )
    assert turns[-1].reaction == "reflection_response"
    assert turns[-1].trust_delta > 0


@pytest.mark.parametrize("pid", ["move_on_owner", "big_customer_owner", "reluctant_successor"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_line_of_insight_or_assent_answers_a_push(pid: str, lang: str) -> None:
    persona = load_persona(pid)
    for reaction in (Reaction.ANSWER_CLOSED, Reaction.REFLECTION_RESPONSE):
        for seed in range(25):
            state = EngineState.initial(persona, lang, seed=seed)
            state.turn = 4
            intent = ReplyIntent(reaction=reaction, stage=Stage.SURFACE, trust=40, trust_delta=-2,
                                 ask_kind="polar", pushed=True)
            assert not INSIGHT[lang].search(compose(persona, state, intent))


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_realisation_needs_his_words_given_back(lang: str) -> None:
    persona = load_persona("reluctant_successor")
    seen = set()
    for seed in range(25):
        for gave_back in (False, True):
            state = EngineState.initial(persona, lang, seed=seed)
            state.turn = 4
            intent = ReplyIntent(reaction=Reaction.REFLECTION_RESPONSE, stage=Stage.SURFACE, trust=40,
                                 trust_delta=3, ask_kind="none", gave_back=gave_back)
            reply = compose(persona, state, intent)
            if not gave_back:
                assert not REALISED[lang].search(reply)
            else:
                seen.add(bool(REALISED[lang].search(reply)))
    assert any(seen)  # his own realisation stays for a real give-back


def test_a_pushed_verdict_gets_no_summary_assent() -> None:
    turns = meeting(
        "big_customer_owner",
        ["本日はありがとうございます。主なお取引先はどちらですか？",
         "ほとんど一社なんですね。それって、ちょっと危なくないですか？一社に頼りすぎるのは危険だと思うんですが。"],
    )
    assert turns[-1].reaction == "withdraw"
    assert "おおむね" not in turns[-1].owner_reply
    assert turns[-1].trust_delta < 0


# -- no reaction to a move not made ---------------------------------------------------------------

def test_he_claims_no_earlier_answer_he_never_gave() -> None:
    persona = load_persona("move_on_owner")
    for seed in range(30):
        state = EngineState.initial(persona, "ja", seed=seed)
        state.turn, state.said = 3, ["x"]
        intent = ReplyIntent(reaction=Reaction.MOVE_ON, stage=Stage.RAPPORT, trust=30, trust_delta=-2, ask_kind="open")
        assert not BACK_REFERENCE["ja"].search(compose(persona, state, intent))


def test_once_he_has_said_it_he_may_say_so_again() -> None:
    persona = load_persona("move_on_owner")
    lines = persona.lines[Reaction.MOVE_ON].get("ja")
    back = [i for i, t in enumerate(lines) if BACK_REFERENCE["ja"].search(t)]
    assert back
    said = set()
    for seed in range(40):
        state = EngineState.initial(persona, "ja", seed=seed)
        state.turn, state.said = 6, ["x"]
        state.used_lines["move_on"] = [i for i in range(len(lines)) if i not in back][:1]
        intent = ReplyIntent(reaction=Reaction.MOVE_ON, stage=Stage.RAPPORT, trust=30, trust_delta=-2, ask_kind="open")
        said.add(bool(BACK_REFERENCE["ja"].search(compose(persona, state, intent))))
    assert any(said)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("ja", "ざっくりですが、簡単なサイトなら数十万円、しっかり作ると数百万円かかることもあります。", True),
        ("en", "A simple site might be a few hundred thousand yen; a full build can run into several million.", True),
        ("ja", "詳しくないので分かりません。ところで、営業の方は何人ですか？", False),
        ("en", "I'm not sure. Anyway, how many people are in sales?", False),
    ],
)
def test_an_answer_with_a_figure_is_an_answer(lang: str, text: str, figure: bool) -> None:
    assert gives_figure(text, lang) is figure


def test_a_price_range_then_a_question_passes_the_test() -> None:
    lines = [
        "Thank you for having me. What would you like help with?",
        "Selling online under your own name. What would that mean to you?",
        "And the people in sales — how do they work with the supermarkets?",
        "For a rough figure: a simple shop site might be a few hundred thousand yen, a full build can run into "
        "several million. Coming back to your sales team, how do they find new accounts?",
    ]
    turns = meeting("move_on_owner", lines, "en", seed=5)
    tested = [i for i, t in enumerate(turns) if "test_knowledge" in t.reaction]
    if tested and tested[0] + 1 < len(turns):
        answer = turns[tested[0] + 1]
        assert answer.reaction != "test_evaded"
        assert "question back" not in answer.owner_reply


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        ("en", ["Thank you for seeing me. What made you apply?",
                "So what you'd like is to sell online directly, under your own family's name — something that would "
                "be your own work rather than your father's. Have I got that right?"]),
        ("ja", ["本日はありがとうございます。今回お申し込みいただいたきっかけを伺えますか。",
                "ネットで全国のお客さんに直接売りたい、それが社長ご自身の代の仕事になる、ということですね。合っていますか？"]),
    ],
)
def test_a_summary_check_is_confirmed_not_put_off(lang: str, lines: list[str]) -> None:
    postpone = re.compile(r"(?i)(eventually|some other time|later|park that|今度|追い追い|そのうち|置いとこう)")
    for seed in range(3):
        turn = meeting("move_on_owner", lines, lang, seed)[-1]
        assert not postpone.search(turn.owner_reply), turn.owner_reply


# -- reassurance and harmless history --------------------------------------------------------------

def test_a_reassurance_is_a_promise_not_a_question() -> None:
    assert only_reassures("評価するためのものではありません。話したくないことは伺いません。", "ja")
    assert not only_reassures("評価するためのものではありません。人のことは伺ってもいいですか？", "ja")
    assert only_reassures("Nothing today goes into any assessment, and I won't go into anything you'd rather keep.", "en")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_reassurance_is_credited_once_and_taken_in(lang: str) -> None:
    first = {
        "ja": "はじめまして。今日はよろしくお願いします。",
        "en": "Good afternoon, thank you for having me.",
    }[lang]
    promise = {
        "ja": "先にお伝えしておきます。何かを評価する場ではありませんし、話したくないことは伺いません。",
        "en": "Let me say this first: this is not an assessment, and I won't go into anything you'd rather keep.",
    }[lang]
    turns = meeting("distrustful_founder", [first, promise], lang, seed=2)
    assert turns[1].trust_delta > 0
    assert turns[1].reaction.split("+")[0] == "acknowledge"
    persona = load_persona("distrustful_founder")
    engine = PersonaEngine(persona)
    gains = []
    for again in (False, True):
        state = EngineState.initial(persona, lang, seed=2)
        state.turn, state.reassured = 2, again
        _, intent = engine.step(state, analyse(promise, lang=lang))
        gains.append(intent.trust_delta)
    assert gains[1] < gains[0]  # a second promise is no new one


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        ("ja", "差し支えなければ、社長が創業されたころのことを伺えますか。どんなふうに独立されたんですか。"),
        ("en", "If you don't mind me asking, how did you start out on your own?"),
    ],
)
def test_the_founder_tells_how_he_started_in_both_languages(lang: str, question: str) -> None:
    persona = load_persona("distrustful_founder")
    found = open_topic(persona, question, lang)
    assert found is not None and found.id == "founding"
    hello = {"ja": "はじめまして。よろしくお願いします。", "en": "Nice to meet you, thanks for your time."}[lang]
    turns = meeting("distrustful_founder", [hello, question], lang, 4)
    reply = turns[-1].owner_reply
    assert ("貸し工場" in reply or "独立" in reply) if lang == "ja" else ("shed" in reply or "own" in reply), reply


def test_his_founding_pride_still_waits_for_trust() -> None:
    a = analyse("どんなきっかけで独立されたんですか。", lang="ja")
    assert Act.OPEN_QUESTION in a.acts or a.acts
    turns = meeting("distrustful_founder", ["はじめまして。", "どんなきっかけで独立されたんですか。"], "ja", 1)
    assert "founding_pride" not in turns[-1].revealed


# -- another session phrases the same situation differently ---------------------------------------

@pytest.mark.parametrize("pid", ["big_customer_owner", "distrustful_founder", "family_values_owner", "move_on_owner",
                                 "reluctant_successor"])
@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("reaction", [Reaction.LECTURE_PUSHBACK, Reaction.WITHDRAW])
def test_two_sessions_mostly_phrase_the_same_push_differently(pid: str, lang: str, reaction: Reaction) -> None:
    """Issue 9: the owner meets a push in the same way word for word in another session only now
    and then (the seed chooses among six or more lines)."""
    persona = load_persona(pid)
    assert len(persona.lines[reaction].get(lang)) >= 6

    def said(seed: int) -> list[str]:
        state = EngineState.initial(persona, lang, seed=seed)
        out = []
        for turn in (3, 5, 7):
            state.turn = turn
            intent = ReplyIntent(reaction=reaction, stage=Stage.RAPPORT, trust=30, trust_delta=-4, ask_kind="none",
                                 pushed=True, lectured=True)
            out.append(compose(persona, state, intent))
        return out

    first = set(said(0))
    again = [reply in first for seed in range(1, 41) for reply in said(seed)]
    assert sum(again) / len(again) < 0.6


@pytest.mark.parametrize("pid", ["distrustful_founder", "family_values_owner", "move_on_owner", "reluctant_successor"])
def test_his_feeling_and_cause_lines_give_the_seed_a_choice(pid: str) -> None:
    peak = load_persona(pid).peak
    assert peak is not None
    for lang in ("ja", "en"):
        assert len(peak.get("feeling", lang)) == 4
        assert len(peak.get("cause", lang)) == 3


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_decision_is_put_off_when_none_was_asked(lang: str) -> None:
    """「もう少し考えさせてください」 answers a proposal, not a request to talk about his customers."""
    persona = load_persona("reluctant_successor")
    for seed in range(30):
        state = EngineState.initial(persona, lang, seed=seed)
        state.turn, state.said = 4, ["x"]
        intent = ReplyIntent(reaction=Reaction.ANSWER_OPEN, stage=Stage.RAPPORT, trust=30, trust_delta=2,
                             ask_kind="open", held_back=True)
        assert not DECIDE[lang].search(compose(persona, state, intent))


def test_modesty_answers_praise_only_in_english_too() -> None:
    """r11b s09: "...Oh, no. But, yes." to "That sounds like a lot to keep track of" (no praise)."""
    persona = load_persona("reluctant_successor")
    for seed in range(30):
        state = EngineState.initial(persona, "en", seed=seed)
        state.turn, state.said = 2, ["x"]
        intent = ReplyIntent(reaction=Reaction.EMPATHY_RESPONSE, stage=Stage.RAPPORT, trust=30, trust_delta=3,
                             ask_kind="none", praised=False)
        assert "Oh, no" not in compose(persona, state, intent)
