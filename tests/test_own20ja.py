"""Playtests r20a/r20b (own20ja): Japanese owners answer what was asked.

- an invitation to ask the supporter something (「何か聞いておきたいことはありますか」) gets his
  question back or "nothing today" (``peak.asked_back``), never his picture of the future or his
  next prepared line (r20a s08 t9, r20b s04 T9); near misses (someone else's questions, a question
  he is asked by customers) are not such an invitation;
- right after he confided something, a question that stays on it (「そのことを、どなたかと」) is
  answered on it (``peak.confided``), never with a profile fact (r20b s03 T11);
- the put-off gate: at warm trust a gentle question gets no put-off (「今日はいいでしょう」「今日の
  ところは、ご勘弁を」); his own words given back as his (「…とおっしゃったのが」) are never put off;
  at low trust the put-off stays (near miss);
- his own past (「若い頃、仕事を覚えられた」) is not his chat about his staff (r20a s01 t6); 「会長
  さんは…どう言って」 asks the chairman's view, not today's phone and fax (r20a s03 t5);
- a future question is worded differently across seeds most of the time.
"""

from __future__ import annotations

import collections
import re

import pytest

from simulator import open_session
from simulator.analysis import analyse
from simulator.datafiles import load_persona
from simulator.engine import EngineState, PersonaEngine
from simulator.engine.invitation import asks_for_his_questions
from simulator.voice.offline import PUT_OFF, compose

PERSONAS = ["big_customer_owner", "distrustful_founder", "family_values_owner", "move_on_owner", "reluctant_successor"]
GREET = "はじめまして、本日はお時間をいただきありがとうございます。担当の佐藤と申します。"
MID = [
    "会社の様子を、社長のお言葉で聞かせていただけますか。",
    "そうだったんですね。日頃、社長はどんなことに一番時間を使っていらっしゃいますか。",
    "なるほど。そのあたりを、もう少し伺えますか。",
]


def _step(pid: str, text: str, trust: float, turn: int = 5, seed: int = 4, **state: object):
    persona = load_persona(pid)
    engine = PersonaEngine(persona)
    st = EngineState.initial(persona, "ja", seed)
    st.trust, st.turn = trust, turn
    for k, v in state.items():
        setattr(st, k, v)
    new, intent = engine.step(st, analyse(text, [], "ja"))
    return persona, new, intent, compose(persona, new, intent, text)


# -- an invitation to ask the supporter ------------------------------------------------------------

ASK_BACK = [
    "ところで、社長のほうから私に何か聞いておきたいことはありますか？",
    "逆に、社長から私にご質問があれば、何でもどうぞ。何かありますか？",
    "ここまでで、私に確認しておきたいことはございますか？",
    "社長が今日いちばん聞きたいことって、どんなことでしょう。",
]
NOT_ASK_BACK = [
    "お客さんから聞かれることで、多いのはどんなことですか？",
    "社員の方が社長に聞きたいことって、何だと思われますか？",
    "社長がいま一番大事にしていることは何ですか？",
    "質問ばかりですみません。受注はどのくらいありますか？",
    "会長さんは、そのことをどう言っていますか？",
]


@pytest.mark.parametrize("text", ASK_BACK)
def test_invitation_to_ask_is_read(text: str) -> None:
    assert asks_for_his_questions(text, "ja")


@pytest.mark.parametrize("text", NOT_ASK_BACK)
def test_near_misses_are_no_invitation_to_ask(text: str) -> None:
    assert not asks_for_his_questions(text, "ja")


@pytest.mark.parametrize("pid", PERSONAS)
@pytest.mark.parametrize("where", ["greeting", "mid"])
@pytest.mark.parametrize("text", ASK_BACK[:3])
def test_asked_back_gets_his_question_or_nothing(pid: str, where: str, text: str) -> None:
    persona = load_persona(pid)
    lines = persona.peak.asked_back.get("ja")  # type: ignore[union-attr]
    session = open_session(pid, "ja", seed=7, store=None)
    session.say(GREET)
    if where == "mid":
        for line in MID:
            session.say(line)
    reply = session.say(text).owner_reply
    assert any(line in reply for line in lines), reply
    future = persona.peak.get("future", "ja")  # type: ignore[union-attr]
    assert not any(line in reply for line in future)


# -- a follow-up right after his confession stays on it ----------------------------------------------

STAYS = [
    "話してくださってありがとうございます。そのことを、これまでどなたかにお話しされたことはありますか。",
    "そうだったんですね…。そういうお話は、ご家族ともされることがありますか。",
    "今のお話、ずっと社長の胸の内にあったんでしょうか。",
]


