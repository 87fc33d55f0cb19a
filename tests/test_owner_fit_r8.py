"""A future question worded as people ask it in English ('in three years', 'the way you hope',
'what would … look like') gets the owner's own future lines, not the next fact (hand play after
round 6: "If things went the way you hope, what would the company look like in three years?" got
"Honestly, six people in sales.")."""

from __future__ import annotations

import pytest

from simulator.datafiles import persona_ids
from simulator.wording.asking import ask_kind

from .test_owner_fit_r6 import meet, peak_lines, says_one_of

FUTURE_EN = [
    "If things went the way you hope, what would the company look like in three years?",
    "Where would you like the shop to be in five years?",
    "Ideally, what would the business look like once your daughter is running it?",
]


def test_future_wordings_are_future_questions_and_plain_ones_are_not() -> None:
    for q in FUTURE_EN:
        assert ask_kind(q, "en") == "future", q
    assert ask_kind("How many staff do you have?", "en") == "fact"
    assert ask_kind("What does a typical day look like for you?", "en") != "future"


@pytest.mark.parametrize("pid", persona_ids())
def test_a_future_question_in_everyday_english_gets_his_future_lines(pid: str) -> None:
    for question in FUTURE_EN[:2]:
        s = meet(pid, "en")
        turn = s.say(question)
        assert not turn.revealed, (pid, question, turn.owner_reply)
        assert says_one_of(turn.owner_reply, peak_lines(pid, "en", "future")), (
            pid,
            question,
            turn.owner_reply,
        )


HOW_LONG = {
    "ja": ["会社は何年くらいやってるんですか？", "このお店は、何年くらいになるんですか？"],
    "en": ["How long have you been in business?", "How long has the company been going?"],
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("pid", persona_ids())
def test_how_long_the_business_has_been_going_is_answered_with_its_founding(
    pid: str, lang: str
) -> None:
    """Hand play: 「お店は何年くらいやってるんですか？」 got 「どうやったかねえ…すぐには出てこんわ。」
    from a third-generation owner whose shop dates from 1924: no founding word (創業) in it."""
    from simulator.datafiles import load_persona

    persona = load_persona(pid)
    assert persona.answers is not None
    founded = next(a for a in persona.answers.topics if a.id == "founded")
    for question in HOW_LONG[lang]:
        turn = meet(pid, lang).say(question)
        assert says_one_of(turn.owner_reply, founded.text.get(lang)), (pid, question, turn.owner_reply)


LEAVE = {
    "ja": ["今日はありがとうございました。また伺ってもいいですか。", "本日はありがとうございました。次回またお話を聞かせてください。"],
    "en": ["Thank you for today. Could I come back next week?", "Thanks so much. May I visit again next month?"],
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("pid", persona_ids())
def test_thanks_and_asking_to_come_again_closes_the_meeting(pid: str, lang: str) -> None:
    """Hand play: 「今日はありがとうございました。また伺ってもいいですか。」 got 「まあ、そんなところやね。」
    and the meeting went on: a leave-taking that asks to come again is a leave-taking."""
    for text in LEAVE[lang]:
        s = meet(pid, lang)
        turn = s.say(text)
        assert s.finished and turn.reaction == "closing", (pid, text, turn.owner_reply)


def test_a_question_that_only_mentions_coming_back_does_not_close() -> None:
    from simulator.wording.statements import closes

    assert not closes("Thank you. Could you come back to the point about staff?", "en")
    assert not closes("ありがとうございます。次に、従業員の方のことを伺えますか。", "ja")
    assert not closes("また伺いたいのですが、社長のお考えは？", "ja")
