"""Round 17 (en17): English owners answer what was asked (issue 9), and his own words quoted back
are his.

1. '"…" — you said that almost in passing': the pronoun after "you said" points back to the
   quote (or to his words), and how he said it ("almost in passing", "quietly", "twice now",
   "yourself") is no words of his. The owner does not answer "Eh? Did I say that?" and the scorer
   does not name words he has not said (r16a s07 T9). Words after the pronoun that he never said
   are still named.
2. The next scripted fact instead of an answer: "Looking back, what was the wrong way?" is no
   question on his years as president (the presidency talk keys on "looking back on/over");
   the move-on owner talks on the Rakuten shop (open_answers past_ec); "If you picked just one of
   them, which comes to mind first?" picks among his own words (a clarification: no "I don't know
   offhand", no profile fact); "what are you seeing that makes you feel that?" asks the signs he
   sees (his scene line, not a vague why); "How many years …?" asks how long, as 「何年」; a stock
   line naming a trouble ("being short of staff") never answers a question on what has gone well;
   an English line opening on a span of years he was not asked about ("Ten years on...") is
   redrawn; an offer for next time with "Would that be helpful?" is an invitation he takes up.
3. A yes/no question put to a cold owner gets a curt yes-or-no, never "Got it." (r16b s06).
"""

from __future__ import annotations

import pytest

from simulator import open_session
from simulator.acts import Utterance
from simulator.analysis.attribution import unsaid_spans
from simulator.datafiles import load_persona
from simulator.engine.open_talk import open_topic
from simulator.wording.asking import ask_kind, find_topic, read_question
from simulator.wording.peak import invites, picks_one

LINE = "You gave back as the owner's words something the owner has not said in this meeting."
DF = "distrustful_founder"
MO = "move_on_owner"
BC = "big_customer_owner"


def _meeting(pid: str, facts: list[str]) -> list[Utterance]:
    persona = load_persona(pid)
    out: list[Utterance] = []
    for fid in facts:
        out.append(Utterance(speaker="trainee", text="Could you tell me a bit more about that?"))
        out.append(Utterance(speaker="owner", text=persona.fact(fid).text.en))
    return out


HOTTA = ["labour_shortage", "old_machines", "busy_but_no_profit"]

# -- 1. his words quoted back, then "you said that …" --------------------------------------------

HIS = [
    '"Nobody to do it" — you said that quite quietly. Who would you want doing it?',
    '"We nurse them along." You said that almost in passing. What does nursing them along involve?',
    "You said it yourself, just now: the customers won't budge on price. How do you deal with that?",
    "'Not easy' — you mentioned that twice now. What makes it not easy?",
    '"Where it all leaks out" — you said that with a shrug. Where does it go, do you think?',
    "You said that earlier, about the craftsmen in their fifties and sixties. How long can that go on?",
    'You said "the craftsmen are all in their fifties and sixties". How do the young ones get on with them?',
    "You said, 'WE'RE RUNNING OVERTIME JUST TO KEEP UP'. What does a late night look like?",
    "You said we are running overtime just to keep up. How long has that been so?",
]

NOT_HIS = [
    "You said that almost in passing: the bank won't lend you a penny. Is that so?",
    "You said it yourself: the accountant wants you to close the second shop.",
    "You said it quietly: your son wants to take over the business.",
    "You said that the bank has refused the loan twice.",
]


@pytest.mark.parametrize("text", HIS)
def test_his_words_said_back_with_a_pointing_frame_are_his(text: str) -> None:
    assert unsaid_spans(text, _meeting(DF, HOTTA), "en", briefing="") == []


@pytest.mark.parametrize("text", NOT_HIS)
def test_words_after_the_pointing_frame_he_never_said_are_still_named(text: str) -> None:
    assert unsaid_spans(text, _meeting(DF, HOTTA), "en", briefing="")


@pytest.mark.parametrize("text", HIS[:5])
def test_owner_and_scorer_take_his_quoted_words_as_his(text: str) -> None:
    session = open_session(DF, "en", seed=5, store=None)
    session.history = _meeting(DF, HOTTA)
    turn = session.say(text)
    assert not any(line.startswith(LINE) for line in turn.feedback), turn.feedback
    assert turn.owner_reply not in load_persona(DF).never_said.en


def test_words_he_never_said_after_the_frame_are_corrected_in_session() -> None:
    session = open_session(DF, "en", seed=5, store=None)
    session.history = _meeting(DF, HOTTA)
    turn = session.say(NOT_HIS[0])
    assert any(line.startswith(LINE) for line in turn.feedback), turn.feedback


# -- 2. the question asked is answered, not the next scripted fact -----------------------------------

@pytest.mark.parametrize("pid", [MO, BC, "reluctant_successor", "family_values_owner"])
@pytest.mark.parametrize("question", [
    "Looking back, what was the hardest part of the move to the new site?",
    "Looking back, what went wrong with the trade fair stall?",
])
def test_looking_back_on_one_thing_is_no_talk_on_his_years(pid: str, question: str) -> None:
    found = open_topic(load_persona(pid), question, "en")
    assert found is None or found.id not in ("presidency", "two_years", "looking_back")