@pytest.mark.parametrize("pid", PERSONAS)
@pytest.mark.parametrize("text", STAYS)
def test_follow_up_on_a_confession_stays_on_it(pid: str, text: str) -> None:
    persona, _, intent, reply = _step(pid, text, trust=70, turn=9, last_confided=True)
    assert not intent.disclose or all(persona.fact(i).depth.value != "surface" for i in intent.disclose)
    if not intent.disclose:
        assert intent.peak == "confided", (intent.reasons, reply)


@pytest.mark.parametrize("pid", PERSONAS)
def test_new_topic_after_a_confession_is_no_stay(pid: str) -> None:
    # near miss: a question on something else after his confession is answered on that
    _, _, intent, _ = _step(pid, "ところで、社長は毎日何時ごろに出社されるんですか？", trust=70, turn=9, last_confided=True)
    assert intent.peak != "confided"
    # near miss: the same question with no confession before it
    _, _, intent, _ = _step(pid, STAYS[0], trust=70, turn=9, last_confided=False)
    assert intent.peak != "confided"


# -- the put-off gate ----------------------------------------------------------------------------

WARM = {
    "big_customer_owner": "この20年で、社長が『少し変わってきたな』と感じた場面はありますか。",
    "distrustful_founder": "工場長の田村さんとは、どんなふうにお仕事を分けていらっしゃるんでしょう。",
    "family_values_owner": "娘さんとは、お店のこれからについてどんなふうにお話しされていますか。",
    "move_on_owner": "社長ご自身にとって、この会社での仕事はどんな意味を持っていますか。",
    "reluctant_successor": "会長とは、会社のことをどんなふうに決めていらっしゃるんでしょう。",
}


# put-offs written out here, apart from the voice's own pattern
PUT_OFFS = re.compile(r"また今度|おいおい|そのうち|今日はいい|今日のところは|勘弁|うちの中の|話が長くなる|考えてからに|まだ早い|今はいい|また改めて")


@pytest.mark.parametrize("pid", PERSONAS)
@pytest.mark.parametrize("seed", [1, 4, 9])
@pytest.mark.parametrize("trust", [55, 65])
def test_no_put_off_to_a_gentle_question_at_warm_trust(pid: str, seed: int, trust: float) -> None:
    _, _, _, reply = _step(pid, WARM[pid], trust=trust, turn=6, seed=seed)
    assert not PUT_OFFS.search(reply), reply


@pytest.mark.parametrize(
    "line",
    ["…それは、まあ…今日はいいでしょう。", "…それはですねえ、今日のところは、ご勘弁を。", "…それは、うちの中の話だからさ。",
     "ええ、まあ…そこは、もう少し考えてからにさせてください。"],
)
def test_put_off_lines_are_known(line: str) -> None:
    assert PUT_OFF["ja"].search(line)


@pytest.mark.parametrize("line", ["そうですねえ…そこは、うまく言えませんね。", "えっと…うまく言えないです。すみません。"])
def test_honest_inability_is_no_put_off(line: str) -> None:
    assert not PUT_OFF["ja"].search(line)


def test_low_trust_still_puts_off() -> None:
    # near misses: cold, he still holds back (a pushy 「もし…取引を減らしたら」; a question too soon)
    # (since fb20a the pushy what-if is a leading question: he tells nothing and trust falls)
    _, _, intent, _ = _step("big_customer_owner", "でも、もし丸栄さんが取引を減らしたら、どうするんですか？", trust=20)
    assert not intent.disclose and intent.trust_delta < 0 and intent.pushed
    _, _, intent, reply = _step("distrustful_founder", WARM["distrustful_founder"], trust=20)
    assert intent.held_back and PUT_OFF["ja"].search(reply)


@pytest.mark.parametrize("pid", PERSONAS)
@pytest.mark.parametrize("seed", [2, 8])
def test_his_own_words_given_back_are_not_put_off(pid: str, seed: int) -> None:
    # after a push that cost trust, his own words given back as his (「…とおっしゃったのが」) and
    # asked on are never met with a put-off (r20a s08 t8)
    persona = load_persona(pid)
    hesitations = persona.hesitations.get("ja")  # type: ignore[union-attr]
    session = open_session(pid, "ja", seed=seed, store=None)
    session.say(GREET)
    said = session.say("社長は、この会社をこの先どうしていきたいとお考えですか？").owner_reply
    session.say("それなら、まずは新しい取引先を増やすべきですよね？")
    clause = max(re.split(r"[。、…？！「」『』]", said), key=len)
    reply = session.say(
        f"すみません、私ばかり話してしまいました。社長が『{clause}』とおっしゃったのが心に残りました。"
        "そのことについて、もう少し聞かせていただけますか？"
    ).owner_reply
    assert not any(h in reply for h in hesitations), (clause, reply)
    assert not PUT_OFFS.search(reply), (clause, reply)


