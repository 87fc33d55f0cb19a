"""Round-4 fixes to the dialogue-act rules: proposals the rules missed, and questions they took
for proposals (lead's play and the tuning sets' misses; never the held-out sets)."""

from __future__ import annotations

import pytest

from simulator.acts import Utterance
from simulator.analysis import analyse

EN_CTX = [Utterance(speaker="owner", text="The bank turned us down again, and the drivers keep quitting.")]
JA_CTX = [Utterance(speaker="owner", text="銀行にまた断られてね。運転手も辞めていくし。")]


def acts(text: str, lang: str) -> set[str]:
    return {a.value for a in analyse(text, EN_CTX if lang == "en" else JA_CTX, lang).acts}


@pytest.mark.parametrize(
    "text",
    [
        "It's important to document the key processes before the veterans retire.",
        "Maybe you could sit down with each driver one-on-one.",
        "With respect, the bank isn't really the problem here. The figures you've shown them are.",
        "Honestly, your kids are right. Delivery's basically table stakes now.",
        "Fine, accountants know their stuff. I wouldn't worry too much.",
        "Every business needs one. I'd go with a template on Shopify.",
        "so u basically need a business plan then",
        "A lot of owners find a simple barcode system sorts that out pretty quickly.",
    ],
)
def test_disguised_proposals_are_advice_en(text: str) -> None:
    assert "advice" in acts(text, "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("What do you think the problem is?", {"open_question"}),
        ("Where do you think the real issue is?", {"open_question"}),
        ("Maybe you could tell me more about that?", {"open_question"}),
        ("It's important to you that the drivers stay.", {"reflection"}),
        ("Have you considered raising your prices?", {"advice"}),
        ("Let's wrap up here for today. Thanks again for your time.", {"other"}),
    ],
)
def test_questions_and_closings_are_not_advice_en(text: str, expected: set[str]) -> None:
    assert acts(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "本当の原因はどこにあると感じていますか？",
        "社長は、課題はどこにあるとお考えですか？",
        "どこに原因があると思いますか？",
    ],
)
def test_where_do_you_think_is_open_ja(text: str) -> None:
    assert acts(text, "ja") == {"open_question"}


def test_where_is_the_factory_stays_closed_ja() -> None:
    assert acts("工場はどこにありますか？", "ja") == {"closed_question"}


@pytest.mark.parametrize("text", ["実は私、この近くの出身なんですよ。", "私もこの地域で生まれ育ちました。"])
def test_small_talk_about_oneself_is_not_a_boast_ja(text: str) -> None:
    assert "self_promotion" not in acts(text, "ja")


@pytest.mark.parametrize(
    "text",
    [
        "実は以前、同じような会社さんを支援して、2年で売上を1.5倍にしたことがあるんです。",
        "任せてください。今まで担当した会社は、みんな業績が上がってますから。",
        "計画書なら、私の方がもっといいものを作れますよ。",
    ],
)
def test_boasts_of_results_are_self_promotion_ja(text: str) -> None:
    assert "self_promotion" in acts(text, "ja")


@pytest.mark.parametrize(
    "text",
    [
        "It might be worth checking which lines actually make money before anything else.",
        "Something to think about is a second supplier for the fillings.",
        "Nothing stops you from trying a higher price on one product.",
        "Fair enough. Then outsource it; a bookkeeper two days a month is cheaper than you think.",
        "Stock clearance. Get it out the door and free up the cash.",
        "Sounds like a cash-flow problem to me.",
        "That's not really true, though. Plenty of firms round here are hiring.",
        "Personally I'd rent before I'd build.",
        "Sure. In that case: cut the slow lines, chase your receivables, and hire an office manager.",
    ],
)
def test_hedged_and_imperative_proposals_are_advice_en(text: str) -> None:
    assert "advice" in acts(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "What options have you considered?",
        "What have you tried so far?",
        "Go on.",
        "Take your time.",
        "Put it in your own words, if you like.",
    ],
)
def test_prompts_are_not_advice_en(text: str) -> None:
    assert "advice" not in acts(text, "en")
