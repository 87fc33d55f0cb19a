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


# -- his own future put to him is his topic: no 一問一答 (r19b s10 T10) --------------------------------
from simulator.acts import Utterance  # noqa: E402
from simulator.scoring.his_topic import keeps_his_topic  # noqa: E402

_BEFORE_JA = [Utterance(speaker="owner", text="まあ、人それぞれだでね。")]
_BEFORE_EN = [Utterance(speaker="owner", text="Well, everyone's different.")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("失礼しました。社長ご自身は、この先、工場をどうしていきたいとお考えですか？", "ja"),
        ("10年後、会社がどんなふうになっていてほしいと思われますか？", "ja"),
        ("Where would you like the bakery to be ten years from now?", "en"),
    ],
)
def test_his_own_future_is_his_topic(text: str, lang: str) -> None:
    assert keeps_his_topic(text, _BEFORE_JA if lang == "ja" else _BEFORE_EN, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ところで、従業員は何名いらっしゃいますか？", "ja"),
        ("How many delivery vans do you run?", "en"),
    ],
)
def test_a_fact_question_is_no_future_of_his(text: str, lang: str) -> None:
    assert not keeps_his_topic(text, _BEFORE_JA if lang == "ja" else _BEFORE_EN, lang)


# -- a "but what if" put to him earns no "short question" praise (r19a s08 T4) -------------------------
from .turns import ctx, has_line, run  # noqa: E402

_CUSTOMER_JA = ctx(("owner", "うちは売上の六割が一社なんですよ。長いお付き合いでね。"))
_CUSTOMER_EN = ctx(("owner", "Sixty percent of our sales go to one buyer. We've worked with them for decades."))


@pytest.mark.parametrize(
    ("text", "lang", "ctx_"),
    [
        ("でも、もしその一社が取引をやめたら、どうなさるんですか？", "ja", _CUSTOMER_JA),
        ("But what if they stopped ordering tomorrow?", "en", _CUSTOMER_EN),
    ],
)
def test_a_but_what_if_earns_no_short_question_praise(text: str, lang: str, ctx_: list) -> None:
    _, score = run(text, ctx_, lang)
    assert not has_line(score.feedback, "短い問いかけで") and not has_line(score.feedback, "A short question")


@pytest.mark.parametrize(
    ("text", "lang", "ctx_"),
    [
        ("長いお付き合いなんですね。どんなきっかけで始まったんですか？", "ja", _CUSTOMER_JA),
        ("Decades. How did it start?", "en", _CUSTOMER_EN),
    ],
)
def test_an_open_question_is_no_but_what_if(text: str, lang: str, ctx_: list) -> None:
    from simulator.scoring.acknowledges import opens_on_but_what_if

    assert not opens_on_but_what_if(text, lang)
    _, score = run(text, ctx_, lang)
    assert not has_line(score.feedback, "どうするんですか")  # no line invented for it either
