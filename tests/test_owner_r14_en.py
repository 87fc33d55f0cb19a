"""Round 14 (en14): English owners answer what was asked, as the Japanese ones do.

- Closed questions after a greeting (staff, founding, generation, customers, sales, machines'
  age, successor, children, competitors, next meeting) get an answer in kind from every owner,
  never the staff's age for the machines' age nor a bare hedge to "could we meet again?" (r14a
  s06: "How old are your machines?" → "Mid-forties on average").
- The books asked for in a long request are refused or answered in character (r14a s06 T1:
  "Don't know offhand"); a request to share his thoughts asks for talk, not a document.
- A check of the supporter's summary ("Is that a fair picture?") asks no future; "How does that
  land with you?" asks his feeling, never a profile fact (r14a s07 T5: "Six people in sales").
- A question with an answer of its own (how the team would take a change, what his own part
  would be, how one thing sits alongside another) gets his honest guess, not the next personal
  fact he would have told whatever was asked (r14b s03 T11, s09 T11).
- Generic lines said to any open question do not echo a question word nobody asked ("How? ...",
  r14b s06 T9); stock feeling lines differ between owners (r14b s09 T8).
"""

from __future__ import annotations

import re

import pytest

from simulator import open_session, persona_ids
from simulator.datafiles import load_persona
from simulator.persona import Reaction
from simulator.wording.asking import ask_kind, asks_own_answer, form_of, read_question

OWNERS = ["big_customer_owner", "distrustful_founder", "family_values_owner", "move_on_owner", "reluctant_successor"]
HELLO = "Good afternoon, and thank you for seeing me. I'm Mori from the chamber of commerce."


def asked(pid: str, question: str, seed: int = 3):
    session = open_session(pid, "en", seed=seed, store=None)
    session.say(HELLO)
    return session.say(question)


def topic(pid: str, question: str) -> str | None:
    q = read_question(load_persona(pid), question, "en")
    return q.topic.id if q.topic is not None else None


# -- closed questions: an answer in kind from every owner -------------------------------------------

CLOSED = [
    ("How many people work for you?", {"staff"}),
    ("What year did the company start?", {"founded"}),
    ("Which generation of the family are you?", {"generation"}),
    ("Who are your biggest customers?", {"customers", "maruei"}),
    ("How much are your annual sales roughly?", {"sales"}),
    ("How old is the equipment on your floor?", {"machines", "presses"}),
    ("Have you got a successor in mind?", {"successor"}),
    ("Does your son work with you here?", {"son", "children"}),
    ("Who are your main competitors around here?", {"competitors"}),
    ("Could we meet again in a couple of weeks?", {"next_meeting"}),
]


@pytest.mark.parametrize("pid", OWNERS)
@pytest.mark.parametrize(("question", "topics"), CLOSED)
def test_a_closed_question_names_its_own_topic(pid: str, question: str, topics: set[str]) -> None:
    assert topic(pid, question) in topics


@pytest.mark.parametrize("pid", OWNERS)
def test_closed_questions_get_an_answer_from_that_topic(pid: str) -> None:
    persona = load_persona(pid)
    assert persona.answers is not None
    texts = {a.id: a.text.get("en") + (a.guarded.get("en") if a.guarded else []) for a in persona.answers.topics}
    hedges = persona.lines[Reaction.ANSWER_CLOSED].get("en")
    for question, topics in CLOSED:
        reply = asked(pid, question).owner_reply
        said = [t for tid in topics if tid in texts for t in texts[tid]]
        assert any(t[2:30] in reply for t in said), (question, reply)
        assert not any(reply.strip() == h for h in hedges), (question, reply)


@pytest.mark.parametrize("pid", OWNERS)
def test_the_age_of_the_machines_is_not_the_staffs_age(pid: str) -> None:
    assert topic(pid, "And the machines themselves, how old are your machines?") != "staff_age"
    assert topic(pid, "How old are your workers, on average?") == "staff_age"  # negative: still the staff


