"""Round 9 (sum9): quoted words are whole words of the owner's, summaries are credited to the
turns that gather his points, suggested summaries are clean or absent, and the report says each
thing once. Every sentence here is new (not from the playtests)."""

from __future__ import annotations

import pytest

from simulator.acts import Utterance
from simulator.scoring.quotes import picked_phrases


def _owner(text: str) -> list[Utterance]:
    return [Utterance(speaker="owner", text=text)]


# --- defect 4: fragment quotes ------------------------------------------------------------


@pytest.mark.parametrize(
    ("owner", "trainee", "never"),
    [
        # the object of a light verb with its particle dropped: part of a verb phrase
        ("毎晩遅くまでミシン回してたよ。", "毎晩遅くまでミシンを回してこられたんですね。", "ミシン"),
        ("妻がね、一回店見てみたらって言うから。", "奥様が一回お店を見てみたら、とおっしゃったんですね。", "一回"),
        # 形状詞 + noun is one compound: never its first half
        ("チルド便だと割高なんだよね。", "チルド便だと割高なんですね。", "チルド"),
        # a quantity word is no point of his
        ("ネット販売と店売り、両方やってます。", "ネット販売と店売り、両方されているんですね。", "両方"),
    ],
)
def test_ja_quotes_are_whole_words(owner: str, trainee: str, never: str) -> None:
    picked = picked_phrases(trainee, _owner(owner), "ja")
    assert never not in picked


def test_ja_compound_and_real_nouns_are_still_quoted() -> None:
    assert "チルド便" in picked_phrases("チルド便だと割高なんですね。", _owner("チルド便だと割高なんだよね。"), "ja")
    picked = picked_phrases(
        "ネット販売と店売りを両方されているんですね。", _owner("ネット販売と店売り、両方やってます。"), "ja"
    )
    assert {"ネット販売", "店売り"} <= set(picked)
    # a noun with its particle is his word: 『ミシン』 from 「ミシンが古くて」
    assert "ミシン" in picked_phrases("ミシンが古いんですね。", _owner("ミシンが古くてね。"), "ja")


@pytest.mark.parametrize(
    ("owner", "trainee", "never"),
    [
        ("Whatever we try tends to stall.", "Whatever you try tends to stall.", "tends"),
        ("It was over in a flash.", "It was over in a flash for you.", "flash"),
        ("I've never said it to her face.", "You've never said it to her face.", "face"),
        ("We sell less than we used to.", "You sell less than you used to.", "less"),
        ("Weekend shifts, chasing invoices, that sort of thing.", "Weekend shifts and invoices, then.", "shifts"),
    ],
)
def test_en_quotes_are_whole_words(owner: str, trainee: str, never: str) -> None:
    assert never not in picked_phrases(trainee, _owner(owner), "en")


def test_en_real_nouns_are_still_quoted() -> None:
    picked = picked_phrases(
        "So the delivery vans are getting old.", _owner("Our delivery vans are getting old, you know."), "en"
    )
    assert picked and "vans" in picked[0]


# --- defect 1: summary credit goes to the turns that summarise ---------------------------

from simulator.scoring import score_conversation  # noqa: E402
from simulator.scoring.points import garbled, summary_points  # noqa: E402
from simulator.scoring.suggest import fresh_suggestion  # noqa: E402

_JA_TALK = [
    ("trainee", "本日はありがとうございます。まずはお店のことを聞かせていただけますか。"),
    ("owner", "うちは駅前で写真館をやってます。祖父の代からで、七五三と成人式の撮影が中心ですね。"),
    ("trainee", "七五三と成人式が中心なんですね。最近はいかがですか。"),
    ("owner", "スマホで撮る人が増えて、スタジオの予約はずいぶん減りました。特に平日が空いてしまう。"),
    ("trainee", "平日が空いてしまうと、どんなところに響いてきますか。"),
    ("owner", "カメラマンの若い子に任せる仕事が減って、腕を磨く機会がないのが心配なんです。"),
]


def _last_turn(pairs: list[tuple[str, str]], text: str, lang: str = "ja"):
    cs = score_conversation(
        [Utterance(speaker=s, text=t) for s, t in [*pairs, ("trainee", text)]], lang  # type: ignore[arg-type]
    )
    return cs.turns[-1]


