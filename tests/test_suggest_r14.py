"""Suggestions after the r14 playtests (quote14, issue 8). New sentences, ja and en; each
positive case fails on main before this branch, each negative case guards against a false alarm.

1. a summary point never ends on a cut 「ん」 (「…顔が浮かぶんだわ」 gave 『…浮かぶん』, r14a s05
   T10, s09 T7) nor opens on his dialect filler (「ほやなあ、娘は…」 r14b s10 T6);
2. his statement with a sentence-final 「の」 (「贔屓にしてもらっとるの」) is a point to sum up, so
   the summary the feedback asks for is suggested, not a ranking question (r14a s10 T6).
"""

from __future__ import annotations

import re

from simulator.scoring.points import summary_points

from .turns import ctx


def test_a_summary_point_is_never_cut_on_n() -> None:
    c = ctx(
        ("trainee", "お店のことを教えてください。"),
        ("owner", "祖父の代からの豆腐屋でね、朝は四時から仕込んどるんやわ。"),
        ("trainee", "四時から。大変ですね。"),
        ("owner", "休みの日でも、つい店のことが頭に浮かぶんだわ。"),
    )
    got = summary_points(c, "ja", latest=True)
    assert got and not any(p.endswith("ん") for p in got), got
    assert any(p.endswith("頭に浮かぶ") for p in got), got
    # negative: his own negative 「ん」 is never trimmed into a positive
    c2 = ctx(("trainee", "いかがですか。"), ("owner", "若いのが、なかなか続かん。"))
    assert not any(p.endswith("続か") for p in summary_points(c2, "ja", latest=True))


def test_a_summary_point_never_opens_on_his_filler() -> None:
    c = ctx(
        ("trainee", "お店のことを教えてください。"),
        ("owner", "ほやなあ、倅は春から工場に入っとるで。"),
        ("trainee", "春からですか。"),
        ("owner", "せやな、配達はまだ私が回っとるの。"),
    )
    got = summary_points(c, "ja")
    assert got and not any(p.startswith(("ほや", "せや")) for p in got), got
    # 「春からや」: the point keeps its 「から」 (from spring), his copula goes
    c1 = ctx(("trainee", "息子さんは？"), ("owner", "ほやなあ、倅は去年の春からや。"))
    assert summary_points(c1, "ja", latest=True) == ["倅は去年の春から"]
    # negative: 「あの」 as his determiner stays (only a filler with its pause goes)
    c = ctx(("trainee", "いかがですか。"), ("owner", "あの機械がもう三十年もので、いつ止まるか。"),
            ("trainee", "三十年。"), ("owner", "あの機械が止まったら、うちは終わりなんだよ。"))
    got = summary_points(c, "ja", latest=True)
    assert any(p.startswith("あの機械") for p in got), got


def test_his_statement_with_a_final_no_is_a_point_to_sum_up() -> None:
    c = ctx(
        ("trainee", "お客さんはどんな方が多いですか。"),
        ("owner", "近所の年配の方が多いね。毎朝、同じ時間に来てくれはる。"),
        ("trainee", "毎朝同じ時間に。ありがたいですね。ほかには？"),
        ("owner", "昔からの料理屋さんがずっと使ってくれとるの。"),
    )
    got = summary_points(c, "ja", latest=True)
    assert len(got) >= 2 and any("料理屋さん" in p for p in got), got
    assert not any(p.endswith("の") for p in got), got
    # negative: an open 「の」 (「…のは」 cut, 「うちの」) is still no point
    c2 = ctx(("trainee", "いかがですか。"), ("owner", "困っとるのは、うちの。"))
    assert not summary_points(c2, "ja", latest=True)


def test_a_line_on_his_last_point_replaces_what_you_just_said() -> None:
    from .turns import run

    c = ctx(
        ("trainee", "ホームページはお持ちですか？"),
        ("owner", "あるにはあるけどね。先代が作ったきりで、誰も更新してない。"),
    )
    _, s = run("なるほど。ところで、従業員は何名ですか？", c)
    assert s.suggestion and not s.suggestion.startswith("今のお話"), s.suggestion
    assert "更新していない" in s.suggestion and "『" not in s.suggestion, s.suggestion
    # after his 「急に言われても」 there is no point of his to give back: no clause is made up and
    # no line points at "what you just said" (r14a s04 T2)
    c = ctx(("trainee", "一番の悩みは何ですか？"), ("owner", "困りごとねえ…いきなり聞かれても。"))
    _, s = run("そうですか。では、売上はいかがですか？", c)
    assert s.suggestion is None or not re.search("急に|いきなり|今のお話", s.suggestion), s.suggestion
    # negative: a point of his said plainly is still given back
    c = ctx(("trainee", "最近どうですか？"), ("owner", "急ぎの注文が増えて、夜まで機械を回しとる。"))
    _, s = run("そうですか。では、後継者はいらっしゃいますか？", c)
    assert s.suggestion and ("注文" in s.suggestion or "夜まで" in s.suggestion), s.suggestion
