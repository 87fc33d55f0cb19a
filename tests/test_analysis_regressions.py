"""Regressions for defects colleagues reported in the analyser (one test or more per defect)."""

from __future__ import annotations

import pytest

from simulator.acts import Utterance
from simulator.analysis import analyse


def o(text: str) -> Utterance:
    return Utterance(speaker="owner", text=text)


def t(text: str) -> Utterance:
    return Utterance(speaker="trainee", text=text)


def acts(text: str, context: list[Utterance] | None = None, lang: str = "ja") -> set[str]:
    return {a.value for a in analyse(text, context or [], lang).acts}


# 1. a repeat shares the topic words, not only the follow-up template ---------------------------


def test_same_template_different_topic_is_not_a_repeat_ja() -> None:
    ctx = [
        o("うちは金属加工をやっています。"),
        t("時間について、もう少し詳しく聞かせていただけますか？"),
        o("残業が多いんです。機械も古くて。"),
    ]
    a = analyse("機械について、もう少し詳しく聞かせていただけますか？", ctx, "ja")
    assert a.features.is_question and not a.features.is_repeat
    again = analyse("時間について、もう少し詳しく聞かせていただけますか？", ctx, "ja")
    assert again.features.is_repeat and again.features.repeat_of == 1


def test_same_template_different_topic_is_not_a_repeat_en() -> None:
    ctx = [
        o("We make parts for farm machinery."),
        t("Could you tell me more about the machines?"),
        o("They're old. And the staff are tired."),
    ]
    assert not analyse("Could you tell me more about the staff?", ctx, "en").features.is_repeat
    again = analyse("Could you tell me more about the machines?", ctx, "en")
    assert again.features.is_repeat and again.features.repeat_of == 1


# 2. 「…と思います」 impressions and 「〜させてください」 are not advice ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "大変なご苦労だったと思います。",
        "それは相当こたえたと思います。",
        "娘さんを大事に思われているからこその迷いだと思います。",
    ],
)
def test_own_impression_is_empathy_not_advice(text: str) -> None:
    got = acts(text, [o("震災のあと、一から店を建て直したんです。")])
    assert "advice" not in got and "empathy" in got


def test_permission_lead_ins_are_not_advice() -> None:
    ctx = [o("売上の半分は一社です。"), t("半分が一社。"), o("しかも発注が減ってきました。")]
    assert "advice" not in acts("整理させてください。", ctx)
    assert acts("少し確認させてください。", ctx) == {"other"}
    lead_in = (
        "整理させてください。売上の半分を一社に頼っていて、発注が減ってきている、ということですね。"
    )
    assert acts(lead_in, ctx) == {"summary"}


# 3. quantity / time / yes-no questions are closed ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "何名ですか？",
        "従業員は何人いますか",
        "何名くらいですか",
        "いつ頃から始められたんですか",
        "息子さんは社内にいらっしゃるんですか",
    ],
)
def test_fact_questions_are_closed_ja(text: str) -> None:
    assert acts(text, [o("うちは家族経営でやってます。")]) == {"closed_question"}


@pytest.mark.parametrize(
    "text",
    ["When did you take over?", "Is your son in the company?", "How many employees do you have?"],
)
def test_fact_questions_are_closed_en(text: str) -> None:
    assert acts(text, [o("It's a family business.")], "en") == {"closed_question"}


# 4. 言われる inside a give-back is not a lecture ------------------------------------------------------


def test_said_inside_a_reflection_is_not_advice() -> None:
    ctx = [o("親からは継げと言われているのに、自分には自信がないんです。")]
    got = acts("継ぐようにと言われているのに、ご自身では自信が持てない、ということですね。", ctx)
    assert got == {"reflection"}


def test_lecture_still_needs_its_context() -> None:
    ctx = [o("赤字の原因がよく分からないんです。")]
    lecture = "一般的には、製造業の赤字は原価管理の甘さから来ることが多いと言われています。"
    assert "advice" in acts(lecture, ctx)


# 5. no topic switch after a greeting or for a broad opening invitation -----------------------------


@pytest.mark.parametrize("owner", ["Nice to meet you. Please, have a seat.", "Hello.", "Yes."])
def test_first_question_after_greeting_is_not_a_topic_switch(owner: str) -> None:
    for q in ["Could you tell me about your business?", "Tell me about your work."]:
        assert not analyse(q, [o(owner)], "en").features.topic_switch


def test_broad_opening_is_not_a_topic_switch_ja() -> None:
    ctx = [o("どうぞ、お掛けください。遠いところありがとうございます。")]
    assert not analyse(
        "まずは御社の事業について教えていただけますか", ctx, "ja"
    ).features.topic_switch


def test_real_topic_switch_is_still_flagged() -> None:
    ctx = [o("I still can't decide whether my son should take over.")]
    assert analyse("Do you plan to buy new machines?", ctx, "en").features.topic_switch


# 6. English reflections need a link; empathy has broader patterns -----------------------------------


def test_sounds_like_with_a_link_is_reflection() -> None:
    ctx = [o("I can't say anything in front of the chairman.")]
    got = acts(
        "It sounds like it's hard to voice your view when the chairman is in the room.", ctx, "en"
    )
    assert "reflection" in got
    assert "reflection" in acts("It sounds like you're caught in the middle.", ctx, "en")


def test_sounds_like_without_a_link_is_not_reflection() -> None:
    ctx = [o("The young guys on the floor just don't listen to me.")]
    assert "reflection" not in acts("It sounds like a common problem in family firms.", ctx, "en")


@pytest.mark.parametrize(
    ("owner", "text"),
    [
        ("I've asked the chairman three times and he ignores it.", "No wonder you're frustrated."),
        ("I'm running the shop and doing the books at night.", "That's a lot to carry."),
        ("I've been on my own for years.", "I can imagine how tiring that's been."),
        ("I never wanted to take over, honestly.", "I appreciate you telling me that."),
        ("It's embarrassing to admit.", "Thank you for sharing that with me."),
        ("Is this some kind of audit?", "No, this isn't an audit."),
        ("I don't want you looking at the accounts.", "That's fine, we won't touch the accounts."),
        ("My uncle blocks everything.", "That must be really discouraging."),
        ("My father died last year.", "I'm so sorry for your loss."),
    ],
)
def test_english_empathy_patterns(owner: str, text: str) -> None:
    got = acts(text, [o(owner)], "en")
    assert got == {"empathy"}, got
