"""The lead's fixes of round 12 found in his own play of the merged build (int21)."""

from __future__ import annotations

import pytest

from simulator.acts import Utterance
from simulator.scoring.anchor import weighty_phrase


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("困ってるのは、人なんだよ。若いのを採っても、3年ともたずに辞めちまう。", "困ってるのは、人"),
        ("心配なのは、設備なんだけどね。機械はもう30年使ってる。", "心配なのは、設備"),
        ("気がかりなのは、後継者なんですよ。", "気がかりなのは、後継者"),
    ],
)
def test_his_noun_before_nandayo_is_given_back_without_a_stray_na(said: str, phrase: str) -> None:
    # 『困ってるのは、人な』 (the lead's play of int21, distrustful_founder T5) cut his 「なんだよ」 after な
    got = weighty_phrase([Utterance(speaker="owner", text=said)], "ja")
    assert got == phrase
    assert not got.endswith("な")


@pytest.mark.parametrize(
    "demand",
    [
        "Give me something concrete.",
        "Just show me the numbers.",
        "Can we skip this part?",
        "Let's not waste time.",
    ],
)
def test_his_demand_of_the_supporter_is_no_point_to_sum_up(demand: str) -> None:
    # the lead's play of int21 (move_on_owner en): the suggested summary listed "give you
    # something concrete" as a point of his
    from simulator.scoring.points import summary_points

    context = [
        Utterance(speaker="owner", text="We still make it the way my father did."),
        Utterance(speaker="trainee", text="How do you mean?"),
        Utterance(speaker="owner", text=f"I know what the problems are. {demand}"),
        Utterance(speaker="trainee", text="I see."),
        Utterance(speaker="owner", text="I'm worried the young ones won't stay."),
    ]
    points = summary_points(context, "en", [], limit=4)
    assert points, "his real points are still listed"
    assert not any(w in " ".join(points).lower() for w in ("give you", "show you", "skip", "waste time"))


def test_near_miss_what_he_gives_his_customers_is_still_a_point() -> None:
    from simulator.scoring.points import summary_points

    context = [Utterance(speaker="owner", text="We give our regulars a discount every spring, and they keep coming back.")]
    assert any("discount" in p for p in summary_points(context, "en", [], limit=3))
