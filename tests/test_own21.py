"""own21: owner replies that must fit what was said (blind playtests r21a / r21b).

- a check of words he never said gets a plain yes, never "as I said" (r21a s04 T5);
- a conditional on a promise (「押しつけないってんなら」) only after such a promise; a request for his
  papers is no invitation to a next step (r21b s02 T11, r21a s02 T12);
- the application form's pitch is said once a meeting; "what would be different?" asks the
  future (r21a s09 T3);
- no warm goodbye the meeting did not earn (r21a s06 T10);
- "When you say X, what comes to mind?" asks what X stands for, not a feeling (r21a s09 T6);
  an offer with 「それでいいですか」 gets his consent, not a put-off (r21b s05 T11);
- under the walk-out level he stays cold (no thoughtful line of his own), and the report states
  the walk-out rule (r21a s10).

The sentences are new ones, not the playtests' own.
"""

from __future__ import annotations

import re

import pytest

from simulator import open_session
from simulator.datafiles import load_persona, persona_ids
from simulator.engine import EngineState
from simulator.engine.state import ReplyIntent
from simulator.persona import Reaction, Stage
from simulator.wording.asking import ask_kind

OWNERS = persona_ids()
LANGS = ("ja", "en")
SEEDS = range(40)
BACK_REF = re.compile(
    r"(そう言った|言ったでしょ|言ったよね|言ってるでしょ|言いましたよね|さっきから)|"
    r"(?i:that's what i said|as i said|like i said|i told you|i already said)"
)


def _intent(reaction: Reaction, **kw: object) -> ReplyIntent:
    base: dict[str, object] = {"reaction": reaction, "stage": Stage.RAPPORT, "trust": 30.0, "trust_delta": 1.0}
    base.update(kw)
    return ReplyIntent(**base)  # type: ignore[arg-type]


# -- 1. a guess checked is no repetition of his words ---------------------------------------------

HIS_JA = ["去年、配送の仕組みを変えたんだけど、うまくいかなかった。現場が混乱してね。"]
HIS_EN = ["Last year we changed how we ship, and it didn't go well. The floor got confused."]


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("配送の仕組みを変えたら、現場が混乱した、と。", True),
        ("現場が混乱したんですね。", True),
        ("配送の仕組みを変えて、うまくいかなかった。", True),
        ("うまくいかなかったというのは、コストが増えたということですか？", False),  # his words + a guess
        ("現場が混乱したのは、社員が反対したからですか？", False),
        ("配送を外注に切り替えた、ということでしょうか。", False),
    ],
)
def test_his_own_words_ja(text: str, own: bool) -> None:
    from simulator.voice.offline import his_own_words

    assert his_own_words(text, HIS_JA, "ja") is own


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("You changed how you ship, and the floor got confused.", True),
        ("So it didn't go well, the shipping change.", True),
        ("Didn't go well meaning the costs went up?", False),
        ("The floor got confused because the drivers quit?", False),
        ("So you outsourced delivery, is that right?", False),
    ],
)
def test_his_own_words_en(text: str, own: bool) -> None:
    from simulator.voice.offline import his_own_words

    assert his_own_words(text, HIS_EN, "en") is own


@pytest.mark.parametrize("pid", OWNERS)
@pytest.mark.parametrize("lang", LANGS)
def test_a_guess_checked_never_gets_as_i_said(pid: str, lang: str) -> None:
    from simulator.voice.offline import compose

    persona = load_persona(pid)
    said = HIS_JA if lang == "ja" else HIS_EN
    guess = (
        "うまくいかなかったというのは、売上が落ちたということですか？" if lang == "ja"
        else "Didn't go well meaning you lost customers over it?"
    )
    for seed in SEEDS:
        state = EngineState.initial(persona, lang, seed=seed)  # type: ignore[arg-type]
        state.turn, state.owner_said = 4, list(said)
        state.said = ["x"]
        reply = compose(persona, state, _intent(Reaction.REFLECTION_RESPONSE, gave_back=True), guess)
        assert not BACK_REF.search(reply), (seed, reply)


