"""refl23: a reflection (伝え返し) gives his point back; her own question, inference, pleasantry or
praise that reuses one of his words does not. His words cited or echoed before her question do.

Sentences written for this test (not from t10/t12/refl20 nor from benchmarks/tuning/refl23)."""

from __future__ import annotations

import pytest

from simulator.acts import Utterance
from simulator.analysis import analyse


def acts_of(text: str, owner: str, lang: str) -> set[str]:
    return {a.value for a in analyse(text, [Utterance(speaker="owner", text=owner)], lang).acts}


# --- near misses: his word reused, nothing of his given back -----------------------------------
NOT_JA = [
    # her inference or diagnosis built on his words
    ("仕入れ先が値上げばかり言ってきてね。", "値上げが続くなら、仕入れ先を見直す時期ですね。"),
    ("配送のミスが先月だけで五件もあったんです。", "配送のミスが続くのは、チェックの手順がないからだと思います。"),
    ("うちの若手は電話に出たがらないんですよ。", "電話に出たがらないということは、若手の方は自信がないはずです。"),
    ("工場の機械がもう三十年ものでね。", "三十年ものの機械なら、そろそろ入れ替えた方がいいですよ。"),
    ("店の常連さんが、年々減ってきてまして。", "常連さんが減っているなら、新しいお客さんを呼ぶ工夫が必要があります。"),
    # a closing pleasantry that repeats his words
    ("今日は話せてよかった。また来月お願いします。", "こちらこそ、また来月お願いします。本日はありがとうございました。"),
    ("遠いところ、お疲れさまでした。", "いえいえ、とんでもないです。お時間をいただきありがとうございました。"),
    # her praise of what he said
    ("うちの強みは、地元の農家さんとの付き合いなんです。", "地元の農家さんとの付き合い、素晴らしいですね。"),
]

NOT_EN = [
    ("Our delivery vans are all over ten years old.", "Vans that old will cost you more in repairs than a lease would."),
    ("My nephew handles the website, more or less.", "Websites like that usually need a professional eye."),
    ("We had three complaints about late deliveries this month.", "Get a tracking system in place before the complaints pile up."),
    ("I've been running the bakery alone since my wife got sick.", "Running the bakery alone must be wearing you down."),
    ("It was good of you to come out here.", "Good to see you too. Thanks for making time for me."),
    ("The night shift is where most of the mistakes happen.", "Night shifts are where fatigue errors creep in. That's a safety risk."),
]

# --- give-backs: his words cited or echoed beside her question or remark ------------------------
YES_JA = [
    ("社員の半分が六十代なんです。", "半分が六十代…。そのことで一番気になっているのは何ですか？"),
    ("ベテランの職人が突然辞めたいって言い出して。", "ベテランの方が辞めたいと。やはり待遇に不満があるんじゃないですか？"),
    ("資材の値段が、去年の倍になったんですよ。", "去年の倍…。それで、お客さんへの見積もりはどうされているんですか？"),
    ("会長の前では、何も言えないんです。", "会長の前だと、ご自分の考えを口に出しにくいんですね。"),
]

YES_EN = [
    ("Margins have been eaten alive by fuel costs.", '"Eaten alive" - that sounds like a lot. What happened?'),
    ("Our best driver quit after twelve years.", "Your best driver quit after twelve years?"),
    ("I only took over because nobody else would.", "You took over because nobody else would, and that still weighs on you."),
]

# --- kept: her own question or advice, reflection absent before and after --------------------------
KEEP_NONE_JA = [
    ("パートさんが十人ほどいます。", "パートさんは何年くらい勤めている方が多いですか？"),
]


@pytest.mark.parametrize(("owner", "text"), NOT_JA)
def test_her_own_point_reusing_his_word_is_no_reflection_ja(owner: str, text: str) -> None:
    assert "reflection" not in acts_of(text, owner, "ja")


@pytest.mark.parametrize(("owner", "text"), NOT_EN)
def test_her_own_point_reusing_his_word_is_no_reflection_en(owner: str, text: str) -> None:
    assert "reflection" not in acts_of(text, owner, "en")


@pytest.mark.parametrize(("owner", "text"), YES_JA)
def test_his_words_cited_or_echoed_are_a_reflection_ja(owner: str, text: str) -> None:
    assert "reflection" in acts_of(text, owner, "ja")


@pytest.mark.parametrize(("owner", "text"), YES_EN)
def test_his_words_given_back_are_a_reflection_en(owner: str, text: str) -> None:
    assert "reflection" in acts_of(text, owner, "en")


@pytest.mark.parametrize(("owner", "text"), KEEP_NONE_JA)
def test_her_fact_question_stays_a_question(owner: str, text: str) -> None:
    acts = acts_of(text, owner, "ja")
    assert "reflection" not in acts and "closed_question" in acts


def test_cited_words_before_her_question_open_it_en() -> None:
    acts = acts_of('"Running on fumes" - what does that look like day to day?', "Honestly, we're running on fumes.", "en")
    assert {"reflection", "open_question"} <= acts


def test_his_phrase_as_the_hook_of_her_question_is_a_keyword_followed_up_ja() -> None:
    # the project's labelled sets: 「〜、というのは…？」 follows a keyword up (open), no give-back
    acts = acts_of("回らない、というのはどういう状態なんでしょう？", "私がいないと現場が回らないんです。", "ja")
    assert "open_question" in acts and "reflection" not in acts


def test_a_keyword_picked_up_by_her_question_is_no_reflection() -> None:
    # one word of his (「紹介で」) opening her question: a keyword dig, not his point given back
    acts = acts_of("口コミで、というのは、どんな方からの口コミが多いんですか？", "うちは口コミでお客さんが来るんです。", "ja")
    assert "reflection" not in acts and "open_question" in acts


def test_her_remark_on_his_cited_words_is_no_reflection() -> None:
    # 「…というのは、本当に〜ですよね」: her feeling about it, not his words handed back to him
    acts = acts_of("誰にも頼れないというのは、本当に心細いことですよね。", "誰にも頼れないんです。", "ja")
    assert "reflection" not in acts
