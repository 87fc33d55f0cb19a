"""Round 14 (issue 9): Japanese owners answer what was asked and react to what was done.

Every trainee sentence here is new (not copied from the r14 playtests); each test plays a session
through the public API (a later turn too: an earlier fix failed because another engine path took
later turns).
"""

from __future__ import annotations

import re

import pytest

from simulator import load_persona, open_session, persona_ids
from simulator.store import open_store
from simulator.voice.offline import as_written


def _session(owner: str, seed: int = 5):
    return open_session(owner, lang="ja", seed=seed, store=open_store(":memory:"))


def _his_years(owner: str) -> list[str]:
    p = load_persona(owner)
    topic = next(o for o in p.open_answers if any("振り返" in w for w in o.keywords.get("ja")))  # type: ignore[union-attr]
    return list(topic.text.get("ja"))  # type: ignore[arg-type]


WARM_UP = [
    "本日はお時間をいただきありがとうございます。よろしくお願いいたします。",
    "さっそくですが、最近のお仕事の様子を聞かせていただけますか？",
    "なるほど、そうなんですね。そのあたり、もう少し詳しく伺ってもいいですか？",
]
EVENT = [  # 振り返 about an event, a remark or a decision: not his years as president
    "その出来事を今振り返ってみて、どんなふうに受け止めていらっしゃいますか？",
    "あのときのご判断、今振り返るとどう思われますか？",
    "今になって振り返ると、その一言はどう響いていますか？",
]


# class 1: a bare 振り返 no longer pulls in his presidency talk, early or late in a session
@pytest.mark.parametrize("owner", persona_ids())
@pytest.mark.parametrize("at", [0, 3])
def test_looking_back_on_an_event_is_no_tenure_question(owner: str, at: int) -> None:
    s = _session(owner)
    tenure = _his_years(owner)
    for text in WARM_UP[:at]:
        s.say(text)
    for text in EVENT:
        if s.finished:
            break
        reply = as_written(None, s.say(text).owner_reply)
        assert not any(line[:20] in reply for line in tenure), (text, reply)


# the negative case: a question on his years as president still gets that talk
@pytest.mark.parametrize(
    ("owner", "text"),
    [
        ("big_customer_owner", "お父様から継いでこの二十年、これまでを振り返って、いかがでしたか？"),
        ("reluctant_successor", "社長になられてからの二年間を振り返って、いかがですか？"),
        ("move_on_owner", "社長になられてからのこれまでを振り返ってみて、どうですか？"),
    ],
)
def test_a_tenure_question_still_gets_his_years(owner: str, text: str) -> None:
    s = _session(owner)
    s.say(WARM_UP[0])
    reply = as_written(None, s.say(text).owner_reply)
    assert any(line[:15] in reply for line in _his_years(owner)), reply


def _topic_texts(owner: str, *ids: str) -> list[str]:
    p = load_persona(owner)
    assert p.answers is not None
    return [t for a in p.answers.topics if a.id in ids for t in a.text.get("ja")]  # type: ignore[union-attr]


# class 3: who does X — answered with who, not with 「どうって、普通に…」
@pytest.mark.parametrize("owner", persona_ids())
def test_a_who_question_gets_who(owner: str) -> None:
    s = _session(owner, seed=11)
    s.say(WARM_UP[0])
    s.say(WARM_UP[1])
    reply = as_written(None, s.say("ところで、仕入れの手配は、どなたが担当されているんですか？").owner_reply)
    assert any(t in reply for t in _topic_texts(owner, "who_handles", "ec_staff")), reply
    assert "どうって" not in reply


def test_a_who_question_after_his_own_words_is_still_a_who_question() -> None:
    # his words lead in (「…とおっしゃいましたが、」), then a fact of its own is asked
    s = _session("move_on_owner", seed=3)
    s.say(WARM_UP[0])
    reply = as_written(None, s.say("先ほど時間がもったいないとおっしゃいましたが、ネットのお店は誰が担当する予定なんですか？").owner_reply)
    assert any(t in reply for t in _topic_texts("move_on_owner", "who_handles", "ec_staff")), reply


