"""Round 17 (issue 9): Japanese owners answer what was asked, and say nothing that contradicts itself.

Every trainee sentence here is new (not copied from the r16 playtests); sessions are played through
the public API over several seeds.
"""

from __future__ import annotations

import re

import pytest

from simulator import load_persona, open_session, persona_ids
from simulator.store import open_store
from simulator.voice.offline import as_written
from simulator.wording.asking import ask_kind, asks_own_answer, read_question

SEEDS = range(4)
GREETING = "本日はお時間をいただきありがとうございます。どうぞよろしくお願いいたします。"


def _play(owner: str, turns: list[str], seed: int) -> str:
    s = open_session(owner, lang="ja", seed=seed, store=open_store(":memory:"))
    reply = ""
    for text in turns:
        reply = as_written(None, s.say(text).owner_reply)
    return reply


# -- class 1: what goes through his mind, what would happen, what felt wrong: his own answer -----------


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("仕込みをされている間、どんなことを考えていらっしゃるんですか。", True),
        ("もし受注を画面で見られるようにしたら、現場ではどんなことが起きそうですか？", True),
        ("その集まりが『肌に合わない』と感じられたのは、どんなところだったんでしょう。", True),
        # negatives: what he does, a moment (「ふと感じる」 is no 「と感じた」), a plain fact
        ("ふだんは、どんなことをされているんですか？", False),
        ("そういう気持ちは、どんなときにふと感じられるんですか。", False),
        ("工場では何人くらいが働いていらっしゃいますか？", False),
    ],
)
def test_a_question_on_his_mind_has_an_answer_of_his_own(text: str, own: bool) -> None:
    assert asks_own_answer(text, "ja") is own


def test_a_moment_is_still_a_scene_question() -> None:
    # negative: the own-answer reading leaves 「どんなときにふと感じられるんですか」 a scene question
    assert ask_kind("そういう気持ちは、どんなときにふと感じられるんですか。", "ja") == "scene"


SEMINAR = re.compile(r"横文字|先生の話")


@pytest.mark.parametrize("seed", SEEDS)
def test_his_view_of_seminars_is_answered_on_seminars(seed: int) -> None:
    reply = _play("family_values_owner", [GREETING, "前に勉強会のような場に出られたと伺いました。ああいう場は、社長から見てどうでしたか。"], seed)
    assert SEMINAR.search(reply), reply
    assert not re.search(r"人手|職人は私を入れて", reply), reply


@pytest.mark.parametrize("seed", SEEDS)
def test_a_question_on_his_sweets_gets_no_seminar_talk(seed: int) -> None:
    # negative: the seminar talk is said only to a question on seminars
    reply = _play("family_values_owner", [GREETING, "季節のお菓子は、どんなふうに決めていらっしゃるんですか。"], seed)
    assert not SEMINAR.search(reply), reply


# -- class 2: a double question on a topic he was just told about is that topic -----------------------


def test_a_double_question_after_his_history_asks_that_history() -> None:
    p = load_persona("distrustful_founder")
    q = read_question(p, "以前、専門家派遣を使われたことがあると伺いました。そのときはいかがでしたか？助かりましたか？", "ja")
    assert q.topic is not None and q.topic.id == "past_support"
    # negatives: a double question on another topic keeps its own; a lone question after a remark
    # on his history asks nothing of it
    q = read_question(p, "以前、専門家派遣を使われたと伺いました。最近お忙しいですか？お休みは取れていますか？", "ja")
    assert q.topic is not None and q.topic.id == "days_off"
    q = read_question(p, "以前、専門家派遣を使われたと伺いました。今日はいい天気ですね。工場は何時から動いていますか？", "ja")
    assert q.topic is None or q.topic.id != "past_support"


@pytest.mark.parametrize("seed", SEEDS)
def test_his_past_support_is_answered_not_shrugged_off(seed: int) -> None:
    reply = _play("distrustful_founder", [GREETING, "以前、専門家派遣を使われたことがあると伺いました。そのときはいかがでしたか？助かりましたか？"], seed)
    assert re.search(r"ある|使った", reply), reply
    assert reply.strip() != "まあ、いいよ。"


# -- class 2: no put-off that asks for the very topic asked; the move-on owner's own request answered --


