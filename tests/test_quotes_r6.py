"""Quoted words and suggestions, round 6 (blind instructor playtests r7a/r7b: 18/96 and 15/68
quotes bad, 9/34 and 10/31 suggestions useful). New text in the spirit of the playtests, one
block per class; every test fails on main f55ea6a."""

from __future__ import annotations

import pytest

from simulator.acts import Utterance
from simulator.analysis import analyse
from simulator.scoring.points import summary_points
from simulator.scoring.turn import score_turn


def ctx(*turns: tuple[str, str]) -> list[Utterance]:
    return [Utterance(speaker=s, text=t) for s, t in turns]  # type: ignore[arg-type]


def suggestion(text: str, context: list[Utterance], lang: str) -> str:
    s = score_turn(analyse(text, context, lang), context)  # type: ignore[arg-type]
    return s.suggestion or ""


# --- 1. English: a quote is a noun phrase he said and dwelt on, or nothing ----------------------


@pytest.mark.parametrize(
    ("owner", "trainee", "bad"),
    [
        ("The roof over the warehouse is weak, but it holds.",
         "You should fix that before winter, don't you think?", {"weak", "roof", "warehouse"}),
        ("We take orders by fax. Some still ring the office.",
         "Surely it's time to move everything online, right?", {"office", "fax", "orders"}),
    ],
)
def test_english_words_let_fall_once_are_not_quoted(owner: str, trainee: str, bad: set[str]) -> None:
    c = ctx(("trainee", "How is business these days?"), ("owner", owner))
    got = suggestion(trainee, c, "en")
    assert got
    assert not any(f'"{w}"' in got for w in bad), got


# --- 2. Japanese fragments, adverbs, set phrases -------------------------------------------------


@pytest.mark.parametrize(
    ("owner", "bad"),
    [
        ("正確には覚えてないけど、まあ十年くらい前かな。", "正確"),
        ("新規事業なんて、うちには縁のない話だよ。", "事業"),
        ("まあ、いい気分じゃないよ。取引先に言われっぱなしだから。", "気分"),
        ("基本的には現場任せです。基本的に口は出さないようにしてるんで。", "基本的"),
    ],
)
def test_japanese_fragments_are_not_quoted(owner: str, bad: str) -> None:
    c = ctx(("trainee", "最近はいかがですか？"), ("owner", owner))
    got = suggestion("それは値上げするべきだと思いませんか？", c, "ja")
    assert got
    assert f"『{bad}" not in got, got


# --- 3. summary points: no tag questions, retorts, rebuffs ----------------------------------------


def test_tag_questions_and_rebuffs_make_no_summary_points() -> None:
    en = ctx(
        ("trainee", "What's been on your mind?"),
        ("owner", "Packaging costs a fortune these days, doesn't it."),
        ("trainee", "I see."),
        ("owner", "Same story with every supplier, then."),
        ("trainee", "Hm."),
        ("owner", "No need to go digging for trouble. Let's move on."),
    )
    points = summary_points(en, "en")
    assert not any("fortune" in p or "supplier" in p or "digging" in p for p in points), points
    ja = ctx(
        ("trainee", "最近はいかがですか？"),
        ("owner", "包装資材がやたら高いじゃないですか。"),
        ("trainee", "そうですか。"),
        ("owner", "細かいことはもういいから、販路の話をしようよ。"),
    )
    points = summary_points(ja, "ja")
    assert not any("包装" in p or "販路" in p for p in points), points


# --- 4. no "once it's solved" before he has named a problem ---------------------------------------


@pytest.mark.parametrize(
    ("lang", "owner", "trainee"),
    [
        ("en", "Honestly, we're doing fine. No real troubles to speak of.",
         "You should still look at cutting costs. Many firms your size outsource their delivery."),
        ("ja", "正直、困ってることは特にないんですよ。おかげさまで何とか回ってます。",
         "それでも、今のうちに経費を見直すべきですよ。同業の会社はみんな配送を外注してます。"),
    ],
)
def test_no_solved_problem_suggested_when_none_was_named(lang: str, owner: str, trainee: str) -> None:
    c = ctx(("trainee", "最近はいかがですか？" if lang == "ja" else "How are things?"), ("owner", owner))
    got = suggestion(trainee, c, lang)
    assert got
    assert "solved" not in got and "解決できたら" not in got, got
