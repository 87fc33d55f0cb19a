"""Round 18 (own18en): English owners as strong as Japanese ones (issue 9).

1. A tag question that only gives back the owner's own written request (the words the briefing
   quotes from his form) is a check, not a leading question: he confirms it and loses no trust
   (r17a s06 T1). A tag question that adds the supporter's guess stays a push.
2. A choice question on his own topic (which platform for the online shop) is answered with his
   own view, never "that can wait" (r17a s06 T2).
"""

from __future__ import annotations

from simulator import open_session

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
