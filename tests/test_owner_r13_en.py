"""Round 13 (en13): English owners answer what the question asks, as the Japanese ones do.

- "What does X mean to you?", "What would it mean to you to …?", "What is X like for you?" ask
  what something is to him: his own meaning lines (``peak.meaning``) or his feeling, never a
  prepared profile block on the thing named (r11a/r12b: the sales team, the customers, the
  company intro); "What do you mean by …?" and "what would that mean for the staff?" are not;
- a picture of the future "in a way that would feel right to you" asks the picture, not a feeling.
"""

from __future__ import annotations

import pytest

from simulator import open_session
from simulator.datafiles import load_persona
from simulator.wording.asking import ask_kind, asks_meaning, read_question

PERSONAS = ["big_customer_owner", "distrustful_founder", "family_values_owner", "move_on_owner", "reluctant_successor"]


def meeting(pid: str, lines: list[str], lang: str = "en", seed: int = 0) -> list:
    session = open_session(pid, lang, seed=seed, store=None)
    return [session.say(line) for line in lines]


# -- what it means to him -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "meaning"),
    [
        ("What does the family shop mean to you?", "feeling", True),
        ("You said you'd call it your own. What would it mean to you to hand it on one day?", "feeling", True),
        ("What would the new line mean to you personally?", "feeling", True),
        ("What is working alongside your father like for you?", "feeling", False),
        ("How is the busy season like for you these days?", "feeling", False),
        # negatives: what a word means, what it means for others, why it matters, a plain scene
        ("What do you mean by 'the usual way'?", "open", False),
        ("What does 'tier one' mean in your trade?", "open", False),
        ("What would that mean for the people on the floor?", "open", False),
        ("Why does the shop mean so much to you?", "cause", True),
        ("What was the first year like?", "open", False),
    ],
)
def test_what_it_means_to_him_is_asked_as_his_feeling(text: str, kind: str, meaning: bool) -> None:
    assert ask_kind(text, "en") == kind
    assert asks_meaning(text, "en") is meaning


def test_japanese_reads_the_meaning_question_too() -> None:
    # round 16 (own16): the rule is language-neutral; 「どういうものですか」 alone asks no meaning
    assert asks_meaning("竹本の名前は、社長にとってどういうものですか？", "ja")
    assert not asks_meaning("その機械は、どういうものですか？", "ja")


MEANING = {
    "move_on_owner": [
        "Thank you for seeing me today, Mr Takemoto. I'd like to hear about the business in your own words first.",
        "Pickles your father made the same way for decades. What does the family recipe mean to you?",
    ],
    "big_customer_owner": [
        "Good afternoon, Mr Miura, thank you for your time. Could you tell me a little about the company?",
        "Your father founded the press shop in 1971. What does running his company mean to you?",
    ],
    "distrustful_founder": [
        "Hello Mr Hotta, thank you for seeing me. I'm here to listen today. How did the shop get going?",
        "You started it yourself. What does the shop mean to you, after all these years?",
    ],
    "family_values_owner": [
        "Thank you for having me, Mr Hanabusa. What a lovely shop. Could you tell me how it all started?",
        "Three generations of sweets. What does carrying the shop on mean to you personally?",
    ],
}


@pytest.mark.parametrize("pid", sorted(MEANING))
@pytest.mark.parametrize("seed", [0, 1])
def test_what_it_means_to_him_gets_his_meaning_not_a_profile_block(pid: str, seed: int) -> None:
    persona = load_persona(pid)
    turn = meeting(pid, MEANING[pid], seed=seed)[-1]
    assert persona.peak is not None and persona.peak.meaning is not None
    lines = persona.peak.meaning.get("en")
    assert any(line.strip(".… ").lower()[:30] in turn.owner_reply.lower() for line in lines), turn.owner_reply
    surface = [f.id for f in persona.facts if f.depth.value == "surface"]
    assert not any(persona.fact(i).text.get("en")[:40] in turn.owner_reply for i in surface), turn.owner_reply


@pytest.mark.parametrize("seed", [0, 1])
def test_what_being_president_is_like_for_him_gets_his_feeling(seed: int) -> None:
    persona = load_persona("reluctant_successor")
    turn = meeting(
        "reluctant_successor",
        [
            "Thanks for making time for me today. Could you tell me a bit about the company?",
            "You took over from your father two years ago. What is being the president like for you?",
        ],
        seed=seed,
    )[-1]
    assert persona.peak is not None
    assert any(line.strip(".… ").lower()[:25] in turn.owner_reply.lower() for line in persona.peak.feeling.get("en")), turn.owner_reply
    assert "president for two years" not in turn.owner_reply


