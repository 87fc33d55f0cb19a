"""Quoted words and suggested summaries after the r13 playtests (sugg13, issue 8). New sentences,
one block per class, ja and en, each with a negative case: a real point of his is still quoted."""

from __future__ import annotations

from simulator.acts import Utterance
from simulator.scoring.points import summary_points
from simulator.scoring.quotes import picked_phrases, salient


def ctx(*turns: tuple[str, str]) -> list[Utterance]:
    return [Utterance(speaker=s, text=t) for s, t in turns]  # type: ignore[arg-type]


def picked(owner: str, trainee: str, lang: str) -> list[str]:
    c = ctx(("trainee", "よろしくお願いします。" if lang == "ja" else "Thanks for your time."), ("owner", owner))
    return picked_phrases(trainee, c, lang)  # type: ignore[arg-type]


def owner_said(*owner: str, lang: str = "ja") -> list[Utterance]:
    turns: list[tuple[str, str]] = []
    for k, text in enumerate(owner):
        turns += [("trainee", f"質問{k}です。" if lang == "ja" else f"Question {k}."), ("owner", text)]
    return ctx(*turns)


# --- 1. a word he said only to deny it is never quoted as his (r13a s10 T5, s09 T8) -------------


def test_a_word_he_denied_is_not_quoted_as_his() -> None:
    got = picked("うちは老舗やないでね、ただの町の菓子屋ですわ。", "老舗ではない、と。", "ja")
    assert "老舗" not in got, got
    got = picked("正直、跡取りの当てがあるわけじゃない。息子は東京だし、上場企業じゃないからね。", "上場企業とは違う、と。", "ja")
    assert "上場企業" not in got, got
    got = picked("We ran that line for years without overtime.", "Years without overtime, then.", "en")
    assert "overtime" not in got, got
    got = picked("There's no succession plan, not yet.", "No succession plan yet.", "en")
    assert "succession plan" not in got, got
    # negatives: the same words affirmed are still his
    got = picked("うちは老舗でね、三代続いとるんです。", "老舗なんですね。", "ja")
    assert "老舗" in got, got
    got = picked("The overtime is eating my foremen alive.", "So the overtime is wearing them down.", "en")
    assert "overtime" in [g.lower() for g in got], got


def test_a_suggestion_never_builds_on_a_denied_word() -> None:
    c = owner_said("我々は上場企業やないでね。そんな立派なもんやない。")
    assert "上場企業" not in salient(c, "ja"), salient(c, "ja")
    c = owner_said("We never had a marketing budget, to be honest.", lang="en")
    assert not any("marketing" in s.lower() for s in salient(c, "en")), salient(c, "en")
    # negative: an affirmed concern is still suggested on
    c = owner_said("我々は上場企業と取引しとるんです。そこの値下げ要求がきつい。")
    assert salient(c, "ja"), salient(c, "ja")


def test_a_summary_point_keeps_his_no_and_drops_his_hedge_and_aches() -> None:
    c = owner_said(
        "Well... let's leave that for another day, I guess.",
        "The next ten years? Honestly, no clear plan comes to mind.",
        "My knees have been playing up since spring, ha. We're still getting by on the repair jobs.",
        lang="en",
    )
    points = summary_points(c, "en")
    assert "clear plan comes to mind" not in points, points
    assert not any(p.strip().lower() in ("you guess", "you suppose") for p in points), points
    assert not any("knees" in p for p in points), points
    assert any("no clear plan" in p for p in points), points  # negative: his point, with its no
    assert any("repair jobs" in p for p in points), points


def test_a_summary_point_is_no_rebuff_or_talk_about_the_talk() -> None:
    c = owner_said(
        "値上げが一番の課題なんです。",
        "いや、そういう話を聞きたいんじゃないんですよ。",
        "まあ、それは話せば長くなるからね。",
    )
    points = summary_points(c, "ja")
    assert not any(p.startswith("いう") or "聞きたい" in p or "長くなる" in p for p in points), points
    # negative: a point of his business after the rebuff is still listed
    c = owner_said("値上げが一番の課題なんです。", "そういう話はいいです。仕入れ値が毎月上がっとるんです。")
    assert any("仕入れ値" in p for p in summary_points(c, "ja")), summary_points(c, "ja")


# --- 2. a bare generic noun is no keyword of his (r13a s02 T7, r13b s07/s08) -------------------


def test_a_bare_generic_noun_is_not_quoted() -> None:
    for owner, trainee, word in [
        ("機械はどれも古くてね。", "機械が古い、と。", "機械"),
        ("営業はわし一人でやっとる。", "営業はお一人で。", "営業"),
        ("募集はかけとるけど、来んのよ。", "募集しても来ない。", "募集"),
        ("相場が読めんのですわ。", "相場が読めない。", "相場"),
    ]:
        assert word not in picked(owner, trainee, "ja"), (owner, word)
    for owner, trainee, word in [
        ("We can't find anyone who'll stay.", "You can't find anyone.", "find"),
        ("Orders come in by fax, mostly.", "Orders by fax, then.", "orders"),
        ("The floor gets cold in winter.", "A cold floor.", "floor"),
    ]:
        got = [g.lower() for g in picked(owner, trainee, "en")]
        assert word not in got, (owner, got)
    # negatives: a compound holding the word, a specific noun of his
    assert "中古機械" in picked("中古機械を買い足してきたんです。", "中古機械を買い足して。", "ja")
    got = [g.lower() for g in picked("Our repeat orders keep the lights on.", "Those repeat orders matter.", "en")]
    assert "repeat orders" in got, got
