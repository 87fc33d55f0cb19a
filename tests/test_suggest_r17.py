"""Suggested summaries after the r16 playtests (quote17, issue 8). New sentences; the positive
case fails on main before this branch, the negative guards against a point lost.

- His nod to the supporter's reasoning before his but (「理屈は分かるよ。でも現場は…」 r16a s02
  T6, "I get the theory, but…") is a concession, no point to sum up: the but is his point.
"""

from __future__ import annotations

from simulator.scoring.points import summary_points

from .turns import ctx


def test_his_nod_before_his_but_is_no_point() -> None:
    c = ctx(
        ("trainee", "窯は何年くらい使っていらっしゃいますか。"),
        ("owner", "登り窯が一つと電気窯が三つ、古いのは三十年もんだね。"),
        ("trainee", "補助金で新しい窯に替えられてはいかがですか。"),
        ("owner", "言うことは分かるよ。でも、窯には窯の癖があるんだ。"),
    )
    got = summary_points(c, "ja", latest=True)
    assert not any("分か" in p for p in got), got
    assert any("癖" in p for p in got), got
    en = ctx(
        ("trainee", "How old are the ovens?"),
        ("owner", "Two deck ovens and a rack oven, the oldest is twenty-five years old."),
        ("trainee", "Have you thought about replacing them with a grant?"),
        ("owner", "I get the logic. But every oven has its own temper."),
    )
    got_en = summary_points(en, "en", latest=True)
    assert not any("logic" in p for p in got_en), got_en
    assert any("temper" in p for p in got_en), got_en


def test_a_plain_agreement_of_his_is_still_a_point() -> None:
    # negative: 「分かる」 about his own trade is his point, no nod to the supporter
    c = ctx(
        ("trainee", "職人さんの腕は、どこで分かるんですか。"),
        ("owner", "焼き色を見れば、腕の良し悪しはすぐ分かるよ。"),
    )
    got = summary_points(c, "ja", latest=True)
    assert any("焼き色" in p or "腕" in p for p in got), got
