"""r22 (English owners): replies that did not fit the turn — a stock fact volunteered to a question
on his own phrase ("What is 'our way'?"), to what another would say ("what would your father
say?" → a future wish), to how a step of his days goes on ("When she suggests something, what
usually happens next?" → customers dropping off), to what a change would take; a how-question on a
form fact answered with a fact on a word of its place ("…in the workshop" → his daily routine);
and verbal tics said again and again ("...Well now." opening three replies, "Well, ...You ask me
that. Well."). Sentences of our own besides the playtests' turns; near misses keep their reply."""

from __future__ import annotations

import pytest

from simulator import open_session
from simulator.engine.engine import PersonaEngine
from simulator.engine.state import ReplyIntent
from simulator.voice.offline import TIC_WINDOW, _vary_tics, tic
from simulator.wording.asking import ask_kind, asks_own_answer, asks_why_en, others_view
from simulator.wording.peak import defines_his_words

# -- wording: what the question asks ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "If your grandfather walked into the shop today, what do you think he would say?",
        "What would your wife say, if I asked her how things are going?",
        "What would your father make of the new machines?",
        "If I asked your plant manager about it, what do you think he'd say?",
        "What do you imagine your daughter would think of that?",
    ],
)
def test_what_another_would_say_is_a_guess_not_a_future(text: str) -> None:
    assert others_view(text, "en")
    assert ask_kind(text, "en") != "future"
    assert asks_own_answer(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "What would you like the shop to look like in ten years?",  # his own picture: a future
        "What did your father start the company with?",
        "What would you say is the hardest part of the work?",  # his own view, no one else's
    ],
)
def test_near_misses_are_no_guess_at_another(text: str) -> None:
    assert not others_view(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "When the order comes in, what usually happens next?",
        "When a machine breaks down, what do you do then?",
        "When your daughter has an idea for the counter, how does it usually go?",
        "What would need to happen for that to change, do you think?",
        "What would it take for the young ones to stay?",
        "How do those two things connect for you?",
    ],
)
def test_process_condition_and_link_questions_have_an_answer_of_their_own(text: str) -> None:
    assert asks_own_answer(text, "en")


def test_what_is_it_that_makes_asks_a_why() -> None:
    assert asks_why_en("What is it that makes the young ones go, do you think?")
    assert asks_why_en("What was it that kept you going back then?")
    assert not asks_why_en("What is it that you make here?")


@pytest.mark.parametrize(
    "text, said",
    [
        ('You don\'t think your way is wrong. What is "our way" at Hanabusado?', "I don't think our way's wrong, but there's something."),
        ("I'm just interested in what those few things might be.", "A few things piling up, I suppose."),
        ("What do you mean by 'old habits'?", "It's old habits, mostly."),
        ("What does 'the hard part' look like, day to day?", "Keeping it going is the hard part."),
    ],
)
def test_a_question_on_his_own_phrase_asks_what_he_meant(text: str, said: str) -> None:
    assert defines_his_words(text, said, "en")


@pytest.mark.parametrize(
    "text, said",
    [
        # a phrase he never said
        ('What is "our way" at Hanabusado?', "Customers have dropped off these last years."),
        # a new subject, not his words
        ("What is the biggest product line?", "A few things piling up, I suppose."),
        # what it means to him: his feeling, not a definition
        ('You said "the same way every day". What does "the same way" mean for you?', "The machines run the same way every day."),
        # only light words shared
        ("What is it like for you?", "It is what it is, for me."),
    ],
)
def test_near_misses_are_no_question_on_his_phrase(text: str, said: str) -> None:
    assert not defines_his_words(text, said, "en")


# -- the voice: tics ------------------------------------------------------------------------------


def test_a_tic_that_opened_a_recent_reply_does_not_open_the_next() -> None:
    said = ["...Well now. Regulars, mostly.", "Grateful and uneasy, I suppose."]
    assert _vary_tics("...Well now. The future… I'd like it to stay.", said) == "The future… I'd like it to stay."
    assert _vary_tics("Well, that's for another day.", said) == "That's for another day."  # a "well" too
    # out of the window: kept
    old = ["Well now. Hm.", "a", "b", "c"][: 1 + TIC_WINDOW]
    assert _vary_tics("Well, that's for another day.", old) == "Well, that's for another day."
    # a different tic: kept
    assert _vary_tics("Ah, that's for another day.", said) == "Ah, that's for another day."


