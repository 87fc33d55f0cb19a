"""Suggested summaries after the r15 playtests (quote15, issue 8). New sentences, ja and en; each
positive case fails on main before this branch, each negative case guards against a false alarm.

1. a summary point is a statement of his about his business, feelings or facts: never his rebuke of
   the supporter ("Ask me straight out like that" → "ask you straight out like that", r15b s06 T6),
   a brush-off ("no room to think that far", "can't put it in one line", r15b s06 T5/T12) nor a set
   phrase of looking back (「振り返ると、あっという間でした」, r15b s04 T10).
"""

from __future__ import annotations

from simulator.scoring.points import summary_points

from .turns import ctx


def _turns(lang: str, *owner: str) -> list:
    ask = "Tell me more." if lang == "en" else "教えてください。"
    out: list[tuple[str, str]] = []
    for o in owner:
        out += [("trainee", ask), ("owner", o)]
    return ctx(*out)


def test_his_rebuke_of_the_supporter_is_no_point() -> None:
    c = _turns(
        "en",
        "Don't push me like that. We cut steel for the shipyards, mostly.",
        "Telling me how to run things already... The night shift is what keeps us afloat.",
    )
    got = summary_points(c, "en")
    assert not any("push you" in p or "telling you" in p for p in got), got
    assert "the night shift is what keeps you afloat" in got, got
    # negative: a fact of his with "me" in it further on is still a point
    c2 = _turns("en", "The bank asked me for a guarantee again.")
    assert any("bank asked you" in p for p in summary_points(c2, "en")), summary_points(c2, "en")


def test_a_brush_off_is_no_point() -> None:
    c = _turns(
        "en",
        "Mm. No room to think about next year.",
        "Couldn't say for sure without my ledger.",
        "Beats me. If I knew the answer, I'd have sold the place by now.",
        "Can't put it in a sentence, really. My wife keeps the accounts, though.",
    )
    got = summary_points(c, "en")
    assert not any(w in p for p in got for w in ("think", "say for sure", "sentence", "knew", "sold")), got
    assert "your wife keeps the accounts" in got, got
    # negative: thinking as his own plan is a point
    c2 = _turns("en", "I keep thinking about selling the second plant.")
    assert summary_points(c2, "en"), summary_points(c2, "en")


def test_a_set_phrase_of_looking_back_is_no_point() -> None:
    c = _turns("ja", "いやあ、早いもんで、あっという間ですわ。倉庫はもう手狭になってきてね。")
    got = summary_points(c, "ja")
    assert not any("あっという間" in p or "早いもん" in p for p in got), got
    c2 = _turns("ja", "振り返ると、あっという間の三十年でした。", "配送は全部外注してます。")
    got2 = summary_points(c2, "ja")
    assert not any("あっという間" in p for p in got2), got2
    assert any("外注" in p for p in got2), got2