# -- 2. a conditional on a promise only after one ---------------------------------------------------

PRESUMES = re.compile(r"(ない|しない)(ってんなら|って言うなら|っていうなら|と言うなら|んなら)|(?i:as long as you're not|if you're not going to)")


@pytest.mark.parametrize("pid", OWNERS)
@pytest.mark.parametrize("lang", LANGS)
def test_no_conditional_on_a_promise_never_made(pid: str, lang: str) -> None:
    from simulator.voice.offline import compose

    persona = load_persona(pid)
    assert persona.peak is not None  # every owner has peak lines
    ask = (
        "次回、よろしければ工場の中を一緒に見せていただけませんか？" if lang == "ja"
        else "Next time, could I take a look around the workshop with you?"
    )
    for seed in SEEDS:
        state = EngineState.initial(persona, lang, seed=seed)  # type: ignore[arg-type]
        state.turn = 6
        reply = compose(persona, state, _intent(Reaction.ANSWER_OPEN, peak="invited"), ask)
        assert not PRESUMES.search(reply), (seed, reply)


@pytest.mark.parametrize("lang", LANGS)
def test_the_conditional_may_follow_a_promise(lang: str) -> None:
    from simulator.voice.offline import PRESUMES_PROMISE, _avoid
    from simulator.wording.statements import promises

    promise = (
        "押しつけるつもりはありません。決めるのは社長です。次回もお話を伺えませんか？" if lang == "ja"
        else "I won't push anything on you, it's your call. Could we talk again next time?"
    )
    assert promises(promise, lang)
    persona = load_persona("distrustful_founder")
    state = EngineState.initial(persona, lang)  # type: ignore[arg-type]
    state.turn = 6
    assert PRESUMES_PROMISE[lang] not in _avoid(state, _intent(Reaction.ANSWER_OPEN, peak="invited"), promise)
    # near miss: a request, no promise
    ask = "次回、資料を見せてもらえますか？" if lang == "ja" else "Could you show me a few figures next time?"
    assert not promises(ask, lang)


PAPERS_ASK = {
    "ja": "次回までに、もしよろしければ設備の一覧を見せていただけますか？",
    "en": "Before we next meet, could you show me a list of the machines, if that's all right?",
}


@pytest.mark.parametrize("pid", OWNERS)
@pytest.mark.parametrize("lang", LANGS)
def test_a_request_for_his_papers_is_no_invitation(pid: str, lang: str) -> None:
    persona = load_persona(pid)
    session = open_session(pid, lang=lang, seed=2101)  # type: ignore[arg-type]
    session.say("はじめまして。今日はよろしくお願いします。" if lang == "ja" else "Hello, thank you for seeing me today.")
    reply = session.say(PAPERS_ASK[lang]).owner_reply
    assert persona.peak is not None
    invited = persona.peak.get("invited", lang)
    assert not any(line in reply for line in invited), reply
    assert not PRESUMES.search(reply), reply


# -- 3. the form's pitch once; "what would be different?" asks the future ---------------------------


def _two_form_facts(pid: str) -> bool:
    persona = load_persona(pid)
    form = [f for f in persona.facts if f.form]
    return len(form) >= 2 and any(f.late is not None for f in form)


# only the owners whose form holds two facts, one of them with late wordings (the others have
# nothing to say twice); at least two owners must qualify, or the rule is untested
TWO_FORM = [pid for pid in OWNERS if _two_form_facts(pid)]


def test_two_owners_at_least_have_two_form_facts() -> None:
    assert len(TWO_FORM) >= 2, TWO_FORM