def test_a_plain_fact_question_still_gets_its_fact() -> None:
    # negative: no meaning or feeling read into a question on his business
    turn = meeting(
        "big_customer_owner",
        ["Good afternoon, Mr Miura, thank you for your time.", "What do you make here, mainly?"],
    )[-1]
    assert "press" in turn.owner_reply.lower() or "parts" in turn.owner_reply.lower(), turn.owner_reply


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Picture the company five years from now, run in a way that feels right to you — what would it look like?", "future"),
        ("Ten years on, what would a business that felt like your own look like?", "future"),
        # negatives: a feeling is still a feeling, and a yes/no check stays one
        ("How do you feel when you think about the next five years?", "feeling"),
        ("Does that feel right to you?", "polar"),
    ],
)
def test_a_picture_that_would_feel_right_asks_the_picture(text: str, kind: str) -> None:
    assert ask_kind(text, "en") == kind


# -- a request put as a statement ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("You said it still feels like your father's place. I'd be interested to hear more about that feeling.", "feeling"),
        ("I'd love to hear how you came to run the shop.", "open"),
        ("I'd like to understand what a normal week looks like for you.", "open"),
        # negatives: statements that ask nothing
        ("I'd like to thank you for your time today.", "none"),
        ("I'd be happy to come back next month.", "none"),
        ("I love hearing stories like that.", "none"),
    ],
)
def test_a_request_put_as_a_statement_asks(text: str, kind: str) -> None:
    assert ask_kind(text, "en") == kind


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_stated_request_on_his_feeling_gets_his_feeling_not_the_company_intro(seed: int) -> None:
    persona = load_persona("reluctant_successor")
    turn = meeting(
        "reluctant_successor",
        [
            "Thanks for making time for me today. Could you tell me a bit about the company?",
            "It doesn't quite feel like the company is yours yet, you said. I'd be interested to hear more about that feeling, if that's all right.",
        ],
        seed=seed,
    )[-1]
    assert persona.peak is not None
    assert any(line.strip(".… ").lower()[:25] in turn.owner_reply.lower() for line in persona.peak.feeling.get("en")), turn.owner_reply
    assert "wholesaler" not in turn.owner_reply


# -- what made the difference -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Thinking of the few apprentices who stayed on, what was different about them?", "cause"),
        ("What made the difference with the ones who stuck it out?", "cause"),
        ("What was different for the two lads that didn't quit?", "cause"),
        # negatives: a comparison of then and now, and a yes/no check, ask no cause
        ("What is different about running it now compared with your father's day?", "open"),
        ("Is anything different this year?", "polar"),
    ],
)
def test_what_was_different_for_the_ones_who_stayed_asks_a_cause(text: str, kind: str) -> None:
    assert ask_kind(text, "en") == kind


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_what_was_different_for_the_ones_who_stayed_gets_his_own_why(seed: int) -> None:
    # r11a: a harmless question on the young ones who stayed got 「That one can wait till I've
    # seen a bit more of you」 (main before en13: a generic 'We get by, our way'); like 「何が違う」,
    # it asks his own why: a partial guess of his
    persona = load_persona("distrustful_founder")
    turn = meeting(
        "distrustful_founder",
        [
            "Hello Mr Hotta, thank you for seeing me. I'm here to listen, not to check anything. Could you tell me how the shop got started?",
            "A shed at thirty-one, and now forty-two people. What's the hardest part these days?",
            "Honestly, I don't know the sector well — only that orders swing with investment. You'd know far better.",
            "Young people seem to leave small shops quickly these days. What is it like with your young ones?",
            "Gone within three years. Thinking of the few who did stay on with you, what was different about them?",
        ],
        seed=seed,
    )[-1]
    assert persona.peak is not None and persona.peak.cause is not None
    whys = list(persona.peak.cause.get("en")) + [t for o in persona.open_answers if o.cause for t in o.cause.get("en")]
    assert any(w.strip(".… ").lower()[:20] in turn.owner_reply.lower() for w in whys), turn.owner_reply


