"""Quoted owner words after the r15 playtests (quote15, issue 8). New sentences, ja and en; each
positive case fails on main before this branch, each negative case guards against a false alarm.

A bare generic word is no point of his to quote: "ago" of "a moment ago", "both", "examples"
(r15a s06 T4/T9, s10 T4), 『事務所』『電話』『全国』『派手』 (r15b s03 T8, s04 T10, s08 T10); a
subject and its verb ("drivers quit") is a scrap, not a phrase. A compound holding one is still
quoted (『電話注文』『電話番』), and so is a specific noun ("sourdough starter").
"""

from __future__ import annotations

import pytest

from simulator.scoring.quotes import picked_phrases

from .turns import ctx


def _picked(lang: str, owner: str, trainee: str) -> list[str]:
    c = ctx(("trainee", "Tell me." if lang == "en" else "教えてください。"), ("owner", owner))
    return picked_phrases(trainee, c, lang)


@pytest.mark.parametrize(
    ("owner", "trainee", "bad"),
    [
        (
            "We had the same trouble a moment ago with the van. Both of my drivers quit.",
            "A moment ago you said both drivers quit. That must be hard.",
            {"ago", "both", "drivers quit"},
        ),
        (
            "There are examples all over town. The bakery by the station shut in May.",
            "So there are examples all over town?",
            {"examples"},
        ),
    ],
)
def test_en_generic_word_is_not_quoted(owner: str, trainee: str, bad: set[str]) -> None:
    got = _picked("en", owner, trainee)
    assert not bad & set(got), got


@pytest.mark.parametrize(
    ("owner", "trainee", "bad"),
    [
        ("事務所には家内が一人おるだけでしてね。", "事務所には奥様お一人なんですね。", "事務所"),
        ("全国に卸してるわけじゃないですから。派手なことはできませんよ。", "全国ではなく、派手なことはできない、と。", "派手"),
        ("電話がしょっちゅう鳴るんですわ。", "電話がよく鳴るんですね。", "電話"),
    ],
)
def test_ja_generic_word_is_not_quoted(owner: str, trainee: str, bad: str) -> None:
    got = _picked("ja", owner, trainee)
    assert bad not in got and "全国" not in got, got


def test_a_compound_or_specific_noun_is_still_quoted() -> None:
    assert "電話注文" in _picked("ja", "電話注文がまだ半分を占めてるんです。", "電話注文がまだ半分なんですね。")
    assert "電話番" in _picked("ja", "事務所で電話番をしとるのは家内だけでね。", "電話番を奥様お一人で。")
    assert "全国のお客さん" in _picked("ja", "全国のお客さんに届けたいんです。", "全国のお客さんに、ですか。")
    assert "現場の連中" in _picked("ja", "現場の連中はよくやってくれてますよ。", "現場の方々がよくやって。")
    assert "sourdough starter" in _picked(
        "en", "The sourdough starter is older than my son.", "The sourdough starter goes back that far?"
    )
