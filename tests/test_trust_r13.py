"""Playtest r13: trust moves with what the trainee did, and a meeting ends for a reason.

- the owner walks out only on the move that drives him to it (a push, a slight, a turn that won
  nothing), never in the turn he answers warmly, and his last words are his goodbye (r13a s10 T8);
- costs keep to scale: a leading question that only presumes (「〜ですよね？」) costs less than one
  that pushes a course of action; 「もっと自分で〜していいと思いますよ」 pushes (no gain); a run of
  fact questions costs a little from the second one; asking a guarded owner to hand over what he
  refuses to show (決算書) costs trust, talking about it does not.

Every sentence here is new (not from the playtest).
"""

from __future__ import annotations

import pytest

from simulator import open_session
from simulator.datafiles import load_persona
from simulator.engine.pressure import asks_to_see, urges

PUSHES = {
    "ja": [
        "本日はよろしくお願いします。",
        "正直、今のままだとジリ貧だと思いますよ。",
        "ネット通販を始めるべきですよ。",
        "若い職人を雇うべきです。",
        "新しい商品を作った方がいいですね。",
        "値段も上げるべきだと思います。",
        "百貨店にも出すべきですよ。",
    ],
    "en": [
        "Thank you for seeing me today.",
        "Honestly, if nothing changes, the shop will slowly fade.",
        "You should start selling online.",
        "You need to hire young confectioners.",
        "You should develop new products.",
        "You should raise your prices as well.",
        "You must get into the department stores.",
    ],
}
WARM = {
    "ja": "押しつけてしまって、申し訳ありません。社長ご自身は、このお店をこの先どんなふうにしていきたいと思っていらっしゃいますか？",
    "en": "I'm sorry, I was pushing you. How would you yourself like the shop to be, in the years ahead?",
}
PUSH_AGAIN = {"ja": "やっぱり、もっと大きくするべきですよ。", "en": "Still, you really should expand the business."}


def _cold(lang: str):
    session = open_session("family_values_owner", lang, seed=7, store=None)
    turns = [session.say(line) for line in PUSHES[lang]]
    assert all(t.reaction != "end_early" for t in turns)  # never before turn 8
    return session, turns


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_walk_out_in_the_turn_he_answers_warmly(lang: str) -> None:
    session, turns = _cold(lang)
    persona = load_persona("family_values_owner")
    assert turns[-1].trust < persona.behaviour.end_trust  # he is cold: the next push ends it
    warm = session.say(WARM[lang])
    assert warm.trust_delta > 0
    assert warm.reaction != "end_early", warm.owner_reply
    assert warm.stage != "walked_out"
    assert not session.state.finished


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_push_that_drives_him_out_ends_it_in_words(lang: str) -> None:
    session, _ = _cold(lang)
    last = session.say(PUSH_AGAIN[lang])
    assert last.reaction == "end_early"
    assert last.stage == "walked_out"
    persona = load_persona("family_values_owner")
    goodbyes = persona.lines["end_early"].get(lang)
    # his goodbye is all he says: no line of his own (peak, talk) in place of it
    assert any(g in last.owner_reply or last.owner_reply in g for g in goodbyes), last.owner_reply


# -- costs to scale ------------------------------------------------------------------------------


def test_presuming_costs_less_than_pushing_a_course_of_action() -> None:
    presume = open_session("reluctant_successor", "ja", seed=3, store=None)
    push = open_session("reluctant_successor", "ja", seed=3, store=None)
    for s in (presume, push):
        s.say("はじめまして。今日はよろしくお願いします。")
    mild = presume.say("在庫がホワイトボードだと、数え間違いも起きやすいですよね？")
    hard = push.say("在庫はすぐにでもシステムで管理するべきだと思いませんか？")
    assert mild.trust_delta < 0 and hard.trust_delta < 0
    assert mild.trust_delta > hard.trust_delta, (mild.trust_delta, hard.trust_delta)
    # a presumption costs no more than plain advice to the same owner
    advice = open_session("reluctant_successor", "ja", seed=3, store=None)
    advice.say("はじめまして。今日はよろしくお願いします。")
    told = advice.say("受発注はクラウドのシステムを導入した方がいいですよ。")
    assert mild.trust_delta >= told.trust_delta


def test_telling_him_he_may_decide_himself_pushes() -> None:
    session = open_session("reluctant_successor", "ja", seed=5, store=None)
    session.say("はじめまして。今日はよろしくお願いします。")
    turn = session.say("お父様の意見はともかく、新しいことはご自分でどんどん決めてもいいと思いますよ。")
    assert turn.trust_delta < 0, (turn.trust_delta, turn.reaction)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("もっと人を増やしたらいいんじゃないですか？", "ja", True),
        ("今のやり方は変えた方がいいと思いませんか？", "ja", True),
        ("忙しい時期は大変ですよね？", "ja", False),
        ("お客さんは年配の方が多いんですよね？", "ja", False),
        ("Shouldn't you be hiring more staff?", "en", True),
        ("That must keep you busy, right?", "en", False),
    ],
)
def test_urges_tells_a_push_from_a_presumption(text: str, lang: str, expected: bool) -> None:
    assert urges(text, lang) is expected