@pytest.mark.parametrize(("pid", "question", "topic"), [
    (MO, "Looking back on your years as president, what stands out?", "presidency"),
    (BC, "When you look back over the time since you took over, what comes to mind?", "presidency"),
    ("reluctant_successor", "Looking back on the two years, how have they been?", "two_years"),
    ("family_values_owner", "Looking back over the years, what has stayed the same in the shop?", "looking_back"),
])
def test_looking_back_on_his_years_is_still_his_years(pid: str, question: str, topic: str) -> None:
    found = open_topic(load_persona(pid), question, "en")
    assert found is not None and found.id == topic


@pytest.mark.parametrize("question", [
    "You called it a mistake. What would you say went wrong with the Rakuten shop?",
    "That first go with Rakuten, how did it go in the end?",
    "When you say the wrong way, what do you have in mind?",
])
def test_the_rakuten_shop_is_talked_on(question: str) -> None:
    found = open_topic(load_persona(MO), question, "en")
    assert found is not None and found.id == "past_ec"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_rakuten_question_gets_the_rakuten_talk_not_his_presidency(seed: int) -> None:
    session = open_session(MO, "en", seed=seed, store=None)
    persona = load_persona(MO)
    session.history = _meeting(MO, ["s_sales_flat", "s_ec_request", "s_past_ec"])
    session.state.disclosed.extend(["s_sales_flat", "s_ec_request", "s_past_ec"])
    turn = session.say("A shop that got left to itself and closed after two years. Looking back now, what was the wrong way about it?")
    talk = next(o for o in persona.open_answers if o.id == "past_ec").text.en
    presidency = next(o for o in persona.open_answers if o.id == "presidency").text.en
    assert not any(t in turn.owner_reply for t in presidency)
    assert any(t in turn.owner_reply for t in talk) or turn.revealed, turn.owner_reply


@pytest.mark.parametrize("text", [
    "All kinds of pressures, then. If you had to pick one of them, which would it be?",
    "Bits and pieces, you said. Which one comes to mind first?",
    "If you could name just one of those, what would it be?",
])
def test_a_pick_among_his_words_is_a_clarification(text: str) -> None:
    assert picks_one(text, "en")
    assert read_question(load_persona(MO), text, "en").topic is None
    assert ask_kind(text, "en") != "fact"


@pytest.mark.parametrize("text", [
    "Which supermarket chain is your biggest customer?",
    "Which year did you take over?",
    "If you picked a website designer, who would you pick?",
    "How many products do you have?",
])
def test_other_which_questions_are_no_pick(text: str) -> None:
    assert not picks_one(text, "en")


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_pick_one_gets_no_i_dont_know_and_no_profile_fact(seed: int) -> None:
    persona = load_persona(MO)
    session = open_session(MO, "en", seed=seed, store=None)
    for line in [
        "Thanks for seeing me, Mr Takemoto. What would you like to get out of today?",
        "Flat for five years, with costs going up. How is that for you?",
        "Could you say a little more about what sits behind that feeling?",
        "Briefly: a few food makers do well with gift sets on their own sites; I can bring cases next time.",
        "Thank you. What would you say is behind the hurry?",
    ]:
        session.say(line)
    turn = session.say("Quite a few things, then. If you picked just one of them, which comes to mind first?")
    assert not any(t in turn.owner_reply for t in persona.answers.unknown.en)
    assert not any(persona.fact(f).depth.value == "surface" for f in turn.revealed)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_what_sits_behind_a_feeling_is_no_pitch(seed: int) -> None:
    """"What sits behind that feeling?" asks his why: not the online-shop pitch told as news."""
    session = open_session(MO, "en", seed=seed, store=None)
    session.say("Thanks for seeing me, Mr Takemoto. What would you like to get out of today?")
    session.say("Flat for five years, with costs going up. How is that for you?")
    turn = session.say("Could you say a little more about what sits behind that feeling?")
    assert ask_kind("Could you say a little more about what sits behind that feeling?", "en") == "cause"
    assert "s_ec_request" not in turn.revealed


@pytest.mark.parametrize("text", [
    "You said it keeps you up at night. What are you seeing that makes you feel that?",
    "When you say the factory is struggling, what do you notice that tells you so?",
])
def test_signs_he_sees_are_a_moment_of_his_days(text: str) -> None:
    assert ask_kind(text, "en") == "scene"


@pytest.mark.parametrize("text", [
    "What do you see as the main problem?",
    "What makes you feel that way?",
    "Why do you think that is?",
])
def test_other_questions_are_no_signs(text: str) -> None:
    assert ask_kind(text, "en") != "scene"


@pytest.mark.parametrize(("pid", "text", "topic"), [
    (BC, "How many years have you been supplying Maruei?", "maruei"),
    ("distrustful_founder", "And the factory manager, how many years has he been with you?", "factory_manager"),
    (MO, "How many years has the sales manager been with the company?", "sales_manager"),
])
def test_how_many_years_asks_how_long(pid: str, text: str, topic: str) -> None:
    found = find_topic(load_persona(pid), text, "en")
    assert found is not None and found.id == topic


