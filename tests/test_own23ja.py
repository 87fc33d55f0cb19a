"""Playtests r22a/r22b (own23ja): Japanese owners answer the turn they were given.

- a feelings question on a moment (「そのメールを読まれたとき、本当はどう思われましたか」「…胸の内は
  どうだったんでしょう」) is a feeling asked: his feeling lines, never his next profile fact (r22b s01
  T9, r22a s01 T8); 「…のは、どんな瞬間ですか」 asks a moment (r22a s08 T6: 「どうって…」);
- a summary put to him for correction (「ずれていたら、遠慮なくおっしゃってください」) is confirmed first
  (r22b s01 T10);
- a why on something not done (「作り直せていないのには、何か理由が」) is not answered with what set off
  his wish (r22b s04 T8: the phone-call story a turn late);
- 「社長ご自身は、どうしてこの道に」 asks his own path, not why young people do not come (r22b s08 T6);
- an invitation to tell his own story after a kind presumption (「社長も十年かけて一人前になられたん
  ですよね。そのころのこと、よかったら聞かせてください」) is no push (r22b s08 T7);
- his stock non-answers earn little trust (r22a s08 T6, s05 T4, s01 T8);
- his knowledge test never re-asks what the talk just settled (r22a s04 T3).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from simulator import open_session
from simulator.analysis import analyse
from simulator.datafiles import load_persona
from simulator.engine import EngineState, PersonaEngine
from simulator.engine.open_talk import cause_topic
from simulator.persona import Reaction
from simulator.wording.asking import ask_kind
from simulator.wording.peak import checks

PLAYTESTS = Path(__file__).resolve().parent.parent / "benchmarks" / "playtests"
PERSONAS = ["big_customer_owner", "distrustful_founder", "family_values_owner", "move_on_owner", "reluctant_successor"]

# -- what kind of question: feelings on a moment, a moment ----------------------------------------

FEELING = [
    "その知らせを聞かれたとき、正直どう思われましたか。",
    "会長にそう言われた時、本当はどう思っていらしたんでしょう。",
    "お父様から店を任されたとき、何を思われましたか。",
    "社長の本音としては、いかがなんでしょう。",
    "断りの電話を受けた瞬間、どう思われましたか。",
    "奥様にそうおっしゃったとき、胸の内はどうだったんでしょうか。",
]
NOT_FEELING = [
    "この計画について、社長はどう思われますか。",  # his view of a matter
    "今のお話、ずっと社長の胸の内にあったんでしょうか。",  # a yes/no on a confession
    "そのとき、どうされましたか。",  # what he did
]
SCENE = [
    "人が足りないと分かるのは、どういう場面ですか。",
    "それが一番はっきり見えてくるのは、どんな瞬間ですか。",
    "先のことが気になるのは、どんな場面が多いですか。",
]


@pytest.mark.parametrize("text", FEELING)
def test_feelings_on_a_moment_are_feelings(text: str) -> None:
    assert ask_kind(text, "ja") == "feeling"


@pytest.mark.parametrize("text", NOT_FEELING)
def test_near_misses_are_not_feelings(text: str) -> None:
    assert ask_kind(text, "ja") != "feeling"


@pytest.mark.parametrize("text", SCENE)
def test_a_moment_asked_is_a_scene(text: str) -> None:
    assert ask_kind(text, "ja") == "scene"


# -- a summary put to him for correction ------------------------------------------------------------

CHECKS = [
    "ここまでを整理すると、AとBということかと。私の理解がずれていたら、遠慮なく直してください。",
    "お客さんが減って、人も足りない。違っていたら教えてください。",
    "つまり、お店を守ることが一番大事。こういうことでしょうか。",
    "受け止め方が間違っていたら、ご指摘ください。",
]
NOT_CHECKS = [
    "ずれてしまった工程を直すには、どうしたらいいでしょう。",
    "新しい商品のことを教えてください。",
]


@pytest.mark.parametrize("text", CHECKS)
def test_a_request_for_correction_checks(text: str) -> None:
    assert checks(text, "ja")


@pytest.mark.parametrize("text", NOT_CHECKS)
def test_near_misses_do_not_check(text: str) -> None:
    assert not checks(text, "ja")


# -- why not vs. why; his own path -------------------------------------------------------------------

WHY_NOT = [
    ("move_on_owner", "ホームページを今まで新しくできていないのには、何か事情があるんでしょうか。"),
    ("move_on_owner", "ネット通販に、これまで踏み切れなかったのは、なぜなんでしょう。"),
    ("family_values_owner", "職人さんを増やせていないのは、どうしてだと思われますか。"),
]


@pytest.mark.parametrize("pid,text", WHY_NOT)
def test_a_why_not_is_not_his_motive(pid: str, text: str) -> None:
    assert ask_kind(text, "ja") == "cause"
    assert cause_topic(load_persona(pid), text, "ja") is None


def test_near_miss_why_he_wants_it_keeps_his_motive() -> None:
    found = cause_topic(load_persona("move_on_owner"), "ネット通販をやろうと思われたのは、何かきっかけが？", "ja")
    assert found is not None and found.id == "ec_hopes"
    found = cause_topic(load_persona("family_values_owner"), "若い人が職人になりたがらないのは、なぜでしょう。", "ja")
    assert found is not None and found.id == "craftsmen"


OWN_PATH = {
    "big_customer_owner": "presidency",
    "distrustful_founder": "apprenticeship",
    "family_values_owner": "looking_back",
    "move_on_owner": "presidency",
    "reluctant_successor": "two_years",
}


@pytest.mark.parametrize("pid", PERSONAS)
@pytest.mark.parametrize("text", ["社長ご自身は、どうしてこの道に入られたんですか。", "そもそも、どうしてこの世界に入ろうと思われたんでしょう。"])
def test_his_own_path_is_his_own(pid: str, text: str) -> None:
    found = cause_topic(load_persona(pid), text, "ja")
    assert found is not None and found.id == OWN_PATH[pid]


# -- an invitation to tell his story -----------------------------------------------------------------


def _state(pid: str, said: list[str], trust: float = 35.0, turn: int = 5) -> tuple[Any, PersonaEngine, EngineState]:
    persona = load_persona(pid)
    engine = PersonaEngine(persona)
    st = EngineState.initial(persona, "ja", 7)
    st.trust, st.turn = trust, turn
    for text in said:
        engine.remember_owner_words(st, [], text)
    return persona, engine, st


INVITES = [
    ("family_values_owner", "社長も京都で何年も修業されたんですよね。そのころのお話、よかったら聞かせてください。"),
    ("distrustful_founder", "社長も若い頃は親方に鍛えられたんですよね。そのころのこと、お聞かせいただけますか。"),
    ("reluctant_successor", "社長も東京では大きな取引を任されていたんですよね。そのころのお話、ぜひ聞かせてください。"),
]
PUSHY = [
    ("family_values_owner", "若い人にはもっと厳しく修業させるべきですよね。そのあたり、聞かせてください。"),
    ("move_on_owner", "ネットで売るしかないんじゃないですか。ご意見を聞かせてください。"),
]


@pytest.mark.parametrize("pid,text", INVITES)
def test_an_invitation_to_his_story_is_no_push(pid: str, text: str) -> None:
    from simulator.engine.moves import invites_his_story  # new in own23ja

    _, engine, st = _state(pid, ["まあ、いろいろあったよ。"])
    a = analyse(text, [], "ja")
    assert invites_his_story(st, a)
    _, intent = engine.step(st, a)
    assert intent.reaction is not Reaction.WITHDRAW, intent.reasons
    assert intent.trust_delta >= 0, intent.reasons


@pytest.mark.parametrize("pid,text", PUSHY)
def test_near_miss_a_push_before_a_request_still_pushes(pid: str, text: str) -> None:
    from simulator.engine.moves import invites_his_story  # new in own23ja

    _, _, st = _state(pid, ["まあ、いろいろあったよ。"])
    assert not invites_his_story(st, analyse(text, [], "ja"))


# -- his test re-asks nothing settled ----------------------------------------------------------------


def test_settled_test_line_is_avoided() -> None:
    from simulator.voice.offline import Settled  # new in own23ja

    settled = Settled(["前は楽天で失敗してるから、今度は自社サイトかなとも思うけど。", "それなら自社サイトがいいと思います。"])
    assert settled.search("で、ECってどこのがいいの？楽天？Amazon？それとも自分とこでサイト作るの？")
    assert not settled.search("ホームページ作るのに補助金って使えるの？いくらぐらい出るもんなの？")


# -- in context: five owners, turns of my own ------------------------------------------------------

SESSIONS: dict[str, list[tuple[str, str]]] = {
    # (trainee turn, what must hold: "feeling", "scene", "path", "invite", "confirm", "-" nothing special)
    "family_values_owner": [
        ("はじめまして、商工会の田中です。本日はお時間をいただきありがとうございます。まずはお店のことを、社長のお言葉で聞かせていただけますか。", "-"),
        ("長く続いてきたお店なんですね。職人さんたちとは、普段どんなお話をされますか。", "-"),
        ("社長ご自身は、どうしてこの道に入られたんですか。", "path"),
        ("社長も京都で何年も修業されたんですよね。そのころのお話、よかったら聞かせてください。", "invite"),
        ("毎日叱られながら覚えたことが、今も手に残っている。そのお店を継がれたとき、本当はどう思われましたか。", "feeling"),
        ("お客さんの様子が変わってきたとおっしゃいましたが、それを一番感じるのは、どんな瞬間ですか。", "scene"),
    ],
    "distrustful_founder": [
        ("はじめまして、商工会議所の佐藤です。今日は審査ではなく、社長のお話を伺いに来ました。会社のことを聞かせていただけますか。", "-"),
        ("一代でここまで育ててこられたんですね。社長ご自身は、どうして職人の道に入られたんですか。", "path"),
        ("図面は、正直に申し上げると少ししか読めません。社長に教えていただきながら伺えればと思います。", "-"),
        ("若い人が続かないとおっしゃいましたが、それを一番感じるのは、どういう場面ですか。", "scene"),
        ("最初に独立を決められたとき、胸の内はどうだったんでしょう。", "feeling"),
    ],
    "move_on_owner": [
        ("はじめまして、商工会の鈴木です。本日はよろしくお願いします。ネット販売のこと、まずは社長のお考えを聞かせてください。", "-"),
        ("ホームページを10年前から作り直せていないのには、何か理由があったんでしょうか。", "whynot"),
        ("社長ご自身は、どうして家業に戻ろうと思われたんですか。", "path"),
        ("お父様から継ぐと決まったとき、本当はどう思われましたか。", "feeling"),
        ("売上が伸びないと一番実感するのは、どんな瞬間ですか。", "scene"),
    ],
    "big_customer_owner": [
        ("はじめまして、商工会議所の山田です。本日はありがとうございます。まずは会社のことを社長のお言葉で聞かせていただけますか。", "-"),
        ("社長ご自身は、どうしてこの会社に入られたんですか。", "path"),
        ("お父様の会社を継ぐと決めたとき、正直どう思われましたか。", "feeling"),
        ("ここまでのお話をまとめますと、長男としていずれ継ぐと思ってこられて、お父様の代からのお仕事を途切れずに続けてこられた。こういうことでしょうか。違っていたら教えてください。", "confirm"),
    ],
    "reluctant_successor": [
        ("はじめまして、商工会の高橋です。本日はお時間をいただきありがとうございます。会社のことを、社長のお言葉で聞かせていただけますか。", "-"),
        ("お父様の代からのお付き合いが中心なんですね。社長ご自身は、どうして家業に戻ろうと思われたんですか。", "path"),
        ("会長から「そろそろだ」と言われたとき、本当はどう思われましたか。", "feeling"),
        ("それがはっきり見えてくるのは、どんな瞬間ですか。", "scene"),
        ("東京の商社にいらしたころ、社長も大きな取引を任されていたんですよね。そのころのお話、よかったら聞かせてください。", "invite"),
    ],
}
# the stock lines that answer nothing (his 「どうって言われてもなあ」): a move drawing one earns little
EVASION_GAIN = 3.0


def _play(pid: str, seed: int, turns: list[str]) -> list[tuple[Any, Any]]:
    """Play ``turns``; each trainee turn with its Turn and the engine's intent."""
    intents: list[Any] = []
    engine_step = PersonaEngine.step

    def spy(self: PersonaEngine, state: EngineState, analysis: Any) -> Any:
        out = engine_step(self, state, analysis)
        intents.append(out[1])
        return out

    session = open_session(pid, lang="ja", seed=seed)
    PersonaEngine.step = spy  # type: ignore[method-assign]
    try:
        played = [session.say(t) for t in turns]
    finally:
        PersonaEngine.step = engine_step  # type: ignore[method-assign]
    return list(zip(played, intents, strict=True))