def test_no_tic_twice_in_one_reply() -> None:
    assert _vary_tics("Well, ...You ask me that. Well. It's not something I say.", []) == (
        "Well, ...You ask me that. It's not something I say."
    )
    assert _vary_tics("Hm, well now... I've never thought of it.", []) == "Well now... I've never thought of it."
    # "our own well" is no tic
    text = "Well, water from our own well. That's all."
    assert _vary_tics(text, []) == text


# -- replays: the playtests' turns and our own, in context ---------------------------------------

_CAPTURED: dict[str, ReplyIntent] = {}


@pytest.fixture()
def capture(monkeypatch: pytest.MonkeyPatch) -> dict[str, ReplyIntent]:
    orig = PersonaEngine.step

    def step(self, state, analysis):  # type: ignore[no-untyped-def]
        s, i = orig(self, state, analysis)
        _CAPTURED["i"] = i
        return s, i

    monkeypatch.setattr(PersonaEngine, "step", step)
    return _CAPTURED


def _play(owner: str, seed: int, turns: list[str]) -> list[str]:
    session = open_session(owner, lang="en", seed=seed, store=None)
    return [session.say(t).owner_reply for t in turns]


R22B_S03 = [
    "Thank you for having me in this lovely room, Mr. Hanabusa. I'm Kato, from the accompaniment support team. A shop that has been making wagashi since 1924 — I'd love to hear, in your own words, what Hanabusado means to you and how things are at the moment.",
    "Chestnut kinton — and when a customer says \"Ah, it's that time of year already,\" that makes you happiest. It sounds like the sweets carry the seasons for people here. Could you tell me more about the customers who say that — who are they, and how has that changed over the years?",
    "Regulars and tea-ceremony teachers — loyal to you. When you say \"they've been loyal,\" it sounds as if you're also thinking about whether that's still the case. What's on your mind there?",
    "Grateful and uneasy, both at once. I'd like to understand the uneasy part, if you're comfortable. What makes you uneasy?",
    "You don't think your way is wrong. What is \"our way\" at Hanabusado — how would you describe it?",
]


def test_r22b_s03_our_way_is_answered_on_the_turn(capture: dict[str, ReplyIntent]) -> None:
    replies = _play("family_values_owner", 4503, R22B_S03)
    assert "our way" in replies[3]  # the replay is the playtest's
    assert "dropped off" not in replies[4] and "fewer" not in replies[4]
    assert "ingredients" in replies[4]


def test_r22b_s07_what_those_things_are_gets_no_next_form_fact(capture: dict[str, ReplyIntent]) -> None:
    turns = [
        "Thank you for seeing me, Mr. Hotta. I'm Ito. I know you're busy and this meeting was the advisor's idea rather than yours, so I'll keep it to what's useful for you. Nothing you say today is an assessment, and if there's anything you'd rather not discuss — the numbers, for example — just say so. How did you come to start this company?",
        "From a shed the size of a bedroom at 31 to forty-two people. That took something. What was it that made you go independent back then?",
        "Honestly, I'm no expert on the shop floor. I know steel and stainless prices have risen sharply over the last few years, but I don't know the figures for your materials the way you do. How has it hit you here?",
        "Materials up, prices not, and nobody wants to work — you're carrying all three. You said \"nobody wants to work.\" What does that look like at Hotta Seiko?",
        "Overtime just to keep up, and still nothing left at the end. You said \"where it all leaks out\" — and then stopped. If you don't mind, I'd like to hear the rest of that thought.",
        "The young ones leave within three years, and the craftsmen — your factory manager is fifty-eight. I'm curious about the young ones who leave. What do you make of why they go?",
        "A few things piling up. You don't have to have the answer — I'm just interested in what those few things might be, as you see them from inside the shop.",
    ]
    replies = _play("distrustful_founder", 4507, turns)
    assert "piling up" in replies[5]
    assert "lathe" not in replies[6] and "machines" not in replies[6].lower()
    assert capture["i"].disclose == []


FAMILY_PREFIX = [
    "Thank you for having me, Mr. Hanabusa. I'd love to hear about the shop in your own words — what is it like, running Hanabusado today?",
    "That sounds like a shop with a lot of history. What does it mean to you, carrying it on as the third generation?",
    "I see. Thank you for sharing that. What has been on your mind about the shop lately?",
]


