"""Going back to a phrase he said several turns ago is listening, not 一問一答 (own14's blind play:
an evidence question on his words from three turns earlier got 「あっちこっち飛ぶね」 and the 一問一答
line). A shared common word is not enough: a real jump stays a jump."""

from __future__ import annotations

from simulator.analysis import analyse
from simulator.analysis.context import returns_to_earlier

from .turns import ctx

JA = ctx(
    ("trainee", "お店のお客さんは、どんな方が多いんですか？"),
    ("owner", "年配のご夫婦が多いですね。週末になると、遠くから車で来てくださる方もいて。"),
    ("trainee", "お店は何時から開けていらっしゃるんですか？"),
    ("owner", "朝の七時です。仕込みは四時からですね。"),
    ("trainee", "従業員の方は何名ですか？"),
    ("owner", "パートさんを入れて六人です。"),
)
EN = ctx(
    ("trainee", "Who are most of your customers?"),
    ("owner", "Older couples, mostly. At weekends people drive in from the coast to see us."),
    ("trainee", "What time do you open?"),
    ("owner", "Seven. We start baking at four."),
    ("trainee", "How many staff do you have?"),
    ("owner", "Six, counting the part-timers."),
)


def test_a_phrase_of_his_from_turns_ago_is_no_topic_switch_ja() -> None:
    a = analyse("遠くから車で来てくださる方というのは、どんなきっかけでお店を知られるんでしょう？", JA, "ja")
    assert not a.features.topic_switch


def test_a_phrase_of_his_from_turns_ago_is_no_topic_switch_en() -> None:
    a = analyse("What brings the people who drive in from the coast all that way?", EN, "en")
    assert not a.features.topic_switch


def test_a_real_jump_stays_a_jump() -> None:
    a = analyse("ホームページはお持ちですか？どんな内容を載せていらっしゃいますか？", JA, "ja")
    assert a.features.topic_switch
    b = analyse("What does your website look like these days?", EN, "en")
    assert b.features.topic_switch


def test_a_common_word_or_a_short_piece_is_not_a_phrase_of_his() -> None:
    earlier = ["年配のご夫婦が多いですね。週末になると、遠くから車で来てくださる方もいて。"]
    assert not returns_to_earlier("週末は何をされているんですか？", earlier)
    assert returns_to_earlier("遠くから車で来てくださる方について伺えますか？", earlier)
    assert not returns_to_earlier("Do your people drive a lot for work?", ["People drive in from the coast."])
    assert not returns_to_earlier("anything", [])