def _is_stock(intent: Any) -> bool:
    return (
        intent.reaction in (Reaction.ANSWER_OPEN, Reaction.ANSWER_CLOSED) and not intent.disclose
        and intent.peak is None and intent.open_topic is None and intent.answer is None and intent.opener is None
    )


@pytest.mark.parametrize("seed", [2323, 4501])
@pytest.mark.parametrize("pid", sorted(SESSIONS))
def test_owners_answer_the_turn_given(pid: str, seed: int) -> None:
    persona = load_persona(pid)
    turns = SESSIONS[pid]
    for (text, want), (turn, intent) in zip(turns, _play(pid, seed, [t for t, _ in turns]), strict=True):
        why = (text, turn.owner_reply, intent.reasons)
        surface = [i for i in intent.disclose if persona.fact(i).depth.value == "surface"]
        if want == "feeling":
            assert intent.ask_kind == "feeling" and not surface, why
        elif want == "scene":
            assert intent.ask_kind == "scene" and not surface, why
        elif want == "path":
            assert intent.open_topic == OWN_PATH[pid] or intent.peak is not None, why
        elif want == "invite":
            assert intent.reaction is not Reaction.WITHDRAW and turn.trust_delta >= 0, why
            assert not surface, why
        elif want == "whynot":
            assert intent.open_topic != "ec_hopes", why
        elif want == "confirm":
            assert Reaction.SUMMARY_RELIEF in (intent.reaction, intent.opener) or intent.reaction is Reaction.REFLECTION_RESPONSE, why
        if _is_stock(intent):
            assert turn.trust_delta <= EVASION_GAIN, why


