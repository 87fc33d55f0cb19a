"""Letting his refused topic go is no 一問一答 (r14b s01 T10: 「数字のことは無理に伺うつもりは
ありません。」 and a future question after 「今日会ったばっかりの人に、そこまではね」 was told
「社長が答えた内容を受けずに、別の話題の質問に移っています（一問一答）」). New sentences here."""

from __future__ import annotations

from .turns import ctx, has_line, run

SWITCH = "別の話題の質問に移っています"

REFUSED = ctx(
    ("trainee", "染物の仕事は、職人さんが何人くらいで回していらっしゃるんですか。"),
    ("owner", "五人だね。みんな長いよ。"),
    ("trainee", "五人で長く。売上や利益の面では、ここ数年どんな具合でしょう。"),
    ("owner", "…初めて来た人に、お金の話はちょっとね。"),
)


def test_letting_the_refused_topic_go_is_no_topic_switch() -> None:
    for text in (
        "失礼しました。お金のことは無理に伺うつもりはありません。十年後、このお店がどうなっていたらいいと思われますか？",
        "分かりました、そこは伺いません。職人さんたちには、この先どんなふうに育ってほしいですか？",
    ):
        _, s = run(text, REFUSED)
        assert "topic_switch" not in s.flags and not has_line(s, SWITCH), (text, s.feedback)


def test_a_new_topic_without_letting_go_is_still_a_switch() -> None:
    # no refusal before it: the same kind of jump is still 一問一答
    c = ctx(
        ("trainee", "染物の仕事は、職人さんが何人くらいで回していらっしゃるんですか。"),
        ("owner", "五人だね。みんな長いよ。若いのが一人いて、これがなかなか筋がいい。"),
    )
    _, s = run("ところで、ホームページはお持ちですか？", c)
    assert "topic_switch" in s.flags
    # a release phrase with no refusal of his before it excuses nothing
    _, s = run("そこは伺いません。ところで、ホームページはお持ちですか？", c)
    assert "topic_switch" in s.flags
