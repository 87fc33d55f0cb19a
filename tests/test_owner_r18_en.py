"""Round 18 (own18en): English owners as strong as Japanese ones (issue 9).

1. A tag question that only gives back the owner's own written request (the words the briefing
   quotes from his form) is a check, not a leading question: he confirms it and loses no trust
   (r17a s06 T1). A tag question that adds the supporter's guess stays a push.
2. A choice question on his own topic (which platform for the online shop) is answered with his
   own view, never "that can wait" (r17a s06 T2).
"""

from __future__ import annotations

import pytest

from simulator import open_session
from simulator.wording.asking import ask_kind

MO = "move_on_owner"
DF = "distrustful_founder"


def test_confirming_his_written_request_is_no_push() -> None:
    s = open_session(MO, lang="en", seed=11, store=None)
    turn = s.say("Good morning, Mr Takemoto. I went through your application. You want a new website, right?")
    assert turn.reaction != "withdraw"
    assert turn.trust_delta >= 0


def test_tag_question_with_the_supporters_guess_still_pushes() -> None:
    # near misses: the form's words plus the supporter's own guess or verdict
    for text in (
        "I read your form. You want to sell online, but your staff can't run it, right?",
        "I read your form. I think you want to start selling online, right?",
    ):
        s = open_session(MO, lang="en", seed=11, store=None)
        turn = s.say(text)
        assert turn.reaction == "withdraw", text
        assert turn.trust_delta < 0


def test_tag_question_on_words_he_never_wrote_still_pushes() -> None:
    s = open_session(DF, lang="en", seed=11, store=None)
    turn = s.say("Thanks for seeing me. Your young staff leave because the pay is low, isn't it?")
    assert turn.trust_delta < 0


def test_choice_of_platform_is_answered_by_the_owner_who_wants_ec() -> None:
    s = open_session(MO, lang="en", seed=5, store=None)
    s.say("Thank you for your time today. Could you tell me about the online shop you have in mind?")
    turn = s.say("Where would you want to sell, then: a marketplace like Amazon or Yahoo, or a shop on your own site?")
    reply = turn.owner_reply.lower()
    assert "wait" not in reply
    assert any(w in reply for w in ("rakuten", "amazon", "own site"))


FV = "family_values_owner"
FV_OPENING = (
    "Thank you for seeing me, Mr Hanabusa. This isn't an assessment of any kind. "
    "Could you tell me about the shop, in your own words?"
)


def test_a_question_that_points_back_asks_about_the_sentence_before_it() -> None:
    # "How is that going, from your side?" asks about the daughter's joining: no story of how
    # the application came about (a fact that shares only the word "daughter")
    s = open_session(FV, lang="en", seed=21, store=None)
    s.say(FV_OPENING)
    s.say("Seasonal sweets, made by hand. That sounds like a lot of care. What is a usual day like in the workshop?")
    turn = s.say("The briefing says your daughter came back to work in the shop. How is that going, from where you stand?")
    assert "applied_at_daughters_word" not in turn.revealed
    assert "advisor" not in turn.owner_reply.lower()


def test_a_quoted_word_is_what_the_question_asks_about() -> None:
    s = open_session(FV, lang="en", seed=3409, store=None)
    s.say(FV_OPENING)
    turn = s.say("You mentioned 'seasonal'. What does 'seasonal' mean for how you and your confectioners spend the year?")
    assert "short_of_hands" not in turn.revealed
    assert "ads" not in turn.owner_reply.lower()


def test_a_question_naming_the_fact_still_gets_it() -> None:
    # near miss: the question itself asks about his confectioners and staffing
    s = open_session(FV, lang="en", seed=3409, store=None)
    s.say(FV_OPENING)
    turn = s.say("Mizu-manju in summer, you said. How are you doing for confectioners and staff these days?")
    assert "short_of_hands" in turn.revealed


def test_a_confidential_preface_is_said_at_most_once_a_meeting() -> None:
    import re

    from simulator.playtest.harness import load_bots, play

    confided = re.compile(r"(?i)(between us|n't something I('ve)? (tell|told)|(haven't|never|not even) (said|told) (this|that|anyone|many))")
    good = load_bots("simulator.playtest.bots_mine")["good"]
    for pid, seed in (("big_customer_owner", 1), ("distrustful_founder", 1), ("reluctant_successor", 2)):
        result = play(pid, "en", seed, good, "good")
        said = [r for r in result.replies if confided.search(r)]
        assert len(said) <= 1, (pid, said)


def test_no_confidential_preface_before_a_mundane_fact() -> None:
    # a whole meeting with the scripted good trainee: a preface only before a core fact
    from simulator.datafiles import load_persona
    from simulator.persona import Depth
    from simulator.playtest.harness import load_bots

    persona = load_persona(FV)
    for seed in (1, 2):
        s = open_session(FV, lang="en", seed=seed, store=None)
        bot = load_bots("simulator.playtest.bots_mine")["good"](lang="en", seed=seed)
        text = bot.start(persona.briefing.get("en"))
        while text is not None and not s.finished and len(s.turns) < 30:
            turn = s.say(text)
            reply = turn.owner_reply.lower()
            if "between us" in reply or "said this to many" in reply or "something i tell" in reply:
                assert any(persona.fact(f).depth is Depth.CORE for f in turn.revealed), turn.owner_reply
            text = bot.next(turn.owner_reply)


