"""「それ以上は、今はいいだろ」 closes a topic: the question after it is no 一問一答 (round 11, r19b s01 T5).

The trainee accepted the limit (「分かりました、そこは無理に伺いません」) and asked about another thing; the
feedback called it 「別の話題の質問に移っています（一問一答）」. New sentences only.
"""

from __future__ import annotations

import pytest

from simulator.scoring.his_topic import answered_nothing


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("…まあ、面白くはないよ。それ以上は、今はいいだろ。", "ja"),
        ("そこは、今はいいでしょう。", "ja"),
        ("It wasn't pleasant. That's enough about that for now.", "en"),
        ("Let's leave it there, shall we.", "en"),
    ],
)
def test_a_topic_closed_for_now_answered_nothing(text: str, lang: str) -> None:
    assert answered_nothing(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("それはいいですね。うちもやってみたいと思ってたんですよ。", "ja"),
        ("今はいい職人が揃ってるんです。だから仕事は回ってる。", "ja"),
        ("That's a good point. We could do more of that.", "en"),
    ],
)
def test_an_answer_with_ii_is_no_refusal(text: str, lang: str) -> None:
    assert not answered_nothing(text, lang)
