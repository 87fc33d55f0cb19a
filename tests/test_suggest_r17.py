"""Suggested summaries after the r16 playtests (quote17, issue 8). New sentences; the positive
case fails on main before this branch, the negative guards against a point lost.

- His nod to the supporter's reasoning before his but (「理屈は分かるよ。でも現場は…」 r16a s02
  T6, "I get the theory, but…") is a concession, no point to sum up: the but is his point.
- His thanks for the supporter's summary (「そうまとめていただくと分かりやすい」 r16b s04 T11,
  「言いたかったことがよう分かる」 s10 T10), his rebuff of her way of asking (「〜みたいなのはもう
  いい」 s02 T2, "I've heard plenty of that kind of talk" s06 T4) and a scrap holding half a quote
  mark are no point of his to give back.
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


def test_his_thanks_and_rebuffs_are_no_point() -> None:
    c = ctx(("trainee", "ここまでを整理させてください。"), ("owner", "ああ、そう整理していただくと分かりやすいですね。自分の店のことやのに。"))
    assert not any("分かりやすい" in p for p in summary_points(c, "ja", latest=True)), summary_points(c, "ja")
    c2 = ctx(("trainee", "確認させてください。"), ("owner", "ほうそう、私の言いたかったことがよう分かったわ。"))
    assert not any("分か" in p for p in summary_points(c2, "ja", latest=True)), summary_points(c2, "ja")
    c3 = ctx(("trainee", "お困りごとは何ですか。"), ("owner", "「お悩みは何ですか」みたいなのはもういいからさ。数字の話にしてよ。"))
    got3 = summary_points(c3, "ja", latest=True)
    assert not any("もういい" in p or "」" in p for p in got3), got3
    en = ctx(("trainee", "Many firms find that going online helps."), ("owner", "Look, I've heard plenty of that kind of talk."))
    assert summary_points(en, "en", latest=True) == [], summary_points(en, "en", latest=True)


def test_his_point_beside_a_thanks_is_given_back_not_the_thanks() -> None:
    # (main gave back the thanks, the first clause, and left out his worry)
    c = ctx(
        ("trainee", "ここまでを整理させてください。"),
        ("owner", "そう整理してもらうと分かりやすいわ。結局、跡継ぎがおらんのが一番の心配なんよ。"),
    )
    got = summary_points(c, "ja", latest=True)
    assert any("跡継ぎ" in p for p in got), got
