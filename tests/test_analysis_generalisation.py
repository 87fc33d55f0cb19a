"""Regression tests for the rules added to generalise beyond the development set.

One test (or a parametrised group) per rule: the supporter's own statements and courtesies are
not give-backs, feelings asked about are not empathy, new forms of self-promotion, proposals
phrased as questions, and a few lexical defects (「なんでしょうか」 is not 「なんで」).
"""

from __future__ import annotations

import pytest

from simulator.acts import Utterance
from simulator.analysis import analyse


def o(text: str) -> Utterance:
    return Utterance(speaker="owner", text=text)


def acts(text: str, owner: str | None = None, lang: str = "ja") -> set[str]:
    return {a.value for a in analyse(text, [o(owner)] if owner else [], lang).acts}


# Japanese ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("owner", "text"),
    [
        (
            "新商品を出しても、なかなか売れなくて。",
            "私たちも新しい事業を始めたばかりで、手探りなんです。",
        ),
        ("最近は忙しくて寝る暇もない。", "私も昨日はほとんど寝ていません。"),
        (
            "遠いところ、よく来てくれましたね。",
            "いえ、こちらこそお時間をいただいてありがとうございます。",
        ),
        ("駐車場、分かりました？", "はい、すぐ分かりました。"),
        ("今日の話、どうまとめるの？", "今日伺った内容は、まず私の方で整理して次回お持ちします。"),
    ],
)
def test_own_statements_and_courtesies_are_not_reflections_ja(owner: str, text: str) -> None:
    assert acts(text, owner) == {"other"}


def test_reflection_still_found_with_owner_subject_ja() -> None:
    assert acts(
        "見積もりは社長お一人で抱えていらっしゃるんですね。",
        "毎晩遅くまで一人で見積もりを作っています。",
    ) == {"reflection"}


def test_quotative_to_paraphrase_is_a_reflection_ja() -> None:
    assert acts("一度は閉店も頭をよぎったと。", "店を閉めることも考えました。") == {"reflection"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一番悔しかったのは、どんな辞め方をされた時ですか。", {"open_question"}),
        ("若手の方の中で、思い入れのある人はどなたですか。", {"closed_question"}),
    ],
)
def test_feeling_asked_about_is_not_empathy_ja(text: str, expected: set[str]) -> None:
    assert acts(text, "若手がすぐ辞めてしまうんです。") == expected


def test_acknowledgement_clause_before_a_question_is_empathy_ja() -> None:
    got = acts(
        "ご苦労も多かったと思いますが、どう乗り越えられたんですか。", "コロナの時は大変でした。"
    )
    assert {"empathy", "open_question"} <= got


@pytest.mark.parametrize(
    "text",
    [
        "私も経営者だったので分かります。",
        "私、実はこの業界で二十年やってきたんです。",
        "去年も似たような製造業さんを三社ほど黒字にしました。",
        "私が担当した会社はみんな売上が伸びているんですよ。",
        "地元の信用金庫の支店長とは親しいので、話を通しておきますよ。",
        "うちの商工会は補助金の採択率が県内でもかなり高いんですよ。",
        "テレビや新聞でも取り上げていただいたことがあります。",
        "海外なら、JETROに同期がいますので、いつでもつなげますよ。",
        "経営計画づくりは私の一番得意なところです。",
    ],
)
def test_self_promotion_forms_ja(text: str) -> None:
    assert acts(text, "経営計画なんて作ったことない。") == {"self_promotion"}


def test_hometown_small_talk_is_not_self_promotion_ja() -> None:
    assert acts("実は私、この近くの出身なんですよ。") == {"other"}


def test_nandeshouka_is_not_naze_ja() -> None:
    assert acts("今の販路に何か不満がおありなんでしょうか。", "新しい販路を探しています。") == {
        "closed_question"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("販路について、もう少し聞かせてもらってもいいですか。", {"open_question"}),
        ("売上の推移を伺ってもよろしいですか。", {"open_question"}),
        ("失礼します。こちらに座ってもよろしいですか。", {"other"}),
    ],
)
def test_asking_leave_to_hear_more_is_open_ja(text: str, expected: set[str]) -> None:
    assert acts(text, "売上は横ばいです。") == expected


@pytest.mark.parametrize(
    ("owner", "text"),
    [
        ("任せたいけど任せられない。", "若手にもっと任せてみるのはどうですか。"),
        (
            "数字はあまり見ていないんです。",
            "まずは月次の試算表を作るところから始めるのが良いと思います。",
        ),
        ("職人が高齢化していてね。", "職人さんの高齢化は、どこの工場でも聞く話です。"),
    ],
)
def test_advice_forms_ja(owner: str, text: str) -> None:
    assert acts(text, owner) == {"advice"}


def test_conditional_yone_is_leading_not_empathy_ja() -> None:
    assert acts("販路を広げないと厳しいですよね？", "今の取引先だけで何とかなってる。") == {
        "leading_question"
    }


@pytest.mark.parametrize(
    ("owner", "text"),
    [
        (
            "先代が急に亡くなって社長になりました。",
            "突然のことで、心の準備もないままだったでしょうね。",
        ),
        ("あんまり話したくないこともあるんだけど。", "話せるところからで大丈夫ですよ。"),
    ],
)
def test_empathy_forms_ja(owner: str, text: str) -> None:
    assert acts(text, owner) == {"empathy"}


def test_answering_no_is_not_denial_ja() -> None:
    assert acts("いえ、録音はしません。メモだけ取らせてください。", "え、録音するの？") == {"other"}
    assert "advice" in acts("いえ、そんなことはありません。", "うちは値上げなんてできませんよ。")


# English -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Before this job I worked in lending at a bank for fifteen years.",
        "In my previous role I ran lending for a regional bank.",
        "Our chamber has helped more firms than any other in the county.",
        "I sit on the prefecture's SME advisory board, actually.",
    ],
)
def test_self_promotion_forms_en(text: str) -> None:
    assert acts(text, "Banks never understand us.", "en") == {"self_promotion"}


def test_feeling_asked_about_is_not_empathy_en() -> None:
    owner = "Our young staff keep leaving."
    assert acts("How tough has it been to replace them?", owner, "en") == {"open_question"}
    got = acts("That must have been hard. How did you cope?", owner, "en")
    assert {"empathy", "open_question"} <= got


def test_relative_what_clause_keeps_its_empathy_en() -> None:
    got = acts(
        "No. What you tell me stays with me unless you say otherwise.", "Is this an audit?", "en"
    )
    assert got == {"empathy"}


@pytest.mark.parametrize(
    ("owner", "text", "expected"),
    [
        (
            "Our young staff keep leaving.",
            "Would it help to talk to the ones who left?",
            {"advice"},
        ),
        (
            "Our young staff keep leaving.",
            "Staff turnover is a common problem in your sector.",
            {"advice"},
        ),
        ("Dad still signs every cheque.", "We see that a lot in family businesses.", {"advice"}),
        (
            "I don't look at the numbers much.",
            "The first thing to do is get monthly accounts in place.",
            {"advice"},
        ),
        ("Our young staff keep leaving.", "Can I take a few notes while we talk?", {"other"}),
        ("Nice to meet you.", "Nice to meet you too. I'm Ken from the support centre.", {"other"}),
        (
            "We've been in business forty years.",
            "What a history. Was it your father who started it?",
            {"closed_question"},
        ),
        (
            "I don't want to talk numbers.",
            "You can share as much or as little as you like.",
            {"empathy"},
        ),
    ],
)
def test_question_and_statement_forms_en(owner: str, text: str, expected: set[str]) -> None:
    assert acts(text, owner, "en") == expected
