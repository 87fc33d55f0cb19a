"""Playtest r9: the reaction the owner chooses fits what the trainee did.

- the advice pushback (「うちのような会社では、なかなかそこまでは…」) answers real advice only: not a
  what-if put to him about his own wishes, not words quoted from someone else, not a request to
  explain his words (「というのはどういうことですか」), not a brief answer that weighs options he
  asked for; a one-line tip costs less than a lecture and never gets 「レベルが高すぎて」;
- 「〜すべきだと思いますが、どう思いますか」 is advice, whatever the analyser labels it;
- an echo 「〜、ですか。」 followed by the supporter's own statements asks nothing back;
- the owner walks out only on a turn that cost trust or patience;
- a warm goodbye (「話してみるもんやね」) only when trust was earned and kept; 「審査じゃないってのは
  分かったよ」 only once the supporter spoke of an audit.
"""

from __future__ import annotations

import pytest

from simulator import open_session
from simulator.datafiles import load_persona
from simulator.engine.moves import (
    answer_length,
    corrects_own_words,
    for_next_time,
    leads_on,
    own_proposal,
    takes_leave,
    tells_him_must,
    tells_what_to_do,
)
from simulator.engine.state import EngineState, ReplyIntent
from simulator.persona import Reaction, Stage
from simulator.voice.offline import AUDIT, LOFTY, as_written, compose

HELLO = {"ja": "本日はお時間をいただきありがとうございます。", "en": "Thank you for making time for me today."}


def meeting(pid: str, lines: list[str], lang: str = "ja", seed: int = 0) -> list:
    session = open_session(pid, lang, seed=seed, store=None)
    return [session.say(line) for line in lines]


# -- the pushback answers real advice only --------------------------------------------------

NO_PROPOSAL = [
    ("ja", "もし、その責任を少し脇に置いてみたら、社長ご自身は本当はどんなお店にしたいと思われますか。"),
    ("ja", "奥様が『一度専門家に相談してみたら』とおっしゃったんですね。そのとき、社長はどう感じられましたか。"),
    ("ja", "さきほどの、数字は見たくない、というのはどういうことか、もう少し教えていただけますか。"),
    ("ja", "そのお店のやり方で、一番いいなと思われたのはどういう点でしたか。"),
    ("en", "If you could set aside the duty to the old customers for a moment, what would you want for the company?"),
    ("en", "Your wife said \"why not talk to someone about it\". How did that land with you?"),
]
PROPOSAL = [
    ("ja", "SNSを始めてみたらどうですか。"),
    ("ja", "一度、求人サイトを使ってみたら、応募が増えると思いますよ。"),
    ("en", "Have you tried selling on a marketplace?"),
]


@pytest.mark.parametrize(("lang", "text"), NO_PROPOSAL)
def test_a_what_if_a_quote_or_a_clarification_proposes_nothing(lang: str, text: str) -> None:
    assert not own_proposal(text, lang)


@pytest.mark.parametrize(("lang", "text"), PROPOSAL)
def test_real_proposals_still_propose(lang: str, text: str) -> None:
    assert own_proposal(text, lang)


@pytest.mark.parametrize(
    ("owner", "lang", "lines"),
    [
        ("big_customer_owner", "ja", [
            "お仕事のことを聞かせていただけますか。",
            "長いお付き合いを守ってこられたんですね。もし、その役目を少し脇に置いてみたら、社長ご自身はこの先どうしていきたいと思われますか。",
        ]),
        ("family_values_owner", "ja", [
            "お店のことを聞かせていただけますか。",
            "奥様が『一度話を聞いてみたら』とおっしゃったんですね。奥様は、お店の先々をどう見ていらっしゃるように思われますか。",
        ]),
        ("family_values_owner", "en", [
            "Could you tell me about the shop?",
            "If you could set that worry aside for a moment, what would you want the shop to be like in ten years?",
        ]),
    ],
)
def test_an_open_question_gets_no_advice_pushback(owner: str, lang: str, lines: list[str]) -> None:
    turns = meeting(owner, [HELLO[lang], *lines], lang=lang, seed=909)
    assert turns[-1].reaction != "lecture_pushback", as_written(None, turns[-1].owner_reply)
    assert turns[-1].trust_delta >= 0, (as_written(None, turns[-1].owner_reply), turns[-1].trust_delta)