@pytest.mark.parametrize("pid", ["distrustful_founder", "move_on_owner", "reluctant_successor"])
def test_a_daughter_question_is_answered_in_kind(pid: str) -> None:
    assert topic(pid, "Does your daughter have anything to do with the business?") == "children"


def test_a_request_for_next_time_is_no_next_meeting_question() -> None:
    # negative: "next time, could you bring …" asks him to bring something, it proposes no meeting
    assert topic("family_values_owner", "Next time, could you bring along the old order books?") != "next_meeting"


# -- the books, asked for in a long request --------------------------------------------------------


def test_a_long_request_for_the_books_names_them() -> None:
    text = ("The part of the form about your finances was left empty, so would you be able to share "
            "your most recent financial statements with me at some point?")
    assert topic("distrustful_founder", text) == "accounts"
    reply = asked("distrustful_founder", text).owner_reply
    refusals = load_persona("distrustful_founder").answers.topics  # type: ignore[union-attr]
    books = next(a for a in refusals if a.id == "accounts").text.get("en")
    assert any(t[:20] in reply for t in books), reply


@pytest.mark.parametrize("pid", OWNERS)
def test_the_books_in_a_long_request_get_his_own_answer_not_a_generic_line(pid: str) -> None:
    text = "Would it be possible for me to see your financial statements for the last two or three years sometime?"
    assert topic(pid, text) == "accounts"


def test_sharing_his_thoughts_asks_for_talk() -> None:
    # negative: "share your thoughts" is no document
    assert form_of("Could you share your thoughts on where the shop is heading?", "en") == "open"
    assert form_of("Could you share your story of the first years, when the orders were thin?", "en") == "open"


# -- a check asks no future; "land with you" asks a feeling ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "So: the chain, the flat sales and the recipe you're proud of. Is that a fair picture?",
        "Three things, then: the staff, the machines and the orders. Is that how it looks from where you sit?",
        "The floor absorbs the cuts and the margin thins. Is that close?",
    ],
)
def test_a_check_of_his_words_asks_no_future(text: str) -> None:
    assert ask_kind(text, "en") != "future"


def test_a_real_picture_of_the_future_is_still_the_future() -> None:
    # negative: a picture asked for is the future
    assert ask_kind("When you picture the shop ten years from now, what do you see?", "en") == "future"


@pytest.mark.parametrize(
    "text",
    ["You can't tell who buys it for the family name. How does that land with you?",
     "Orders through you, every time. How does that sit with you, day to day?"],
)
def test_land_or_sit_with_you_asks_his_feeling(text: str) -> None:
    assert ask_kind(text, "en") == "feeling"


def test_land_with_you_is_not_met_with_the_sales_team() -> None:
    lines = [
        "Thank you for making the time, Mr Takemoto. I'm Ueno from the chamber. What got you thinking about selling online?",
        "Flat for five years while costs climb — that sounds like a squeeze. Which customers carry the business today?",
        "A chain that has ordered every week for forty years. How does that land with you?",
    ]
    session = open_session("move_on_owner", "en", seed=5, store=None)
    reply = [session.say(t) for t in lines][-1].owner_reply
    assert "six people in sales" not in reply.lower(), reply


# -- a question with an answer of its own ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "With the orders stacking up like that, how do you think your foremen would react to a second shift?",
        "Leaving the customer side aside, what would you want your own role in the company to be?",
        "How does all that sit alongside your idea of a new website?",
    ],
)
def test_a_question_with_an_answer_of_its_own(text: str) -> None:
    assert asks_own_answer(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "What would you like to tell me about the shop?",  # negative: an invitation to talk
        "What was it like when your father ran the place?",
        "How many would you need on the floor?",
    ],
)
def test_an_open_invitation_has_no_answer_of_its_own(text: str) -> None:
    assert not asks_own_answer(text, "en")