def test_no_put_off_asks_to_talk_about_sales() -> None:
    # a put-off said to any question must not ask for sales talk: said to a sales question it
    # contradicts itself (「今日はいいでしょ。それより売上の話を」)
    for owner in persona_ids():
        lines = load_persona(owner).hesitations
        for line in lines.get("ja") if lines else []:
            assert not re.search(r"それより[^。]*売上", line), (owner, line)


STOCK = re.compile(r"一概|そういう(とこ|ところ)もあ|ほういうところもあ|考えたこと(が|も)?な|そんなところ")


@pytest.mark.parametrize("owner", persona_ids())
@pytest.mark.parametrize("seed", range(2))
def test_a_sales_trend_question_gets_his_trend(owner: str, seed: int) -> None:
    # 「売上は最近…」 names his sales trend: never 「一概には言えない」 or 「考えたことがなかった」
    reply = _play(owner, [GREETING, "ところで、売上は最近落ちてきていますか？"], seed)
    assert not STOCK.search(reply), reply
    assert re.search(r"横ばい|変わ|下が|減|落ち", reply), reply


@pytest.mark.parametrize("seed", SEEDS)
def test_who_builds_his_web_shop_is_answered(seed: int) -> None:
    reply = _play("move_on_owner", [GREETING, "ネット販売のサイトを作ってくれる会社は、もう決まっていますか？"], seed)
    assert re.search(r"まだ", reply), reply
    assert not re.search(r"今掘ります|今じゃなくて|置いとこう|追い追い", reply), reply


def test_a_carrier_is_no_web_vendor() -> None:
    # negative: a haulier is asked about, not who builds the shop
    q = read_question(load_persona("move_on_owner"), "運送の業者さんは、どこを使っていますか？", "ja")
    assert q.topic is None or q.topic.id != "ec_vendor"


# -- class 3: he knows his own customers and his own people -------------------------------------------


@pytest.mark.parametrize("owner", persona_ids())
def test_how_many_he_ships_to_is_his_customer_count(owner: str) -> None:
    p = load_persona(owner)
    q = read_question(p, "お店や会社に卸しているとも伺いました。出荷先は、何社くらいあるんですか？", "ja")
    assert q.topic is not None and q.topic.id == "customer_count"
    # negative: the bank he deals with is no customer count
    q = read_question(p, "取引されている銀行は、どちらですか？", "ja")
    assert q.topic is None or q.topic.id != "customer_count"


@pytest.mark.parametrize("seed", SEEDS)
def test_the_move_on_owner_knows_how_many_supermarkets(seed: int) -> None:
    reply = _play("move_on_owner", [GREETING, "スーパーが中心と伺いましたが、出荷先は何社くらいと取引されているんですか？"], seed)
    assert "十数社" in reply, reply
    assert "把握してない" not in reply


@pytest.mark.parametrize(
    "question",
    ["古い人たちって、誰のことですか？", "古くからいる社員さんというのは、どんな方たちなんですか？"],
)
@pytest.mark.parametrize("seed", SEEDS)
def test_the_successor_knows_who_his_long_timers_are(question: str, seed: int) -> None:
    reply = _play("reluctant_successor", [GREETING, question], seed)
    assert not re.search(r"会長に聞", reply), reply
    assert re.search(r"父の代|三十年|ベテラン", reply), reply
    assert "若い社員" not in reply


@pytest.mark.parametrize("seed", SEEDS)
def test_a_question_on_the_young_staff_still_gets_them(seed: int) -> None:
    # negative: the long-timers' talk is not said to a question on the young staff
    reply = _play("reluctant_successor", [GREETING, "若い社員さんとは、どんなお話をされますか？"], seed)
    assert "古くからいる人たち" not in reply and "ベテランの人たちは、仕事は" not in reply


# -- class 2: his relief at a summary is not followed by a promise he does not keep, nor a half no ----