def test_how_many_years_old_machines_still_ask_the_machines() -> None:
    found = find_topic(load_persona(BC), "How many years old are the presses?", "en")
    assert found is not None and found.id == "presses"


def test_a_trouble_line_never_answers_what_has_gone_well() -> None:
    from simulator.voice.offline import GOOD_ASKED, TROUBLE_LINE

    persona = load_persona(BC)
    assert any(TROUBLE_LINE.search(t) for t in persona.lines["answer_open"].en)
    for q in ["What has kept the business steady all these years?", "What do you think is behind that success?",
              "What are you most proud of here?"]:
        assert GOOD_ASKED.search(q), q
    for q in ["How is business at the moment?", "What's the hardest part of the week?", "How do you find staff?"]:
        assert not GOOD_ASKED.search(q), q


@pytest.mark.parametrize("seed", range(1, 9))
def test_secret_of_steady_years_gets_no_staff_shortage(seed: int) -> None:
    session = open_session(BC, "en", seed=seed, store=None)
    session.say("Good morning, Mr Miura, thank you for the tea.")
    turn = session.say("People say Miura Press has been steady for decades. What has kept it that way, would you say?")
    assert "short of staff" not in turn.owner_reply


def test_a_span_he_was_not_asked_is_not_echoed() -> None:
    from simulator.voice.offline import EnglishSpanEcho

    line = "Ten years on... If you asked whether we can stay as we are, I couldn't answer straight away."
    assert EnglishSpanEcho("In three years' time, where would you like the company to be?").search(line)
    assert EnglishSpanEcho("How would you like things to look, say five years from now?").search(line)
    assert not EnglishSpanEcho("Ten years from now, what would you like the company to be?").search(line)
    assert not EnglishSpanEcho("In 10 years, what would you hope for?").search(line)
    assert not EnglishSpanEcho("What would you like?").search("Well... I'd like it to stay a place where people can work.")


@pytest.mark.parametrize("seed", range(1, 7))
def test_future_question_with_another_span_gets_no_ten_years_on(seed: int) -> None:
    session = open_session(BC, "en", seed=seed, store=None)
    for line in [
        "Thank you for having me, Mr Miura. How has the company been since you took it on?",
        "The parts nobody notices, made properly for decades. Where does the work come from now?",
        "Fifty years with Maruei, seventy percent of sales. How has that been changing lately?",
    ]:
        session.say(line)
    turn = session.say("Steady sales and hardly any borrowing. Picture the company three years from now: what would you like it to look like?")
    assert not turn.owner_reply.startswith("Ten years on")


@pytest.mark.parametrize("text", [
    "Next time I could bring a few examples from other press shops. Would that be helpful?",
    "Next time I can bring some figures on grants for machines. Would that be useful to you?",
])
def test_an_offer_for_next_time_asked_is_an_invitation(text: str) -> None:
    assert invites(text, "en")


@pytest.mark.parametrize("text", [
    "Would that be helpful?",
    "What would be helpful for you next time?",
    "I could bring some examples. Would that be helpful?",
])
def test_no_invitation_without_a_next_time(text: str) -> None:
    assert not invites(text, "en")


# -- 3. a yes/no question put to a cold owner -----------------------------------------------------

COLD = [
    "Morning. Could you show me your financial statements first?",
    "So what's the biggest problem in the company?",
    "I've helped dozens of machine shops; I'm sure I can sort out your hiring too.",
]
NODS = ("Got it.", "Yeah, yeah, got it.", "Yeah, I'm listening.", "Mm. And?")


@pytest.mark.parametrize("seed", range(1, 7))
@pytest.mark.parametrize("question", [
    "Did the people before me promise you a lot?",
    "Is it the training of the young ones you mean?",
])
def test_cold_yes_no_question_gets_no_nod(seed: int, question: str) -> None:
    session = open_session(DF, "en", seed=seed, store=None)
    for line in COLD:
        session.say(line)
    turn = session.say(question)
    if turn.reaction == "end_early":
        return
    assert turn.owner_reply not in NODS, turn.owner_reply


# -- own blind play (en17) ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I'd just like to hear about the shop in your own words.",
    "I'd simply like to understand how the week runs for you.",
])
def test_a_request_with_just_is_a_request(text: str) -> None:
    from simulator.wording.asking import question_sentence

    assert question_sentence(text, "en") == text


def test_a_remark_with_just_is_no_request() -> None:
    from simulator.wording.asking import question_sentence

    assert question_sentence("I'd just like to say thank you for the tea.", "en") is None


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_what_kind_of_work_is_his_work_not_his_customer(seed: int) -> None:
    session = open_session(BC, "en", seed=seed, store=None)
    session.say("Good morning, Mr Miura. Thank you for the tea.")
    turn = session.say("That's kind of you. What kind of work do you do here?")
    assert "one_big_customer" not in turn.revealed
    assert "press_parts_business" in turn.revealed or "bracket" in turn.owner_reply.lower()