def test_a_run_of_fact_questions_costs_from_the_second() -> None:
    session = open_session("family_values_owner", "ja", seed=9, store=None)
    first = session.say("本日はよろしくお願いします。お店は何時から開けていらっしゃるんですか？")
    second = session.say("定休日は何曜日ですか？")
    third = session.say("駅前のお店は何人で回しているんですか？")
    assert first.trust_delta >= 0
    assert second.trust_delta < 0 and third.trust_delta < 0


def test_a_fact_question_after_listening_costs_nothing() -> None:
    session = open_session("family_values_owner", "ja", seed=9, store=None)
    session.say("本日はよろしくお願いします。お店は何時から開けていらっしゃるんですか？")
    session.say("朝早くから、大変ですね。そのお仕事の中で、社長が一番大事にされているのはどんなことですか？")
    fact = session.say("ちなみに、定休日は何曜日ですか？")
    assert fact.trust_delta >= 0


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_asking_the_guarded_founder_for_his_accounts_costs_trust(lang: str) -> None:
    line = {
        "ja": "本日はよろしくお願いします。早速ですが、前期と前々期の決算書をお見せいただくことはできますか？",
        "en": "Thanks for having me. To start, could you show me your financial statements for the last two years?",
    }
    turn = open_session("distrustful_founder", lang, seed=4, store=None).say(line[lang])
    assert turn.trust_delta < 0, (turn.trust_delta, turn.owner_reply)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("次回の面談で、決算書を持ってきていただけませんか。", "ja", True),
        ("決算書は、どなたが作っていらっしゃるんですか？", "ja", False),  # a question about them, no request
        ("決算書を見せていただく必要はありませんので、ご安心ください。", "ja", False),  # a promise
        ("Would you mind bringing the financial statements next time?", "en", True),
        ("Who puts the financial statements together for you?", "en", False),
        ("There's no need to show me the financial statements.", "en", False),
    ],
)
def test_a_request_to_see_is_told_from_a_mention(text: str, lang: str, expected: bool) -> None:
    persona = load_persona("distrustful_founder")
    words = [w for t in persona.answers.topics if t.id == "accounts" for w in t.about.get(lang)]  # type: ignore[union-attr]
    assert asks_to_see(text, lang, words) is expected


# -- gains follow what the move earned -------------------------------------------------------------


def test_a_question_he_turns_aside_earns_less_than_one_he_opens_up_to() -> None:
    session = open_session("family_values_owner", "en", seed=1, store=None)
    session.say("Thank you for making time for me today.")
    aside = session.say("I hear your daughter joined the shop. How do you see your daughter's place in it?")
    opened = session.say("Your mizu-manju, what part of making it do you care about most?")
    assert aside.reaction == "answer_closed" and not aside.revealed  # 「家内に聞いて」: turned aside
    assert opened.revealed  # he tells what he never skimps on
    assert 0 < aside.trust_delta < opened.trust_delta


def test_earned_share_orders_the_replies() -> None:
    from simulator.engine.effects import earned

    full = earned(opened=True, talked=False, aside=False)
    talk = earned(opened=False, talked=True, aside=False)
    plain = earned(opened=False, talked=False, aside=False)
    aside = earned(opened=False, talked=False, aside=True)
    assert full == 1.0 > talk > plain > aside > 0


def _engine_at(path, trust: float, stage, disclosed: list[str]):
    from simulator.engine import EngineState, PersonaEngine

    persona = load_persona(path)
    state = EngineState.initial(persona, "ja", seed=2)
    state.trust, state.stage, state.turn = trust, stage, 6
    state.disclosed = list(disclosed)
    state.trust_history = [trust]
    return PersonaEngine(persona), state


def test_trust_climbs_slowly_past_the_approach_level_while_nothing_personal_is_out(tiny_persona_path) -> None:
    from simulator.acts import Act, Analysis, Features
    from simulator.persona import Stage

    move = Analysis(text="毎日、本当にお忙しいんですね。", lang="ja", acts=[Act.EMPATHY], features=Features())
    engine, ahead = _engine_at(tiny_persona_path, 57.0, Stage.SURFACE, [])
    _, slow = engine.step(ahead, move)
    engine, deep = _engine_at(tiny_persona_path, 57.0, Stage.APPROACH, ["surface_sales", "personal_craftsmen"])
    _, normal = engine.step(deep, move)
    assert set(slow.disclose) <= {"surface_sales"} and not normal.disclose  # a profile fact at most
    assert 0 < slow.trust_delta < normal.trust_delta
    assert slow.stage is Stage.SURFACE


def test_below_the_approach_level_a_warm_move_earns_in_full(tiny_persona_path) -> None:
    from simulator.acts import Act, Analysis, Features
    from simulator.persona import Stage

    move = Analysis(text="毎日、本当にお忙しいんですね。", lang="ja", acts=[Act.EMPATHY], features=Features())
    engine, low = _engine_at(tiny_persona_path, 42.0, Stage.SURFACE, [])
    _, intent = engine.step(low, move)
    assert not any("earns" in r or "slowly" in r for r in intent.reasons), intent.reasons
