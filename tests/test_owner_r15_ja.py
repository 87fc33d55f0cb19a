"""Round 15 (issue 9): Japanese owners echo only words the supporter said.

Every trainee sentence here is new (not copied from the r15 playtests); sessions are played through
the public API, several seeds and a later turn.
"""

from __future__ import annotations

import re

import pytest

from simulator import load_persona, open_session, persona_ids
from simulator.store import open_store
from simulator.voice.offline import UnaskedEcho, opens_spoken, wordless


def _session(owner: str, seed: int):
    return open_session(owner, lang="ja", seed=seed, store=open_store(":memory:"))


# a reply opening on a time span (「5年後…」「十年先、ねえ」) or a why (「なんでって…」)
SPAN_OR_WHY_ECHO = re.compile(
    r"^…?([0-9０-９一二三四五六七八九十]+(年|か月)[先後]?(、ですか|ですか|、ねえ|ねえ|？|…)|(なんで|なぜ|どうして)って)"
)
UNRELATED = [
    "本日はありがとうございます。どうぞよろしくお願いいたします。",
    "ここ最近、お仕事のほうはどんな具合ですか？",
    "これから先、どういうお店でありたいとお考えですか？",
    "ご家族は、会社のことをどんなふうに見ていらっしゃいますか？",
    "注文はどのあたりのお客さんからが多いんでしょう？",
    "会社がこの先どうなっていたら、ほっとされますか？",
    "社長ご自身は、まず何に手をつけてみたいですか？",
]


# class 1: no time span or why is echoed when the question said none
@pytest.mark.parametrize("owner", persona_ids())
def test_no_echo_of_a_span_or_why_never_said(owner: str) -> None:
    for seed in range(6):
        s = _session(owner, seed)
        for text in UNRELATED:
            reply = s.say(text).owner_reply
            assert not SPAN_OR_WHY_ECHO.search(reply), (seed, text, reply)


@pytest.mark.parametrize(
    ("question", "line", "echo"),
    [
        ("どんな方に買っていただきたいですか？", "7年先、ねえ。…まあ、分からんね。", True),
        ("奥さまは何とおっしゃっていますか？", "二十年後？ …考えたこともないわ。", True),
        ("いつ頃から通販を考え始めたんですか？", "なんでって…まあ、流れでね。", True),
        ("配達も大変なんですね。いまはどなたが運んでいますか？", "なんでって…まあ、流れでね。", True),
        # negatives: the supporter said the span or asked why
        ("七年先のことは、どう考えていますか？", "7年先、ねえ。…まあ、分からんね。", False),
        ("20年後、会社はどうなっていてほしいですか？", "二十年後？ …考えたこともないわ。", False),
        ("なぜ通販をやろうと思ったんですか？", "なんでって…まあ、流れでね。", False),
        ("どうしてそう決めたんですか？", "なんでって…まあ、流れでね。", False),
        ("何から始めますか？", "ほやねえ…まあ、分からんね。", False),
    ],
)
def test_unasked_echo_of_spans_and_whys(question: str, line: str, echo: bool) -> None:
    assert UnaskedEcho(question).search(line) is echo


def test_an_echo_of_a_span_that_was_said_stays() -> None:
    replies = []
    for owner in ("move_on_owner", "reluctant_successor", "family_values_owner", "big_customer_owner"):
        for seed in range(8):
            s = _session(owner, seed)
            s.say(UNRELATED[0])
            for text in ("3年後、会社はどうなっていてほしいですか？", "5年後、どうなっていたいですか？",
                         "十年先のことは、どう描いていらっしゃいますか？", "10年先、お店はどうなっていると思いますか？"):
                replies.append(s.say(text).owner_reply)
    assert any(SPAN_OR_WHY_ECHO.search(r) for r in replies), replies


# class 3: a turn with no words in it (a stray key) gets a puzzled reply, not an agreement
AGREES = re.compile(r"(それでいい|構わない|そうやね|そうですね|どうぞ)")


@pytest.mark.parametrize("owner", persona_ids())
@pytest.mark.parametrize("stray", ["q", "ｚ", "？！", "jk"])
def test_a_stray_key_gets_a_puzzled_reply(owner: str, stray: str) -> None:
    s = _session(owner, 2)
    s.say("はじめまして。本日はよろしくお願いいたします。")
    reply = s.say(stray).owner_reply
    assert any(reply.startswith(x) for x in load_persona(owner).puzzled.get("ja")), reply  # type: ignore[union-attr]
    assert not AGREES.search(reply), reply


@pytest.mark.parametrize(
    ("text", "stray"),
    [("p", True), ("。。", True), ("hjkl", True), ("はい", False), ("OK", False), ("SNS？", False),
     ("え？", False), ("", False), ("なるほど", False)],
)
def test_wordless(text: str, stray: bool) -> None:
    assert wordless(text, "ja") is stray


@pytest.mark.parametrize("owner", persona_ids())
def test_a_short_word_is_no_stray_key(owner: str) -> None:
    s = _session(owner, 2)
    s.say("はじめまして。本日はよろしくお願いいたします。")
    reply = s.say("はい。").owner_reply
    assert reply not in load_persona(owner).puzzled.get("ja"), reply  # type: ignore[union-attr]


# no lead-in glued before a short echo of his own (「まあね、3年後？」 is a seam)
@pytest.mark.parametrize(
    ("line", "spoken"),
    [("5年後？ …まあ、変わらんでしょう。", True), ("なんでって…まあ、いろいろあってね。", True),
     ("十年先、ねえ。…分からんね。", True), ("売上は横ばいですよ。", False), ("うちは5年後も同じです。", False)],
)
def test_a_short_echo_takes_no_lead_in(line: str, spoken: bool) -> None:
    assert opens_spoken(line, "ja") is spoken