@pytest.mark.parametrize("pid", OWNERS)
def test_every_owner_has_a_guess_in_both_languages(pid: str) -> None:
    peak = load_persona(pid).peak
    assert peak is not None and peak.guess is not None
    assert len(peak.guess.get("ja")) >= 2 and len(peak.guess.get("en")) >= 2


def test_his_own_part_gets_his_guess_not_the_next_personal_fact() -> None:
    session = open_session("big_customer_owner", "en", seed=9, store=None)
    session.say(HELLO)
    persona = load_persona("big_customer_owner")
    # far enough in that a personal fact would come next: his profile told, trust high
    session.state.trust = 62.0
    session.state.disclosed.extend(f.id for f in persona.facts if f.depth.value == "surface" and f.id not in session.state.disclosed)
    turn = session.say("Keeping the old relationship going has been your job, then. And what would you want "
                       "your own role at Miura Press to be, beyond that?")
    guesses = load_persona("big_customer_owner").peak.guess.get("en")  # type: ignore[union-attr]
    assert any(g[1:25] in turn.owner_reply for g in guesses), turn.owner_reply
    assert not turn.revealed or all(
        load_persona("big_customer_owner").fact(f).depth.value != "personal" for f in turn.revealed
    )


# -- lines ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("pid", persona_ids())
def test_generic_open_answers_do_not_echo_a_question_word(pid: str) -> None:
    """answer_open is said to any open question: "How? ..." or "Talk? ..." answers a word nobody
    may have said."""
    for line in load_persona(pid).lines[Reaction.ANSWER_OPEN].get("en"):
        assert not re.match(r"^(How|What|Why|Talk|Who)\?", line), line


def test_stock_feeling_lines_differ_between_owners() -> None:
    seen: dict[str, str] = {}
    for pid in OWNERS:
        peak = load_persona(pid).peak
        assert peak is not None
        for line in peak.feeling.get("en"):
            key = re.sub(r"[^a-z ]", "", line.lower())
            if "nearest word" in key:
                assert "nearest word" not in seen, (pid, seen)
                seen["nearest word"] = pid


def test_a_lead_in_keeps_an_acronym_capital() -> None:
    from simulator.voice.offline import _glue as lead_in  # noqa: PLC0415

    assert lead_in("Well,", "DX, or… most orders still come by fax.", "en", None).startswith("Well, DX")
    assert lead_in("Well,", "The orders come by fax.", "en", None) == "Well, the orders come by fax."  # negative


def test_a_question_on_his_week_is_answered_with_his_week() -> None:
    session = open_session("big_customer_owner", "en", seed=2909, store=None)
    for line in [
        "Good morning, Mr Miura. I'm Abe from the chamber. Thank you for having me. Perhaps you could tell me "
        "how the company came to be what it is today?",
        "Small pressed parts for cars, and the work has kept coming. What has kept it coming, would you say?",
        "Fifty years with Maruei, about seventy percent of your sales. How do you feel about that?",
    ]:
        session.say(line)
    reply = session.say("That makes sense — with steady work, there's little call to stop and think. "
                        "What is an ordinary week like for you?").owner_reply
    assert "nothing pressing" not in reply.lower(), reply


def test_who_runs_the_floor_is_no_question_for_the_papers() -> None:
    assert topic("big_customer_owner", "So who keeps things going on the floor day to day?") == "floor"
    # negative: a figure still needs the papers
    assert topic("big_customer_owner", "How much did you spend on materials last year?") != "floor"


def test_the_whole_picture_of_today_is_no_future() -> None:
    text = "First of all, might I look at your financial statements one day, so I get the full picture of the business?"
    assert ask_kind(text, "en") != "future"
    assert topic("distrustful_founder", text) == "accounts"
    # negative: his picture of the years ahead is still the future
    assert ask_kind("What picture do you have of the shop five years from now?", "en") == "future"


def test_when_he_finds_the_work_rewarding_asks_no_date() -> None:
    assert form_of("When do you find running the shop most satisfying?", "en") == "open"
    assert form_of("When did you take over from your father?", "en") == "fact"  # negative: a date