@pytest.mark.parametrize(
    ("text", "how"),
    [
        ("最近、お仕事のほうはどうですか？", True),
        ("社長になられて、いかがでしたか？", True),
        ("発送は誰がやっているんですか？", False),
        ("ほかに相談された方はいらっしゃいますか？", False),
        ("それは大変でしたね。", False),  # no question at all
    ],
)
def test_asks_how(text: str, how: bool) -> None:
    from simulator.wording.asking import asks_how

    assert asks_how(text, "ja") is how


# class 5: no visible seam — an opener that already offers to tell more is not followed by a second
# lead-in (「…もう少しお話ししましょうか。ええと…まあ、お話ししましょうか。」)
@pytest.mark.parametrize("seed", range(24))
def test_no_second_offer_to_tell_after_the_relief(seed: int) -> None:
    from simulator.engine import EngineState
    from simulator.engine.state import ReplyIntent
    from simulator.persona import Reaction, Stage
    from simulator.voice.offline import OFFERS_MORE

    persona = load_persona("big_customer_owner")
    fact = next(f for f in persona.facts if f.depth.value == "personal")
    for lang in ("ja",):  # English: en14's scope
        state = EngineState.initial(persona, lang, seed)
        state.turn = 6
        intent = ReplyIntent(
            reaction=Reaction.DISCLOSE_LEAD, opener=Reaction.SUMMARY_RELIEF, disclose=[fact.id],
            stage=Stage.SURFACE, trust=60, trust_delta=3, ask_kind="open", gave_back=True, approving=True,
        )
        reply = _written_compose(persona, state, intent, 0)
        leads = persona.lines[Reaction.DISCLOSE_LEAD].get(lang)
        relief = persona.lines[Reaction.SUMMARY_RELIEF].get(lang) + persona.approving_lines[Reaction.SUMMARY_RELIEF].get(lang)
        opened = [t for t in relief if reply.startswith(t)]
        assert opened, reply
        if OFFERS_MORE[lang].search(opened[0]):
            assert not any(t in reply for t in leads), reply
        else:  # the negative case: a plain relief line still leads in to the disclosure
            assert fact.text.get(lang) in reply


# class 5: a plain answer that promises a story or an answer (「話せば長くなるけどね」「もう答えは出てる」
# 「聞いてちょうだい」) says it in the same line; he has nothing behind it to tell next turn
TEASE = r"(話せば長く|答えは出て|やることは決まって|聞いてちょうだい|聞いてください)[^。]*。"


@pytest.mark.parametrize("owner", persona_ids())
def test_no_plain_answer_only_teases(owner: str) -> None:
    import re

    from simulator.persona import Reaction

    p = load_persona(owner)
    for reaction in (Reaction.ANSWER_OPEN, Reaction.ANSWER_CLOSED, Reaction.ACKNOWLEDGE):
        for line in p.lines[reaction].get("ja"):
            m = re.search(TEASE, line)
            assert m is None or line[m.end():].strip(), (reaction, line)



# class 3: he echoes only words that were said (「本当に困っていることは」 is not 「一番の悩み、ですか」)
ECHO_WORRY = re.compile(r"^…?(一番の)?悩み(、ですか|ですか|ねえ|？|って[、…？]|…)")


@pytest.mark.parametrize("owner", persona_ids())
def test_no_echo_of_a_word_never_said(owner: str) -> None:
    for seed in range(8):
        s = _session(owner, seed=seed)
        reply = as_written(None, s.say("はじめまして。率直に伺いますが、本当に何も困りごとはないんですか？").owner_reply)
        assert not ECHO_WORRY.search(reply), (seed, reply)


def test_an_echo_of_what_was_said_stays() -> None:
    replies = []
    for owner in persona_ids():
        for seed in range(8):
            s = _session(owner, seed=seed)
            replies.append(as_written(None, s.say("はじめまして。さっそくですが、今一番の悩みは何ですか？").owner_reply))
    assert any(ECHO_WORRY.search(r) for r in replies), replies


# class 4: a course of action pushed on him in so many words gets his reaction (withdraw or
# push-back), though the analyser was unsure of the act
def _after_warm_up(owner: str, text: str):
    s = _session(owner, seed=4)
    s.say(WARM_UP[0])
    s.say("最近のお店の様子はいかがですか？")
    return s.say(text)