# -- the playtest turns replayed ---------------------------------------------------------------------


def _trainee_turns(round_: str, session: str) -> list[str]:
    txt = (PLAYTESTS / round_ / "raw" / f"{session}.txt").read_text(encoding="utf-8")
    out = re.findall(r"=== TRAINEE: (.*)\n", txt)
    return out or [t.strip() for t in re.findall(r"\$ play.py say \S+ (.*)\n", txt)]


def test_r22b_s04_t8_why_not_is_not_the_phone_story() -> None:
    played = _play("move_on_owner", 4504, _trainee_turns("r22b", "s04")[:8])
    turn, intent = played[7]
    assert "電話" not in turn.owner_reply and intent.open_topic != "ec_hopes", (turn.owner_reply, intent.reasons)


def test_r22b_s01_t9_t10_feeling_then_confirmation() -> None:
    played = _play("big_customer_owner", 4501, _trainee_turns("r22b", "s01")[:10])
    t9, i9 = played[8]
    assert i9.ask_kind == "feeling" and "営業" not in t9.owner_reply, t9.owner_reply
    t10, i10 = played[9]
    assert Reaction.SUMMARY_RELIEF in (i10.reaction, i10.opener), i10.reasons
    assert not t10.owner_reply.startswith("いやあ、そこまで覚えて"), t10.owner_reply