def test_weighing_options_is_no_hard_sell_and_the_question_back_is_not_counted() -> None:
    en = ("A marketplace brings visitors but takes a cut, while with your own shop you have to find the "
          "visitors yourself. It depends on what matters most to you. What matters most to you there?")
    assert not tells_what_to_do(en, "en")
    assert answer_length(en, "en") < len(en.split())
    assert tells_what_to_do("You have to open your own web shop, it's the only way.", "en")
    ja = "モールは集客力がある一方で手数料がかかり、自社サイトは自分で集客する必要があります。社長はどちらが気になりますか。"
    assert not tells_what_to_do(ja, "ja")
    assert answer_length(ja, "ja") < len(ja)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "人を育てるには、まず社長が現場に出るべきだと思いますが、いかがですか？"),
        ("ja", "古い機械は早めに入れ替えた方がいいと思いますよ。"),
        ("en", "You should bring in younger staff soon, don't you think?"),
    ],
)
def test_telling_him_what_he_must_do_is_advice(lang: str, text: str) -> None:
    assert tells_him_must(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "無理に全部話すべきだとは思っていません。"),
        ("ja", "社長ご自身は、会社がまず手をつけるべきことは何だと思われますか。"),
        ("ja", "もう辞めた方がいいと思われた時期もあったんですね。"),
        ("en", "I don't think you should feel you have to answer everything today."),
        ("en", "Nobody is saying you should change anything."),
    ],
)
def test_saying_he_need_not_do_anything_is_no_advice(lang: str, text: str) -> None:
    assert not tells_him_must(text, lang)


def test_a_must_in_a_question_gets_the_pushback() -> None:
    turns = meeting("reluctant_successor", [
        HELLO["ja"], "お仕事のことを聞かせていただけますか。",
        "新しいことを進めるには、やはり社長が先頭に立って決めていくべきだと思いますが、どう思いますか？",
    ], seed=909)
    assert turns[-1].reaction == "lecture_pushback", as_written(None, turns[-1].owner_reply)
    assert turns[-1].trust_delta < 0


@pytest.mark.parametrize("seed", range(6))
def test_a_one_line_tip_is_pushed_back_but_never_as_too_lofty(seed: int) -> None:
    turns = meeting("family_values_owner", ["Hello, nice to meet you. Have you tried TikTok?"], lang="en", seed=seed)
    assert turns[0].reaction == "lecture_pushback"
    assert not LOFTY["en"].search(as_written(None, turns[0].owner_reply)), as_written(None, turns[0].owner_reply)
    assert turns[0].trust_delta > -12  # a tip, not a lecture (r9: −17 for one line)


def test_a_tip_costs_less_than_a_prescription() -> None:
    tip = meeting("move_on_owner", [HELLO["ja"], "お仕事のことを聞かせていただけますか。", "チラシを作ってみたらどうですか。"], seed=3)
    must = meeting("move_on_owner", [HELLO["ja"], "お仕事のことを聞かせていただけますか。", "チラシを作るべきです。絶対にやりましょう。"], seed=3)
    assert tip[-1].trust_delta < 0 and must[-1].trust_delta < tip[-1].trust_delta


# -- an echo that leads into the supporter's own say --------------------------------------

def test_an_echo_followed_by_statements_asks_nothing() -> None:
    owner = "まあ、俺の代の仕事ってのをやりたいんですよ。"
    q = "俺の代の仕事、ですか。"
    assert leads_on(q + "分かりました。資料をまとめて次回お持ちしますね。", "ja", q, owner)
    assert not leads_on("分かりました。" + q, "ja", q, owner)  # the echo is the last word: he answers it
    assert not leads_on("売上、ですか。分かりました。", "ja", "売上、ですか。", owner)  # not his words


# -- walk-outs follow a turn that cost something -------------------------------------------

def _cold_owner(lang: str) -> tuple:
    """The distrustful founder after seven turns, six of them pushy: trust at the bottom, still in
    the room (he walks out from turn 8 on)."""
    pushy = {
        "ja": ["今一番の悩みは何ですか？", "私は銀行に二十年いたので、工場のことはよく分かっています。",
               "値上げすべきですよ。", "設備は入れ替えるべきですね。", "若い人を採るべきです。",
               "補助金を使うべきですよ。"],
        "en": ["What is your biggest problem right now?", "I spent twenty years at a bank, so I know factories well.",
               "You should raise your prices.", "You should replace the old machines.", "You need to hire young people.",
               "You should apply for a subsidy."],
    }
    session = open_session("distrustful_founder", lang, seed=11, store=None)
    session.say(HELLO[lang])
    for line in pushy[lang]:
        turn = session.say(line)
        if turn.reaction == "end_early":
            break
    return session, turn


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_walk_out_on_a_turn_that_won_trust_back(lang: str) -> None:
    session, last = _cold_owner(lang)
    if last.reaction == "end_early":
        pytest.skip("walked out during the pushy turns")
    good = {
        "ja": "失礼しました、押しつけがましかったですね。触れてほしくないところは、遠慮なくおっしゃってください。この仕事を始められた頃のことを聞かせていただけますか。",
        "en": "I'm sorry, I pushed too hard. If there's anything you'd rather I not touch, just say so. Could you tell me how you started out?",
    }
    turn = session.say(good[lang])
    if turn.trust_delta > 0:
        assert turn.reaction != "end_early", as_written(None, turn.owner_reply)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_push_at_the_bottom_still_ends_the_meeting(lang: str) -> None:
    session, last = _cold_owner(lang)
    more = {"ja": ["値下げもするべきですよ。", "とにかく全部変えるべきです。"],
            "en": ["You should cut your prices too.", "You must change everything, honestly."]}
    turns = [last]
    for line in more[lang]:
        if turns[-1].reaction == "end_early":
            break
        turns.append(session.say(line))
    assert turns[-1].reaction == "end_early"


