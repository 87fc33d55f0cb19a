"""A moment asked is answered on what was asked (lead's play of round 13).

「人が足りないと感じるのは、どんなときでしょうか」 and 「この仕事で、やりがいを感じるのはどんな時ですか」
both got the distrustful founder's stock moment 「給料日の前だよ。通帳見て、ため息ついてる。」: a moment of
joy is no moment of his worry, and a moment of a matter of his is answered by what he has on it."""

from __future__ import annotations

import pytest

from simulator.session import open_session
from simulator.wording.asking import ask_kind

PAYDAY = ("給料日", "payday")


@pytest.mark.parametrize(
    "q",
    [
        "この仕事をしていて、やりがいを感じるのはどんなときですか？",
        "社長になってよかったと思えるのは、どんな瞬間ですか？",
        "お客さんに喜ばれて嬉しいと感じるのは、どんな場面ですか？",
        "When do you find the work most rewarding?",
    ],
)
def test_a_glad_moment_is_no_moment_of_his_worry(q: str) -> None:
    lang = "en" if q.isascii() else "ja"
    assert ask_kind(q, lang) != "scene"


@pytest.mark.parametrize(
    "q",
    [
        "不安がよぎるのは、どんなときですか？",
        "そう感じるのは、一日のうちでどんなときが多いですか？",
        "When does that worry come up most?",
    ],
)
def test_near_miss_a_heavy_moment_is_still_a_moment(q: str) -> None:
    lang = "en" if q.isascii() else "ja"
    assert ask_kind(q, lang) == "scene"


def _warm(owner: str, lang: str = "ja") -> object:
    s = open_session(owner, lang=lang, seed=5, store=None)
    s.say("はじめまして、本日はよろしくお願いします。今日は社長のお話を伺いに来ました。")
    r = s.say("申込書を拝見しましたが、まずは最近の会社のご様子を聞かせていただけますか？")
    if "？" in r.owner_reply:  # his knowledge test: answered briefly and honestly
        s.say("正直に申し上げると、そこは詳しくありません。だからこそ社長に教えていただきたいんです。")
    return s


def test_a_moment_of_a_matter_he_has_words_on_is_answered_with_them() -> None:
    s = _warm("distrustful_founder")
    reply = s.say("機械が古いと一番感じるのは、どんな場面ですか？").owner_reply  # type: ignore[attr-defined]
    assert not any(p in reply for p in PAYDAY)
    assert any(w in reply for w in ("機械", "旋盤", "設備"))


def test_a_glad_moment_gets_no_payday_sigh() -> None:
    s = _warm("distrustful_founder")
    reply = s.say("この仕事をしていて、やりがいを感じるのはどんな時ですか？").owner_reply  # type: ignore[attr-defined]
    assert not any(p in reply for p in PAYDAY)


def test_near_miss_his_worry_moment_still_comes_when_the_moment_of_worry_is_asked() -> None:
    replies = []
    for seed in range(6):
        s = open_session("distrustful_founder", lang="ja", seed=seed, store=None)
        s.say("はじめまして、本日はよろしくお願いします。今日は社長のお話を伺いに来ました。")
        r = s.say("申込書を拝見しましたが、まずは最近の会社のご様子を聞かせていただけますか？")
        if "？" in r.owner_reply:
            s.say("正直に申し上げると、そこは詳しくありません。だからこそ社長に教えていただきたいんです。")
        replies.append(s.say("不安がよぎるのは、どんなときですか？").owner_reply)
    scene = ("明かり", "給料日", "鍵を開ける")
    assert any(any(w in r for w in scene) for r in replies)


def test_a_moment_of_a_matter_not_yet_told_brings_his_words_on_it_a_cited_one_his_moment() -> None:
    """Uncited, 「お客さんの様子が変わってきたと感じるのは、どんな瞬間ですか」 is answered with his words on
    the customers; cited (「…とおっしゃいましたが、それを一番感じるのは」) it asks for his moment, not the
    fact again (test_own23ja)."""
    s = open_session("family_values_owner", lang="ja", seed=7, store=None)
    s.say("はじめまして、本日はよろしくお願いします。今日は社長のお話を伺いに来ました。")
    s.say("花房堂さんのこれまでのこと、よかったら聞かせていただけますか？")
    reply = s.say("お客さんの様子が変わってきたと感じるのは、どんな瞬間ですか。").owner_reply
    assert any(w in reply for w in ("お客", "常連", "お遣いもの"))