@pytest.mark.parametrize("pid", TWO_FORM)
@pytest.mark.parametrize("lang", LANGS)
def test_a_second_form_fact_is_said_in_its_late_wording(pid: str, lang: str) -> None:
    from simulator.voice.offline import fact_text

    persona = load_persona(pid)
    form = [f for f in persona.facts if f.form]
    later = [f for f in form if f.late is not None]
    second = later[-1]
    first = next(f for f in form if f.id != second.id)
    for seed in range(10):
        state = EngineState.initial(persona, lang, seed=seed)  # type: ignore[arg-type]
        state.disclosed = [first.id, second.id]
        text = fact_text(persona, state, second.id, earlier=[first.id])
        assert text in second.late.get(lang), text  # type: ignore[union-attr]
        # near miss: told alone, first thing, it is his pitch
        state.disclosed = [second.id]
        state.trust = 20.0
        assert fact_text(persona, state, second.id, earlier=[]) in persona.fact_texts(second.id, lang)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Say the new line took off. What would be different for you then?", "future"),
        ("If you found two more confectioners, what would change in your days?", "future"),
        ("Suppose the big customer stayed. How would things change for the staff?", "future"),
        ("What changed when the chairman stepped back?", "open"),  # near miss: the past
        ("What's different about your sweets?", "open"),  # near miss: a thing, today
    ],
)
def test_what_would_be_different_asks_the_future(text: str, kind: str) -> None:
    assert ask_kind(text, "en") == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("You said the old ways. When you say the old ways, what comes to mind?", "open"),
        ("If you say 'murky', what comes to mind?", "open"),
        ("When you think about the shop in ten years, what comes to mind?", "feeling"),  # near miss
        ("When you say murky, how does that feel?", "feeling"),  # near miss: a feeling asked
    ],
)
def test_when_you_say_what_comes_to_mind_is_no_feeling(text: str, kind: str) -> None:
    assert ask_kind(text, "en") == kind


# -- 4. no warm goodbye the meeting did not earn ------------------------------------------------------

WARM = re.compile(
    r"(あっという間|話せてよかった|楽しかった|話してみるもん|気が晴れ|悪くなかった)|"
    r"(?i:nice to talk|good to talk|went quickly|easier to talk|not a waste|glad|worth talking|not bad)"
)


@pytest.mark.parametrize("pid", OWNERS)
@pytest.mark.parametrize("lang", LANGS)
def test_a_plain_goodbye_is_not_warm(pid: str, lang: str) -> None:
    from simulator.voice.offline import pick_line

    persona = load_persona(pid)
    for seed in SEEDS:
        state = EngineState.initial(persona, lang, seed=seed)  # type: ignore[arg-type]
        state.turn = 9
        line = pick_line(persona, state, Reaction.CLOSING, approving=False)
        assert not WARM.search(line), (seed, line)


# -- 5. an offer with 「それでいいですか」 gets his consent ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "yes"),
    [
        ("では次回までに、補助金の締め切りを調べてきますね。それでよろしいですか？", "ja", True),
        ("同業の事例をいくつかまとめておきます。それで大丈夫ですか？", "ja", True),
        ("I'll look into the grant deadlines before next time. Is that OK?", "en", True),
        ("Let me put together a few examples from your trade. Does that work for you?", "en", True),
        ("補助金の締め切りは調べましたか？", "ja", False),  # near miss: asks about him
        ("それでよろしいですか？", "ja", False),  # near miss: no offer
        ("Have you looked into the grant deadlines?", "en", False),
    ],
)
def test_asks_consent(text: str, lang: str, yes: bool) -> None:
    from simulator.wording.statements import asks_consent

    assert asks_consent(text, lang) is yes


@pytest.mark.parametrize("pid", OWNERS)
@pytest.mark.parametrize("lang", LANGS)
def test_an_offer_put_to_him_is_taken_not_put_off(pid: str, lang: str) -> None:
    session = open_session(pid, lang=lang, seed=2102)  # type: ignore[arg-type]
    session.say("はじめまして。今日はよろしくお願いします。" if lang == "ja" else "Hello, thank you for seeing me today.")
    offer = (
        "次回までに、同じ業種の事例を調べてきますね。それでよろしいですか？" if lang == "ja"
        else "I'll look into a few cases from your trade before next time. Is that OK?"
    )
    turn = session.say(offer)
    assert turn.reaction.split("+")[0] in ("acknowledge", "next_step"), (turn.reaction, turn.owner_reply)