# -- what the question is about --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "社長ご自身は、若い頃、どうやって仕事を覚えられたんですか。",
        "社長が見習いだった頃は、どんなふうだったんでしょう。",
        "独立される前、修業時代はどんな毎日でしたか。",
    ],
)
def test_his_own_apprenticeship_is_not_his_staff(text: str) -> None:
    persona = load_persona("distrustful_founder")
    staff = {t for o in persona.open_answers if o.id == "craftsmen" for t in o.text.get("ja")}
    session = open_session("distrustful_founder", "ja", seed=5, store=None)
    session.say(GREET)
    session.say("会社の様子を、社長のお言葉で聞かせていただけますか。")
    session.say("正直に申し上げると、現場のことは社長ほど分かっていません。教えていただければと思います。")
    reply = session.say(text).owner_reply
    own = {t for o in persona.open_answers if o.id == "apprenticeship" for t in o.text.get("ja")}
    assert not any(line in reply for line in staff), reply
    assert any(line in reply for line in own), reply


def test_young_staff_still_are_his_staff() -> None:
    # near miss: a question on his young staff is still answered on them
    from simulator.engine.open_talk import open_topic

    persona = load_persona("distrustful_founder")
    found = open_topic(persona, "職人さんたちとは、普段どんなお話をされるんですか。", "ja")
    assert found is not None and found.id == "craftsmen"


@pytest.mark.parametrize("text", ["会長さんはDXについてどう言っているんですか？", "お父様が、新しいシステムについてどう思っていらっしゃるか、伺えますか。"])
def test_the_chairmans_view_is_no_phone_and_fax(text: str) -> None:
    session = open_session("reluctant_successor", "ja", seed=4, store=None)
    session.say(GREET)
    reply = session.say(text).owner_reply
    assert "FAX" not in reply and "ホワイトボード" not in reply, reply


# -- fewer verbatim replays across seeds ------------------------------------------------------------


@pytest.mark.parametrize(
    ("pid", "question"),
    [
        ("big_customer_owner", "会社のこれから、どんな姿になっていたらいいと思われますか？"),
        ("move_on_owner", "3年後、会社がどうなっていたら嬉しいですか？"),
        ("reluctant_successor", "5年後、この会社がどうなっていたらいいなと思われますか？"),
    ],
)
def test_future_is_worded_differently_across_seeds(pid: str, question: str) -> None:
    said: collections.Counter[str] = collections.Counter()
    for seed in range(16):
        session = open_session(pid, "ja", seed=seed, store=None)
        session.say(GREET)
        said[session.say(question).owner_reply] += 1
    assert len(said) >= 5 and said.most_common(1)[0][1] <= 8, said.most_common(3)  # none in over half the seeds


@pytest.mark.parametrize("pid", ["big_customer_owner", "move_on_owner", "reluctant_successor"])
def test_rewordings_are_one_answer_per_meeting(pid: str) -> None:
    # a reworded line is the same answer: said in one wording per meeting, never twice in other words
    persona = load_persona(pid)
    (r,) = persona.peak.rewordings  # type: ignore[union-attr]
    words = persona.peak.wordings(r.line)  # type: ignore[union-attr]
    seen: set[str] = set()
    for seed in range(12):
        session = open_session(pid, "ja", seed=seed, store=None)
        session.say(GREET)
        replies = [session.say(q).owner_reply for q in (
            "この先、会社がどうなっていたらいいと思われますか？",
            "これから、どんな会社にしていきたいですか？",
            "社長の思い描く、これからの会社の姿を聞かせていただけますか？",
        )]
        said = [w for w in words if any(w in x for x in replies)]
        assert len(said) <= 1, replies
        seen.update(said)
    assert len(seen) >= 2  # across meetings, more than one wording


@pytest.mark.parametrize(
    "text", ["では、以前使われた公的な支援は、どんなものだったんですか？", "前回の支援は、どうでしたか。どんな内容だったんでしょう。"]
)
def test_past_support_asked_cold_gets_his_short_answer(text: str) -> None:
    # cold (after a blunt start) he still answers what was asked on the support he had before
    session = open_session("distrustful_founder", "ja", seed=2, store=None)
    session.say(GREET)
    session.say("社長が一番困っていることは何ですか？")
    reply = session.say(text).owner_reply
    assert re.search(r"使った|何回か|いい思い出|支援|補助金", reply), reply
