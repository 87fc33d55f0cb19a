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