# -- 6. cold under the walk-out level; the report states the rule ------------------------------------


@pytest.mark.parametrize("pid", OWNERS)
@pytest.mark.parametrize("lang", LANGS)
def test_no_thoughtful_line_of_his_own_while_under_the_level(pid: str, lang: str) -> None:
    from simulator.analysis import analyse
    from simulator.engine import PersonaEngine

    persona = load_persona(pid)
    engine = PersonaEngine(persona)
    question = "5年後、会社がどうなっていたらいいと思われますか？" if lang == "ja" else "Five years from now, what would you like the company to look like?"
    state = EngineState.initial(persona, lang, seed=3)  # type: ignore[arg-type]
    state.turn, state.trust = 5, 0.5
    state.trust_history = [30.0, 20.0, 10.0, 3.0, 0.5]
    _, intent = engine.step(state, analyse(question, lang=lang))  # type: ignore[arg-type]
    if intent.trust < persona.behaviour.end_trust:
        assert intent.peak is None, intent.reasons
    # near miss: the same question at ordinary trust may get his own future line
    state = EngineState.initial(persona, lang, seed=3)  # type: ignore[arg-type]
    state.turn, state.trust = 5, 40.0
    _, warm = engine.step(state, analyse(question, lang=lang))  # type: ignore[arg-type]
    assert not warm.ends_meeting


@pytest.mark.parametrize("lang", LANGS)
def test_the_report_states_the_walk_out_rule(lang: str) -> None:
    from simulator.report_markdown import _walk_out_md
    from simulator.reporting import _walk_out

    persona = load_persona("reluctant_successor")
    rows = [
        {"turn": 1, "trust": 25.0, "trust_delta": -5.0},
        {"turn": 2, "trust": 6.0, "trust_delta": -19.0},
        {"turn": 3, "trust": 2.0, "trust_delta": -4.0},
        {"turn": 4, "trust": 6.5, "trust_delta": 4.5},
        {"turn": 5, "trust": 7.0, "trust_delta": 0.5},
        {"turn": 6, "trust": 7.5, "trust_delta": 0.5},
        {"turn": 7, "trust": 7.9, "trust_delta": 0.4},
        {"turn": 8, "trust": 3.0, "trust_delta": -4.9},
    ]
    state = EngineState.initial(persona, lang)  # type: ignore[arg-type]
    state.end_reason = "trust"
    w = _walk_out(rows, state, persona)
    assert w["below_from"] == 2 and w["min_turns"] == persona.behaviour.min_turns

    class R:
        walk_out = w

    text = _walk_out_md(R(), lang)  # type: ignore[arg-type]
    m = persona.behaviour.min_turns
    # said as what happened in the meeting, not as the engine's rule (r22b s02)
    assert ("ターン2から目安を下回" in text and f"ターン{m}以降" in text and "打ち切りません" not in text) if (
        lang == "ja"
    ) else ("under that level since turn 2" in text and f"from turn {m} on" in text and "does not end" not in text)
    # near miss: trust never under the level before the last turn: no rule sentence
    rows2 = [{"turn": 1, "trust": 30.0, "trust_delta": 0.0}, {"turn": 2, "trust": 2.0, "trust_delta": -28.0}]
    w2 = _walk_out(rows2, state, persona)
    assert not w2["below_from"]


# -- 7. a stock yes/no answer names no particular thing ----------------------------------------------

THINGS = re.compile(r"(機械|設備|古いのも|まだ使える|図面|(?i:machines?|equipment|drawings?))")


@pytest.mark.parametrize("pid", OWNERS)
@pytest.mark.parametrize("lang", LANGS)
def test_stock_closed_answers_name_no_particular_thing(pid: str, lang: str) -> None:
    # 「以前、はっきりしない人が来たことがあったんですか。」 → 「物によるね。古いのもあれば…」 (r21b s01 T4)
    persona = load_persona(pid)
    for line in persona.lines[Reaction.ANSWER_CLOSED].get(lang):
        assert not THINGS.search(line), line
