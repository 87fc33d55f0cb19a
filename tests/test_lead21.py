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


def test_a_refusal_tells_no_fact_and_reaches_no_issue() -> None:
    # bots5's pushy bot with the distrustful founder (en, seed 0) got 「I'm not showing the books」 and
    # the report counted the issue as reached: the refusal's topic links to numbers_kept_to_himself,
    # one of the facts that state the issue
    from simulator import open_session

    session = open_session("distrustful_founder", "en", seed=0, store=None)
    session.say("Hello, I'm from the chamber of commerce.")
    reply = session.say("Could you show me the last three years of financial statements?").owner_reply
    session.say("Let me give you my diagnosis straight. Relying on one big customer like this is really dangerous.")
    report = session.report()
    assert "books" in reply.lower()
    assert "numbers_kept_to_himself" not in report.revealed
    assert not report.hidden_issue_reached


def test_near_miss_a_plain_answer_still_tells_its_fact() -> None:
    from simulator.datafiles import load_persona as _load
    from simulator.reporting import told_in_answers

    persona = _load("distrustful_founder")
    answered = [a for a in persona.answers.topics if a.fact and a.stance.value == "answer"]  # type: ignore[union-attr]
    a = answered[0]
    history = [Utterance(speaker="owner", text=a.text.get("en")[0])]
    assert told_in_answers(persona, history, [], "en") == [a.fact]