PUSHED = [
    ("family_values_owner", "駅ビルに小さな売り場を出せば、若いお客さんもぐっと増えると思うんですが、いかがですか？"),
    ("move_on_owner", "SNS広告に予算をかければ、売上はすぐ伸びると思うんですが、どうですか？"),
    ("family_values_owner", "今はみんなスマホで店を探しますから、LINEで予約を受けられるようにするといいと思いますよ。"),
]


@pytest.mark.parametrize(("owner", "text"), PUSHED)
def test_a_worded_push_gets_his_reaction(owner: str, text: str) -> None:
    from simulator.persona import Reaction

    turn = _after_warm_up(owner, text)
    p = load_persona(owner)
    lines = [x for r in (Reaction.LECTURE_PUSHBACK, Reaction.WITHDRAW) for x in p.lines[r].get("ja")]  # type: ignore[union-attr]
    assert any(x in as_written(None, turn.owner_reply) for x in lines), as_written(None, turn.owner_reply)
    assert turn.trust_delta < 0


@pytest.mark.parametrize(
    "text",
    ["社長ご自身は、どうすればいいとお考えですか？", "お店のこれからについて、どうしたら良いと思われますか？"],
)
def test_asking_his_own_course_is_no_push(text: str) -> None:
    turn = _after_warm_up("family_values_owner", text)
    assert turn.reaction not in ("withdraw", "lecture_pushback"), as_written(None, turn.owner_reply)
    assert turn.trust_delta >= 0


# class 4: a worst case pressed on him (「…が減ったら、どうするんですか」) makes him withdraw and costs
# trust, even wrapped in praise
@pytest.mark.parametrize(
    ("owner", "text"),
    [
        ("big_customer_owner", "長く続いていて立派ですね。でも、もし一番のお得意先から注文が来なくなったら、どうするんですか？"),
        ("family_values_owner", "素敵なお店ですね。ただ、常連さんが離れたら、どうされるおつもりですか？"),
    ],
)
def test_a_worst_case_what_if_makes_him_withdraw(owner: str, text: str) -> None:
    from simulator.persona import Reaction

    turn = _after_warm_up(owner, text)
    p = load_persona(owner)
    assert any(x in as_written(None, turn.owner_reply) for x in p.lines[Reaction.WITHDRAW].get("ja")), as_written(None, turn.owner_reply)  # type: ignore[union-attr]
    assert turn.trust_delta < 0


def test_a_plain_future_question_is_no_worst_case() -> None:
    from simulator.engine.pressure import worst_case

    assert not worst_case("お店が今の形で続いていったら、十年後はどうなっていてほしいですか？", "ja")
    assert not worst_case("職人さんが増えたら、どんなことをしてみたいですか？", "ja")
    assert worst_case("大口の注文が切られたら、社長はどうするんですか？", "ja")
    assert worst_case("ベテランの職人さんが辞めてしまったら、どうされるんですか？", "ja")


# class 4: a plain recap at low trust is not over-welcomed — relief lines that open his heart or
# offer more talk (「胸のつかえが少し下りたわ。…もうちょっと聞いてくれる？」) are approving lines only
OFFER_MORE = re.compile(r"(もうちょっと|もう少し|もっと)(聞いて|お?話し|話して|申し上げ)|胸のつかえ")


@pytest.mark.parametrize("owner", persona_ids())
def test_no_warm_offer_in_a_relief_said_at_any_trust(owner: str) -> None:
    from simulator.persona import Reaction

    p = load_persona(owner)
    for line in p.lines[Reaction.SUMMARY_RELIEF].get("ja"):  # type: ignore[union-attr]
        assert not OFFER_MORE.search(line), line


def test_a_warm_offer_stays_for_an_earned_summary() -> None:
    from simulator.persona import Reaction

    p = load_persona("family_values_owner")
    assert any(OFFER_MORE.search(x) for x in p.approving_lines[Reaction.SUMMARY_RELIEF].get("ja"))  # type: ignore[union-attr]

def _written_compose(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202  (the reply as written: var23)
    from simulator.voice.offline import _compose_once

    return as_written(None, _compose_once(*args, **kwargs))