# -- how he feels about a thing he can state a fact on ------------------------------------------


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_how_he_feels_about_relying_on_a_customer_is_no_share_figure(seed: int) -> None:
    # as in Japanese (「…どう感じていますか」 asks no fact): the question names the share topic
    # ('rely'), but asks his feeling about it, not 'about seventy per cent'
    persona = load_persona("big_customer_owner")
    turn = meeting(
        "big_customer_owner",
        [
            "Hi, nice to meet you. Thanks for your time.",
            "So, how is business these days?",
            "Fifty years with one customer is a long time. How do you feel about relying on them so much?",
        ],
        seed=seed,
    )[-1]
    assert "per cent" not in turn.owner_reply and "percent" not in turn.owner_reply, turn.owner_reply
    assert any(line.strip(".… ").lower()[:25] in turn.owner_reply.lower() for line in persona.peak.feeling.get("en")), turn.owner_reply


def test_a_share_question_still_gets_the_share() -> None:
    # negative: the same topic asked as a fact keeps its answer
    turn = meeting(
        "big_customer_owner",
        ["Hi, nice to meet you. Thanks for your time.", "So, how is business these days?", "How much of your sales does your biggest customer account for?"],
    )[-1]
    assert "seventy" in turn.owner_reply.lower() or "70" in turn.owner_reply, turn.owner_reply


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("What is a normal day like for you?", "open"),
        ("What's a typical week like for you these days?", "open"),
        ("What is taking over from your father like for you?", "feeling"),
    ],
)
def test_his_days_are_no_feeling_question(text: str, kind: str) -> None:
    assert ask_kind(text, "en") == kind


# -- fewer word-for-word replies across seeds ---------------------------------------------------


@pytest.mark.parametrize("pid", PERSONAS)
def test_english_endings_and_goodbyes_vary_by_seed(pid: str) -> None:
    """The last lines of a meeting were said word for word in many seeds' meetings: every owner
    has four endings and three goodbyes in English (the greetings stay as they were: a new
    greeting changes every English transcript from its first turn)."""
    from simulator.persona import Reaction

    persona = load_persona(pid)
    assert len(persona.lines[Reaction.END_EARLY].get("en")) >= 4
    assert len(persona.lines[Reaction.CLOSING].get("en")) >= 3


# -- r13 English replays (new sentences) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Which of the products do you feel most proud of?", "fact"),  # a product, not a feeling
        ("What part of the job do you feel especially attached to?", "open"),
        ("Sorry, I mean — when you took it over, what was that like?", "open"),
        # negatives: his feeling about a thing, and a plain date question
        ("How do you feel about the products these days?", "feeling"),
        ("When did you take it over?", "fact"),
    ],
)
def test_a_thing_he_values_and_an_apology_before_the_scene(text: str, kind: str) -> None:
    assert ask_kind(text, "en") == kind


def test_an_apology_before_the_scene_clause_asks_no_date() -> None:
    persona = load_persona("distrustful_founder")
    q = read_question(persona, "Sorry, I mean — back when you went out on your own, what was that like?", "en")
    assert q.form == "open" and (q.topic is None or q.topic.id != "founded"), q


@pytest.mark.parametrize("seed", [0, 1])
def test_how_he_got_started_gets_his_founding_story(seed: int) -> None:
    # r13a: 'How did you get started?' got 'If I could say it in a word, I wouldn't have this trouble'
    turn = meeting(
        "distrustful_founder",
        ["Hello Mr Hotta, thank you for seeing me today.", "Over thirty years in this building. How did you first get started?"],
        seed=seed,
    )[-1]
    assert "shed" in turn.owner_reply or "thirty-one" in turn.owner_reply or "31" in turn.owner_reply, turn.owner_reply


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("How do you feel about how much rides on that one chain?", "feeling"),
        ("How does it feel, knowing how many families depend on the shop?", "feeling"),
        # negatives: a figure is still a figure
        ("How much of your sales goes to that chain?", "fact"),
        ("How many of your people feel that way?", "fact"),
    ],
)
def test_how_he_feels_about_how_much_is_a_feeling(text: str, kind: str) -> None:
    # own play (en13): 'How do you feel about how much rides on them?' was read as a 'how much'
    # fact question and answered 'There's some of that, sure.'
    assert ask_kind(text, "en") == kind
