"""English dialogue-act rules and the English lemmatiser."""

from __future__ import annotations

import pytest

from simulator.acts import Utterance
from simulator.analysis import analyse, keywords, normalise

OWNER = "Our sales have been falling, and the staff seem to have lost their motivation."
CTX = [Utterance(speaker="owner", text=OWNER)]
LONG_CTX = [
    Utterance(speaker="owner", text="We are a metal parts workshop, founded forty years ago."),
    Utterance(speaker="trainee", text="What is on your mind these days?"),
    Utterance(speaker="owner", text="Orders from our biggest customer have been shrinking."),
    Utterance(speaker="trainee", text="I see. How are things inside the company?"),
    Utterance(
        speaker="owner",
        text="Young craftsmen keep quitting, so I worry about passing on our skills.",
    ),
]


def acts(text: str, context: list[Utterance] | None = None) -> set[str]:
    return {a.value for a in analyse(text, CTX if context is None else context, "en").acts}


@pytest.mark.parametrize(
    "text",
    [
        "What do you think is behind that?",
        "How did the staff react?",
        "Why do you think that happened",
        "Could you tell me more about the staff?",
        "Tell me more about that.",
        "And then?",
        "What's your biggest problem?",
        "Walk me through a typical week.",
    ],
)
def test_open_questions(text: str) -> None:
    got = acts(text)
    assert "open_question" in got
    assert not got & {"closed_question", "leading_question", "advice"}


@pytest.mark.parametrize(
    "text",
    [
        "Did sales start falling this year?",
        "Do you talk with your staff often?",
        "Is your son going to take over",
        "Have you got the financial statements with you?",
    ],
)
def test_closed_questions(text: str) -> None:
    got = acts(text)
    assert "closed_question" in got
    assert not got & {"open_question", "leading_question"}


@pytest.mark.parametrize(
    "text",
    [
        "Don't you think you should invest more in marketing?",
        "Wouldn't it be better to hire a sales manager?",
        "Isn't the real problem your pricing?",
        "The staff just need better pay, right?",
        "Surely that's because of the competition?",
        "It's a leadership issue, isn't it?",
    ],
)
def test_leading_questions(text: str) -> None:
    got = acts(text)
    assert "leading_question" in got
    assert not got & {"closed_question", "open_question"}


@pytest.mark.parametrize(
    "text",
    [
        "You should start selling online.",
        "I recommend that you cut your prices.",
        "Have you considered hiring a consultant to redesign your pricing?",
        "Why don't you set up an online shop?",
        "The key is to motivate your staff with clear goals.",
        "Try holding a weekly meeting with the team.",
        "In general, most small firms fail because they don't track cash flow.",
    ],
)
def test_advice(text: str) -> None:
    got = acts(text)
    assert "advice" in got
    assert not got & {"open_question", "closed_question"}


@pytest.mark.parametrize(
    "text",
    [
        "It sounds like the falling sales are weighing on you.",
        "So you feel the staff have lost their motivation.",
        "Sales have been falling and motivation is down.",
        "You're saying the staff seem less motivated.",
    ],
)
def test_reflection(text: str) -> None:
    got = acts(text)
    assert "reflection" in got
    assert not got & {"summary", "advice", "leading_question"}


@pytest.mark.parametrize(
    "text",
    [
        "So what I'm hearing is that orders from your biggest customer are shrinking and young "
        "craftsmen keep quitting.",
        "To sum up: a forty-year-old workshop, shrinking orders, and skills at risk. Is that right?",
        "Let me check I've got this: orders are shrinking and the young craftsmen are quitting.",
    ],
)
def test_summary(text: str) -> None:
    got = acts(text, LONG_CTX)
    assert "summary" in got
    assert "reflection" not in got


@pytest.mark.parametrize(
    "text",
    [
        "That must have been really hard.",
        "I can imagine how frustrating that is.",
        "Thank you for sharing that with me.",
        "Take your time; there's no pressure to answer.",
        "It's impressive that you kept the company going for forty years.",
    ],
)
def test_empathy(text: str) -> None:
    assert "empathy" in acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "I've supported over 100 companies like yours.",
        "Our centre has specialists in every field.",
        "I have 20 years of experience in manufacturing, so trust me.",
    ],
)
def test_self_promotion(text: str) -> None:
    assert "self_promotion" in acts(text)


@pytest.mark.parametrize("text", ["Good morning.", "OK.", "Let me just take a note."])
def test_other(text: str) -> None:
    assert acts(text, []) == {"other"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("customers", "customer"),
        ("worried", "worry"),
        ("worrying", "worry"),
        ("making", "make"),
        ("hiring", "hire"),
        ("selling", "sell"),
        ("sold", "sell"),
        ("companies", "company"),
        ("stopped", "stop"),
        ("managing", "manage"),
    ],
)
def test_lemmas(a: str, b: str) -> None:
    assert normalise(a, "en") == normalise(b, "en")


def test_keywords_drop_stopwords_and_keep_order() -> None:
    assert keywords("Our customers and the customer base are shrinking", "en") == [
        "customer",
        "base",
        "shrink",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("How many people answered the survey?", {"closed_question"}),
        ("When did that friction start?", {"closed_question"}),
        ("If it were up to you, what would you want to do?", {"open_question"}),
        ("They left because of your prices, didn't they?", {"leading_question"}),
        ("Have you considered that the real issue might be your pricing?", {"leading_question"}),
        ("Have you considered raising your prices?", {"advice"}),
        ("You'd better partner with a vocational school.", {"advice"}),
        ("That's not true. Small companies can change faster than anyone.", {"advice"}),
        ("Mind if I take some notes?", {"other"}),
        ("No, this isn't an audit, and nothing you say will affect any subsidy.", {"empathy"}),
    ],
)
def test_tricky_forms(text: str, expected: set[str]) -> None:
    assert acts(text) == expected


def test_summary_with_a_check_tag_adds_no_question() -> None:
    text = (
        "So orders from your biggest customer are shrinking and the young craftsmen keep "
        "quitting, which puts your skills at risk. Did I get that right?"
    )
    got = acts(text, LONG_CTX)
    assert "summary" in got and "closed_question" not in got