@pytest.mark.parametrize(
    "text, not_in",
    [
        ("If your grandfather walked into the shop today, what do you think he would say?", "ingredients"),
        ("What would your wife say, if I asked her how the shop is doing?", "four every morning"),
    ],
)
def test_what_another_would_say_gets_no_profile_fact(capture: dict[str, ReplyIntent], text: str, not_in: str) -> None:
    reply = _play("family_values_owner", 7101, [*FAMILY_PREFIX, text])[-1]
    assert not_in not in reply
    assert capture["i"].peak == "guess"


def test_a_how_question_on_a_form_fact_is_answered_with_that_fact(capture: dict[str, ReplyIntent]) -> None:
    text = (
        "Your application mentioned a shortage of confectioners and counter staff. "
        "How has that shown up in the workshop day to day?"
    )
    _play("family_values_owner", 7101, [*FAMILY_PREFIX, text])
    assert capture["i"].disclose == ["short_of_hands"]


def test_near_miss_a_form_fact_asked_plainly_keeps_its_fact(capture: dict[str, ReplyIntent]) -> None:
    text = "On the form you wrote about fewer customers coming to the shops. How have you noticed that, from behind the counter?"
    _play("family_values_owner", 7101, [*FAMILY_PREFIX, text])
    assert capture["i"].disclose == ["fewer_customers"]


def test_her_ideas_are_answered_with_what_becomes_of_them(capture: dict[str, ReplyIntent]) -> None:
    turns = [
        *FAMILY_PREFIX,
        "She sounds capable. When she suggests something for the shop, what usually happens next?",
    ]
    reply = _play("family_values_owner", 7101, turns)[-1]
    assert capture["i"].open_topic == "her_ideas"
    assert "short of hands" not in reply


BIG_PREFIX = [
    "Thank you for making time, Mr. Miura. I'd like to hear about the company in your own words. How did it come to be what it is today?",
    "Fifty years with your father and now you. What has it been like for you, carrying that on?",
    "Thank you. It sounds like a lot rests on you. How have things been at the plant lately?",
]


def test_father_would_say_is_no_generation_fact(capture: dict[str, ReplyIntent]) -> None:
    reply = _play("big_customer_owner", 7102, [*BIG_PREFIX, "What would your father say, if he saw the company today?"])[-1]
    assert "generation" not in reply
    assert capture["i"].peak == "guess"


def test_what_do_you_do_then_is_not_the_products_answer(capture: dict[str, ReplyIntent]) -> None:
    reply = _play("big_customer_owner", 7102, [*BIG_PREFIX, "When a press breaks down, what do you do then?"])[-1]
    assert "brackets" not in reply


def test_near_miss_a_give_back_then_how_has_that_keeps_his_talk(capture: dict[str, ReplyIntent]) -> None:
    # his own words given back before "How has that…" (no form named): his talk on orders, as before
    text = "You mentioned the work has kept coming all along. How has that shown up in the orders in recent years?"
    _play("big_customer_owner", 7102, [*BIG_PREFIX, text])
    assert capture["i"].open_topic == "orders"


SUCCESSOR_PREFIX = [
    "Thank you for seeing me, Mr. Kakuta. I'd like to hear about the company in your own words — how have these two years as president been?",
    "Two years as president. What has it been like for you, personally?",
    "Thank you for telling me that. You mentioned courtesy calls, checking figures, walking the warehouse. What does a usual week look like?",
]


def test_father_on_a_new_system_is_his_guess_not_the_dx_fact(capture: dict[str, ReplyIntent]) -> None:
    _play("reluctant_successor", 7105, [*SUCCESSOR_PREFIX, "What would your father say if you proposed a new order system?"])
    assert capture["i"].disclose == []
    assert capture["i"].peak == "guess"


def test_near_miss_a_process_question_on_his_fax_keeps_the_fact(capture: dict[str, ReplyIntent]) -> None:
    _play("reluctant_successor", 7105, [*SUCCESSOR_PREFIX, "When an order comes in by fax, what happens then?"])
    assert capture["i"].disclose == ["dx_phone_fax"]


