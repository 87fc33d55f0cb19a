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


_UNASKED_JA = "社長が求めていない助言"
_UNASKED_EN = "had not asked for"


def test_advice_he_asked_for_outright_is_not_called_unasked() -> None:
    asked = ctx(
        ("trainee", "仕入れ先を見直すか、価格を見直すか、という方向もありますが。"),
        ("owner", "そういう難しい話はいいから、来週からできる手を教えてくれよ。"),
    )
    _, s = run("常連さんに回数券をお配りしてみるのはどうでしょうか？", asked)
    assert not has_line(s.feedback, _UNASKED_JA)
    assert has_line(s.feedback, "求められての提案")
    assert s.scores["non_leading"] is not None and s.scores["non_leading"] < 85  # still advice
    asked_en = ctx(
        ("trainee", "There are a few directions one could look at."),
        ("owner", "Enough theory. Just tell me what I can do on Monday."),
    )
    _, s = run("You could send a coupon to your regular customers.", asked_en, "en")
    assert not has_line(s.feedback, _UNASKED_EN)
    assert has_line(s.feedback, "asked for it")


def test_advice_after_a_plain_worry_is_still_unasked() -> None:
    worry = ctx(
        ("trainee", "最近いかがですか。"),
        ("owner", "正直、どうすればいいのか自分でも分からなくてね。"),
    )
    _, s = run("常連さんに回数券をお配りしてみるのはどうでしょうか？", worry)
    assert has_line(s.feedback, _UNASKED_JA)