@pytest.mark.parametrize(
    "text",
    [
        # a recap of several of his points, with a check
        "ここまで伺って、七五三と成人式の撮影が中心、スマホで予約が減って平日が空く、若いカメラマンの腕を磨く機会がない、"
        "そのあたりを一番気にされている、と受け止めましたが、合っていますか。",
        # a closing recap by topic
        "今日は、予約が減っていること、平日の空き、そして若いカメラマンの育て方のこと、社長の口から伺えてよかったです。",
    ],
)
def test_ja_recap_of_several_points_gets_summary_credit(text: str) -> None:
    turn = _last_turn(_JA_TALK, text)
    assert turn.scores.get("summarising") is not None and turn.scores["summarising"] >= 70


def test_ja_echo_of_one_turn_plus_a_question_is_no_summary() -> None:
    turn = _last_turn(
        _JA_TALK,
        "若い子に任せる仕事が減って、腕を磨く機会がない。先ほど『祖父の代から』とおっしゃったのが気になっていまして、"
        "そのあたりを伺えますか。",
    )
    assert not any("要点をまとめて" in f for f in turn.feedback)
    assert not any("よいタイミングでまとめ" in f for f in turn.feedback)


_EN_TALK = [
    ("trainee", "Thanks for having me. Could you tell me about the bakery?"),
    ("owner", "We bake bread for three cafés and sell from the front shop. My mother opened it."),
    ("trainee", "Three cafés and the front shop. How has it been lately?"),
    ("owner", "Flour prices went up twice this year, and the cafés won't take a higher price."),
    ("trainee", "And the front shop?"),
    ("owner", "Mornings are fine. Afternoons are dead since the office next door closed."),
]


def test_en_echo_of_one_point_plus_a_fact_question_is_no_summary() -> None:
    turn = _last_turn(_EN_TALK, "Afternoons are dead, then. How many loaves do the cafés take a week?", "en")
    assert not any("gathered the owner's points" in f for f in turn.feedback)


def test_en_recap_with_a_check_gets_summary_credit() -> None:
    turn = _last_turn(
        _EN_TALK,
        "So far I've heard that flour prices went up twice, the cafés won't take a higher price, "
        "and the afternoons are dead since the office closed. Is that right?",
        "en",
    )
    assert turn.scores.get("summarising") is not None and turn.scores["summarising"] >= 70


# --- defect 2: suggested summaries are clean points or none --------------------------------


@pytest.mark.parametrize(
    ("point", "lang"),
    [
        ("御社は撮影と現像、両方やってる", "ja"),
        ("若い子がすぐ辞めちゃう", "ja"),
        ("ちゃんと聞いてもらえて、うれしい", "ja"),
        ("御社は撮影と現像", "ja"),
        ("売れてはいる", "ja"),
        ("常連さんは、ほとんど近所の方", "ja"),
        ("hm, they're a cheerful bunch", "en"),
        ("you're a twelve-person bakery", "en"),
        ("you can't really put it into words", "en"),
        ("the bread sells, that'd do you", "en"),
    ],
)
def test_garbled_points_are_never_given_back(point: str, lang: str) -> None:
    assert garbled(point, lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("point", "lang"),
    [("スタジオの予約が減った", "ja"), ("平日が空いてしまう", "ja"), ("flour prices went up twice", "en")],
)
def test_clean_points_are_kept(point: str, lang: str) -> None:
    assert not garbled(point, lang)  # type: ignore[arg-type]


def test_en_summary_points_skip_fillers_and_talk_about_talk() -> None:
    ctx = [
        Utterance(speaker="owner", text="Hm, we're a twelve-person bakery."),
        Utterance(speaker="trainee", text="How do you see the cafés?"),
        Utterance(speaker="owner", text="Hm... I can't quite put that into words."),
    ]
    for p in summary_points(ctx, "en"):
        assert not garbled(p, "en"), p


# --- defect 3: the same suggestion is not repeated -----------------------------------------


def test_a_suggestion_shown_on_a_recent_turn_is_not_shown_again() -> None:
    s = "『仕入れ』について、社長ご自身はどうしていきたいとお考えですか？"
    assert fresh_suggestion(s, [None, s]) is None
    assert fresh_suggestion("『仕入れ』のことを、もう少し聞かせていただけますか？", [s, None]) is None
    assert fresh_suggestion(s, [s, None, None, None]) == s  # long ago: may come back
    assert fresh_suggestion(s, ["『人手』について…"]) == s