def test_why_the_young_ones_go_is_no_products_answer(capture: dict[str, ReplyIntent]) -> None:
    turns = [
        "Thank you for seeing me, Mr. Hotta. This isn't an assessment, and you can skip anything you'd rather not discuss. How did you come to start the company?",
        "From a small start to forty-two people — that took a lot. What was the hardest part along the way?",
        "Honestly, I'm no expert on semiconductor equipment. I know orders swing with the cycle, but you'd know far better than me. How does it look from where you sit?",
        "What is it that makes the young ones go, do you think?",
    ]
    reply = _play("distrustful_founder", 7103, turns)[-1]
    assert "semiconductor" not in reply and "sheet metal" not in reply.lower()
    assert capture["i"].ask_kind == "cause"


# -- tics over whole meetings, deterministic -----------------------------------------------------

R22A_S03 = [
    "Thank you for having me here today, Mr. Hanabusa — it's a lovely room. I'm from the chamber of commerce. Before anything about the application, I'd love to hear about Hanabusado in your own words. What is it like, running a shop that has been here since 1924?",
    "Third generation, from your grandfather at the end of Taisho — and mizu-manju in summer, seasonal namagashi the rest of the year. When you think of the namagashi, what does making them through the seasons mean to you personally?",
    "\"Like the well water\" — always just there. That's a beautiful way to say it. Something that's always been there can be hard to see until something changes around it. Has anything around the shop been changing lately?",
    "I see. If you don't mind me asking more plainly — on the application you mentioned fewer customers coming to the shops. How has that shown up, from where you stand in the shop?",
    "Yes, the main shop and the one by the station. In the main shop, compared with, say, ten years ago — what feels different about the customers who come in?",
    "Something tightens up in your chest. Thank you for telling me that — please take your time. What is it that comes to mind when it tightens like that?",
    "Grateful and uneasy, both at once. Could you tell me a little about each — what are you grateful for, and what makes you uneasy?",
    "\"Either the customers' tastes changed, or we didn't.\" When you say \"we didn't\" change — who or what are you thinking of?",
    "Let me check I've understood so far. The shop has been there like the well water since your grandfather's day; fewer customers come now, and that leaves you grateful and uneasy at once. You wonder whether tastes changed or the shop didn't — and you turned down the Nagoya department store because you want to do only what you can keep an eye on. Is that about right?",
    "\"Make the shop bigger and the taste goes\" — and whenever expanding comes up, it's your father's face you see. If your father could see the shop as it is today, with fewer customers, what do you imagine he would say?",
    "A shop people drop into each season. And your eldest daughter joined last spring — when you picture that shop a few years from now, where do you see her in it?",
    "She knows how to lay out a counter and she does suggest things, but every day takes all she's got. When she suggests something, what usually happens next?",
]


def test_r22a_s03_replayed_fits_and_varies_its_tics(capture: dict[str, ReplyIntent]) -> None:
    replies = _play("family_values_owner", 4403, R22A_S03)
    assert replies == _play("family_values_owner", 4403, R22A_S03)  # same seed, same meeting
    assert "future" not in replies[9].lower() and "drop into each season" not in replies[9]
    assert "short of hands" not in replies[11] and "dropped off" not in replies[11]
    for i, reply in enumerate(replies):
        t = tic(reply)
        recent = {(tic(r) or "#").split()[0] for r in replies[max(0, i - TIC_WINDOW):i]}
        assert t is None or t.split()[0] not in recent, (i, reply)


@pytest.mark.parametrize("owner", ["big_customer_owner", "distrustful_founder", "move_on_owner", "reluctant_successor"])
def test_no_tic_opens_two_replies_within_the_window(owner: str) -> None:
    turns = [
        "Thank you for seeing me today. Could you tell me about the company in your own words?",
        "I see. What has that been like for you?",
        "Thank you. How have things been lately?",
        "That sounds like a lot to carry. How do you feel about it?",
        "What would your staff say, if I asked them?",
        "I see. When something goes wrong on a busy day, what usually happens next?",
        "What is it that keeps you going, do you think?",
        "Let me check I have it right: things have been steady, but there is a lot on your shoulders. Is that fair?",
    ]
    replies = _play(owner, 11, turns)
    for i, reply in enumerate(replies):
        t = tic(reply)
        recent = {(tic(r) or "#").split()[0] for r in replies[max(0, i - TIC_WINDOW):i]}
        assert t is None or t.split()[0] not in recent, (owner, i, reply)