@pytest.mark.parametrize("owner", persona_ids())
@pytest.mark.parametrize("seed", range(12))
def test_a_relief_with_nothing_to_tell_stands_alone(owner: str, seed: int) -> None:
    from simulator.engine import EngineState
    from simulator.engine.state import ReplyIntent
    from simulator.persona import Reaction, Stage
    from simulator.voice.offline import OFFERS_MORE

    persona = load_persona(owner)
    state = EngineState.initial(persona, "ja", seed)
    state.turn = 8
    intent = ReplyIntent(
        reaction=Reaction.ANSWER_CLOSED, opener=Reaction.SUMMARY_RELIEF, disclose=[],
        stage=Stage.SURFACE, trust=60, trust_delta=2, ask_kind="polar", gave_back=True, approving=False,
    )
    reply = _written_compose(persona, state, intent, 0)
    relief = persona.lines[Reaction.SUMMARY_RELIEF].get("ja") + persona.approving_lines[Reaction.SUMMARY_RELIEF].get("ja")
    assert reply in relief, reply  # the relief line alone: no 「…半分くらいは、そうかも」 after it
    assert not OFFERS_MORE["ja"].search(reply), reply


@pytest.mark.parametrize("seed", range(12))
def test_a_relief_before_a_disclosure_may_still_offer_it(seed: int) -> None:
    # negative: with a fact to tell, the relief line and the fact both come
    from simulator.engine import EngineState
    from simulator.engine.state import ReplyIntent
    from simulator.persona import Reaction, Stage

    persona = load_persona("reluctant_successor")
    fact = next(f for f in persona.facts if f.depth.value == "personal")
    state = EngineState.initial(persona, "ja", seed)
    state.turn = 8
    intent = ReplyIntent(
        reaction=Reaction.DISCLOSE_LEAD, opener=Reaction.SUMMARY_RELIEF, disclose=[fact.id],
        stage=Stage.SURFACE, trust=60, trust_delta=3, ask_kind="polar", gave_back=True, approving=True,
    )
    reply = _written_compose(persona, state, intent, 0)
    assert any(v in reply for v in [fact.text.get("ja"), *(fact.variants.get("ja") if fact.variants else [])]), reply


# -- class 5: owners do not share their scene and future lines ----------------------------------------


@pytest.mark.parametrize("motif", [r"働ける会社", r"^…?朝、"])
def test_a_stock_motif_belongs_to_one_owner(motif: str) -> None:
    # r16: 「今いる者が安心して働ける会社」 and 「社員がちゃんと続けて働ける会社」, three lonely mornings
    owners = set()
    for owner in persona_ids():
        peak = load_persona(owner).peak
        assert peak is not None
        for kind in ("scene", "future"):
            texts = getattr(peak, kind)
            if any(re.search(motif, line) for line in (texts.get("ja") if texts else [])):
                owners.add(owner)
    assert len(owners) <= 1, owners


# -- class 2: the owner of values talks about what he has held dear ------------------------------------

PUT_OFF = re.compile(r"今日の話ではない|今日はいい|また今度|追い追い")


@pytest.mark.parametrize("seed", SEEDS)
def test_what_he_has_held_dear_is_told(seed: int) -> None:
    reply = _play("family_values_owner", [GREETING, "お店を続けてこられた中で、社長が一番大事にしてきたのは、どんなことでしょう。"], seed)
    assert not PUT_OFF.search(reply), reply
    assert re.search(r"大事|いつもの|同じ味|材料|小豆", reply), reply


@pytest.mark.parametrize("seed", SEEDS)
def test_a_question_on_his_customers_gets_no_held_dear_talk(seed: int) -> None:
    # negative: his 'same taste every morning' is no answer to who buys
    reply = _play("family_values_owner", [GREETING, "最近は、どんなお客さんが多いんですか。"], seed)
    assert "同じ手で同じ味" not in reply and "『いつもの』を崩さん" not in reply


@pytest.mark.parametrize("seed", SEEDS)
def test_whether_many_are_long_timers_is_answered(seed: int) -> None:
    reply = _play("reluctant_successor", [GREETING, "社員さんのなかには、古くからいらっしゃる方も多いんですか？"], seed)
    assert not PUT_OFF.search(reply) and "改めて" not in reply, reply
    assert re.search(r"ベテラン|五十", reply), reply

def _written_compose(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202  (the reply as written: var23)
    from simulator.voice.offline import _compose_once

    return as_written(None, _compose_once(*args, **kwargs))