# -- goodbyes ------------------------------------------------------------------------------

def _closing_reply(pid: str, lang: str, trust: float, delta: float, seed: int, no_audit: bool = False) -> str:
    persona = load_persona(pid)
    state = EngineState.initial(persona, lang, seed=seed)
    state.trust, state.turn, state.no_audit = trust, 9, no_audit
    intent = ReplyIntent(reaction=Reaction.CLOSING, stage=Stage.APPROACH, trust=trust, trust_delta=delta,
                         ends_meeting=True, end_reason="trainee_ended")
    return as_written(persona, compose(persona, state, intent))


def _warm(pid: str, lang: str) -> set[str]:
    return set(load_persona(pid).approving_lines[Reaction.CLOSING].get(lang))


@pytest.mark.parametrize("pid", ["family_values_owner", "move_on_owner", "reluctant_successor", "distrustful_founder"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_warm_goodbye_from_a_cold_owner_or_after_a_costly_turn(pid: str, lang: str) -> None:
    warm = _warm(pid, lang)
    for seed in range(8):
        assert _closing_reply(pid, lang, 20.0, 1.0, seed) not in warm
        assert _closing_reply(pid, lang, 80.0, -4.0, seed) not in warm


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_warm_goodbye_when_trust_was_earned(lang: str) -> None:
    replies = {_closing_reply("family_values_owner", lang, 80.0, 2.0, seed) for seed in range(12)}
    assert replies and replies <= _warm("family_values_owner", lang)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_audit_line_unless_the_supporter_spoke_of_one(lang: str) -> None:
    said = {_closing_reply("distrustful_founder", lang, 90.0, 2.0, seed) for seed in range(16)}
    assert not any(AUDIT[lang].search(x) for x in said)
    told = {_closing_reply("distrustful_founder", lang, 90.0, 2.0, seed, no_audit=True) for seed in range(16)}
    assert any(AUDIT[lang].search(x) for x in told)


def test_speaking_of_an_audit_is_remembered() -> None:
    session = open_session("distrustful_founder", "ja", seed=1, store=None)
    session.say("今日は何かを審査しに来たわけではありません。お話を伺えればと思っています。")
    assert session.state.no_audit
    other = open_session("distrustful_founder", "ja", seed=1, store=None)
    other.say(HELLO["ja"])
    assert not other.state.no_audit


# -- clearing up his own words is no denial; words quoted for next time need no correction -----

@pytest.mark.parametrize(
    ("lang", "text", "own"),
    [
        ("ja", "いえ、何かを決めていただこうという話ではないんです。お店のことを伺いたくて。", True),
        ("ja", "いいえ、ご判断をお願いするつもりはありません。", True),
        ("en", "No, sorry, I didn't mean you should change anything. I was curious about your son.", True),
        ("ja", "いえ、それは違うと思います。今のやり方では続きませんよ。", False),
        ("en", "No, that's not right. Your prices are too low.", False),
    ],
)
def test_clearing_up_his_own_intent_is_no_denial(lang: str, text: str, own: bool) -> None:
    assert corrects_own_words(text, lang) is own


@pytest.mark.parametrize(
    ("lang", "text", "later"),
    [
        ("ja", "次回までに『ここなら話せる』と思えることがあれば、そこから始めましょう。", True),
        ("en", "Next time, if there's something you feel 'okay to talk about', we can start there.", True),
        ("ja", "先ほど『もう限界だ』とおっしゃいましたね。", False),
    ],
)
def test_words_for_the_next_meeting_are_for_later(lang: str, text: str, later: bool) -> None:
    assert for_next_time(text, lang) is later


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Thank you for today. Next time, if there's anything you feel like sharing, we can start there."),
        ("ja", "今日は、工場のことを色々と聞かせていただいてありがとうございました。次回までに何かご用意いただく必要はありません。"),
    ],
)
def test_thanks_for_today_takes_leave(lang: str, text: str) -> None:
    assert takes_leave(text, lang)
    asks = {"ja": "今日はありがとうございました。次回、田村さんのことから伺えますか。",
            "en": "Thank you for today. Could you tell me more about Tamura-san?"}
    assert not takes_leave(asks[lang], lang)  # a question after the thanks is still answered
    turns = meeting("move_on_owner", [HELLO[lang], {"ja": "お仕事のことを聞かせていただけますか。",
                                                      "en": "Could you tell me about your work?"}[lang], text],
                    lang=lang, seed=5)
    assert turns[-1].reaction == "closing", as_written(None, turns[-1].owner_reply)