def test_r22b_s08_t6_t7_his_path_and_the_invitation() -> None:
    played = _play("family_values_owner", 4508, _trainee_turns("r22b", "s08")[:7])
    t6, i6 = played[5]
    assert i6.open_topic == "looking_back" and "若い人" not in t6.owner_reply, t6.owner_reply
    t7, i7 = played[6]
    assert i7.reaction is not Reaction.WITHDRAW and t7.trust_delta >= 0, (t7.owner_reply, i7.reasons)


@pytest.mark.parametrize(
    "pid,seed,session,at",
    [("distrustful_founder", 4408, "s08", 6), ("reluctant_successor", 4405, "s05", 4), ("big_customer_owner", 4401, "s01", 8)],
)
def test_r22a_no_trust_on_stonewalling(pid: str, seed: int, session: str, at: int) -> None:
    played = _play(pid, seed, _trainee_turns("r22a", session)[:at])
    for turn, intent in played:
        if _is_stock(intent):
            assert turn.trust_delta <= EVASION_GAIN, (turn.owner_reply, intent.reasons)
    turn, intent = played[at - 1]
    assert intent.peak is not None or turn.trust_delta <= EVASION_GAIN, (turn.owner_reply, intent.reasons)


def test_r22a_s04_t3_test_does_not_reask_what_he_said() -> None:
    played = _play("move_on_owner", 4404, _trainee_turns("r22a", "s04")[:3])
    turn, _ = played[2]
    assert "楽天？Amazon？" not in turn.owner_reply, turn.owner_reply