def test_a_question_asked_at_leave_taking_is_answered() -> None:
    from simulator.wording.statements import closes

    asked = "We're almost out of time. I'll bring a few examples of other makers. Which of them would you want us to go through first when we meet again?"
    assert not closes(asked, "en")
    # near misses: a leave-taking with no question, or asking only whether to meet again
    assert closes("Let's leave it there for today. Thank you, see you next time.", "en")
    assert closes("Thank you for your time today. Could we meet again next month?", "en")
    s = open_session(MO, lang="en", seed=7, store=None)
    s.say("Thank you for seeing me. Could you tell me about the online shop you have in mind?")
    turn = s.say(asked)
    assert turn.reaction != "closing"
    assert not s.finished


RS = "reluctant_successor"


@pytest.mark.parametrize(
    "question",
    ["When does it feel heaviest?", "When is it at its worst?", "When do you feel the pressure most?"],
)
def test_when_is_it_heaviest_asks_a_moment(question: str) -> None:
    assert ask_kind(question, "en") == "scene"


@pytest.mark.parametrize("question", ["When did it start?", "When is the busiest season?", "When did you take over?"])
def test_when_for_a_date_stays_a_fact_question(question: str) -> None:
    assert ask_kind(question, "en") == "fact"


def test_a_moment_question_at_mid_trust_gets_a_moment_not_a_hedge() -> None:
    s = open_session(RS, lang="en", seed=31, store=None)
    s.say("Thank you for your time today. None of this is an assessment. How have your two years as president been?")
    s.say("Gone in a flash, you said. What does an ordinary day look like for you?")
    s.say("You mentioned reporting to the chairman. What sort of things do you tell him?")
    s.say("He listens and says 'hm'. How is that for you, when he just says 'hm'?")
    turn = s.say("Heavy, you said. When does it get heaviest?")
    assert "might be some of that" not in turn.owner_reply.lower()
    assert turn.reaction == "answer_open"


def test_a_cold_owner_answers_a_yes_no_question_on_his_own_topic() -> None:
    s = open_session(DF, lang="en", seed=41, store=None)
    s.say("Hello. Before anything else, could I see your financial statements for the last three years?")
    s.say("Is your biggest problem the ageing machines or hiring?")
    s.say("I've worked with over forty factories, and demand is coming back. You should be replacing those machines now.")
    turn = s.say("I'm sorry, that was too much from me. You've had plenty of that sort of talk, I understand. Did the public support you had last time not help?")
    assert turn.reaction == "answer_closed"
    assert any(w in turn.owner_reply.lower() for w in ("used it", "a few times", "i have"))


def test_his_test_answered_and_handed_back_gets_an_answer_not_only_approval() -> None:
    s = open_session(MO, lang="en", seed=4, store=None)
    s.say("Thank you for seeing me. Could you tell me about the online shop you have in mind?")
    s.say("A customer who couldn't buy more, you said. What made it feel urgent now?")
    s.say("Where are your pickles sold today?")  # he tests: which platform is best?
    turn = s.say(
        "In short: a mall brings visitors but takes a cut; your own site keeps the margin but has to find "
        "its own visitors. Which suits you depends on what you want the Takemoto name to be. What would you want it to be?"
    )
    assert turn.trust_delta > 0
    assert turn.reaction.startswith("test_passed")
    from simulator.persona import Reaction

    stock = list(s.persona.lines[Reaction.TEST_PASSED].en)
    extra = s.persona.approving_lines.get(Reaction.TEST_PASSED)
    stock += list(extra.en) if extra is not None else []
    assert turn.owner_reply.strip() not in stock  # his satisfied line, then words of his own


def test_his_test_answered_without_a_question_back_gets_the_satisfied_line() -> None:
    # near miss: nothing handed back, nothing more to answer
    s = open_session(MO, lang="en", seed=4, store=None)
    s.say("Thank you for seeing me. Could you tell me about the online shop you have in mind?")
    s.say("A customer who couldn't buy more, you said. What made it feel urgent now?")
    s.say("Where are your pickles sold today?")
    turn = s.say("In short: a mall brings visitors but takes a cut; your own site keeps the margin but has to find its own visitors.")
    assert turn.reaction == "test_passed"


def test_a_presumption_put_as_a_question_is_not_taken_under_advisement() -> None:
    # "I'll think about it." answers a proposal; a yes/no presumption proposes nothing
    said = []
    for pid in ("family_values_owner", "distrustful_founder", "reluctant_successor", "big_customer_owner"):
        for seed in range(8):
            s = open_session(pid, lang="en", seed=seed, store=None)
            s.say("Thank you for your time today. Could you tell me a little about the business?")
            turn = s.say("I suppose your biggest trouble is finding young staff, isn't it?")
            if turn.reaction == "withdraw":
                said.append(turn.owner_reply.lower())
    assert len(said) >= 10
    assert not [r for r in said if "think about it" in r or "some thought" in r or "talk it over" in r]


def test_a_proposal_may_still_be_taken_under_advisement() -> None:
    # near miss: a course of action pushed on him may get "I'll think about it."
    from simulator.voice.offline import PROPOSED

    assert PROPOSED.search("You should replace the old machines, shouldn't you?")
    assert not PROPOSED.search("I suppose your biggest trouble is finding young staff, isn't it?")


def test_the_confidential_preface_rule_is_shared_with_japanese_owners() -> None:
    # the same rule in Japanese (r17a s04: 「ここだけの話」 three times in five turns)
    from simulator.playtest.harness import load_bots, play
    from simulator.voice.offline import CONFIDED

    good = load_bots("simulator.playtest.bots_mine")["good"]
    for pid, seed in (("family_values_owner", 0), ("distrustful_founder", 0)):
        result = play(pid, "ja", seed, good, "good")
        said = [r for r in result.replies if CONFIDED["ja"].search(r)]
        assert len(said) <= 1, (pid, said)
