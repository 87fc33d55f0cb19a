"""Scorer leftovers of round 11 (issue 8, fx19): a future named in a yes/no question is no
未来像 asked for; ... New sentences in the style of the defects, each with a near miss."""

from __future__ import annotations

from tests.turns import ctx, has_line, run

_SHOP_JA = ctx(
    ("trainee", "本日はよろしくお願いします。"),
    ("owner", "うちは祖父の代から続く豆腐屋でね、最近はスーパーに押されて売上が落ちてるんだ。"),
)
_SHOP_EN = ctx(
    ("trainee", "Thank you for seeing me."),
    ("owner", "We've made tofu here since my grandfather's day, but the supermarkets are eating our sales."),
)
_FUTURE_JA = "未来像を描いてもらう"
_FUTURE_EN = "picture the future"


def test_a_future_named_in_a_yes_no_question_is_no_future_picture() -> None:
    for text in (
        "この先も今のやり方で続けていけそうだと感じていらっしゃいますか？",
        "五年後も息子さんと一緒にお店に立っていたいですか？",
        "将来はお店を畳むおつもりなんですか？",
    ):
        _, s = run(text, _SHOP_JA)
        assert not has_line(s.feedback, _FUTURE_JA), text
    _, s = run("Will you still be making tofu here ten years from now?", _SHOP_EN, "en")
    assert not has_line(s.feedback, _FUTURE_EN)


def test_an_open_future_question_keeps_its_praise() -> None:
    for text in (
        "この先、お店がどうなっていたら一番いいとお考えですか？",
        "五年後のお店の姿を、聞かせていただけますか？",
    ):
        _, s = run(text, _SHOP_JA)
        assert has_line(s.feedback, _FUTURE_JA), text
    _, s = run("Where would you like the shop to be ten years from now?", _SHOP_EN, "en")
    assert has_line(s.feedback, _FUTURE_EN)
