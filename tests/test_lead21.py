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


def _turn(owner: str, lang: str, text: str, seed: int = 5):
    from simulator import open_session

    s = open_session(owner, lang, seed=seed, store=None)
    s.say("はじめまして、よろしくお願いします。" if lang == "ja" else "Hello, thank you for your time today.")
    return s.say(text)


@pytest.mark.parametrize(
    "text",
    [
        "On the form you wrote that growing sales is the priority. How did that come about?",
        "On your application form, sales and a new website are the priority. What led you there?",
        "You wrote that online sales are the key. Could you tell me more about that?",
    ],
)
def test_his_priority_reported_from_the_form_is_no_advice(text: str) -> None:
    # r21a s09 T1: "On the form you wrote that … are the priority" was advice and lecturing
    r = _turn("move_on_owner", "en", text)
    assert "advice" not in r.acts
    assert not any("advice" in f or "lecturing" in f for f in r.feedback)


def test_near_miss_the_supporters_own_priority_is_still_advice() -> None:
    from simulator.acts import Utterance as U
    from simulator.analysis import analyse

    said = [U(speaker="owner", text="Sales have been flat for five years. I want to sell online.")]
    assert "advice" in analyse("Honestly, a new brand is the priority for a company like yours.", said, "en").acts


def test_i_hear_you_have_is_hearsay_not_empathy() -> None:
    from simulator.analysis import analyse

    assert "empathy" not in analyse("I hear you have the factory to check this afternoon.", [], "en").acts
    assert "empathy" in analyse("I hear you. That sounds exhausting.", [], "en").acts


@pytest.mark.parametrize(
    "text",
    [
        "すみません、出過ぎたことを言いました。社長ご自身は、今一番何に悩んでいらっしゃるんですか？",
        "社長ご自身は、今いちばん困っていらっしゃることは何ですか？",
    ],
)
def test_the_blunt_worry_question_asked_of_him_himself_is_named(text: str) -> None:
    # r21a s10 T6: 「社長ご自身は、今一番何に悩んで…」 had no line and deep_dive 61
    r = _turn("reluctant_successor", "ja", text)
    assert any("今一番の悩みは何ですか" in f for f in r.feedback)
    assert r.scores["deep_dive"] is not None and r.scores["deep_dive"] < 40


def test_near_miss_his_own_future_asked_of_him_is_not_blunt() -> None:
    r = _turn("reluctant_successor", "ja", "社長ご自身は、会社をこれからどうしていきたいとお考えですか？")
    assert not any("今一番の悩みは何ですか" in f for f in r.feedback)


@pytest.mark.parametrize(
    ("owner", "text"),
    [
        ("distrustful_founder", "そんなことないですよ！社長のやり方が古いなんてことはないと思います。"),
        ("big_customer_owner", "いやいや、小さい会社でもできますよ。"),
        ("family_values_owner", "そんなことありませんよ、まだまだお若いじゃないですか。"),
    ],
)
def test_waving_his_view_aside_is_named_a_denial(owner: str, text: str) -> None:
    # r21a s02 T11 (named as advice), r21b s08 T5 (no line at all)
    r = _turn(owner, "ja", text)
    assert any("否定" in f for f in r.feedback)


def test_near_miss_his_own_no_given_back_is_no_denial() -> None:
    r = _turn("big_customer_owner", "ja", "そんなことはない、とおっしゃる方も多いですね。どう思われますか？")
    assert not any("否定" in f for f in r.feedback)


def test_an_open_question_is_no_guess_of_hers_to_name_as_not_said() -> None:
    # r22a s03 T9: a summary the owner confirmed was named "has not said yet" because an earlier
    # open question ("compared with ten years ago — what feels different about the customers?")
    # shared its words; only a yes/no guess of hers he did not take up is "not said"
    from simulator.scoring.guessed import guessed_points

    context = [
        Utterance(speaker="trainee", text="In the main shop, compared with ten years ago — what feels different about the customers who come in?"),
        Utterance(speaker="owner", text="...Well, honestly, something tightens up here in my chest."),
    ]
    assert guessed_points("So fewer customers come in now than ten years ago, and it weighs on you.", context, "en") == []
    guess = [
        Utterance(speaker="trainee", text="Is it your wife who handles the accounts, then?"),
        Utterance(speaker="owner", text="...Hmm, not really, no."),
    ]
    assert guessed_points("So your wife handles the accounts, right?", guess, "en")
