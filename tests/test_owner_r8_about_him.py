"""Playtest r8: a question about the owner himself (his feelings, whom he has talked to) is never
handed to someone else (「会長に聞いてみないと」 / "ask my wife"): only he can answer it.
The 「いつ」 inside 「思いつく」「いつも」 asks no date. Driven through the public API."""

from __future__ import annotations

import pytest

from simulator import open_session, persona_ids
from simulator.datafiles import load_persona
from simulator.wording.asking import form_of

GREETING = {
    "ja": "本日はお時間をいただきありがとうございます。まずは会社のことを聞かせてください。",
    "en": "Thank you for making time for me today. I'd like to hear about your company first.",
}
ABOUT_HIM = {
    "ja": [
        "そういう落ち着かないお気持ちになるのは、いつ頃からですか。",
        "そのことを、これまでどなたかに相談されたことはありますか。",
        "思いつく範囲で構いませんので、胸がざわつくのはどんなときか教えていただけますか。",
    ],
    "en": [
        "When did you first notice that uneasy feeling?",
        "Who have you been able to talk to about this?",
        "When is that worry strongest for you, would you say?",
    ],
}
DEFLECT = ("聞いてみ", "聞かないと", "聞いてもら", "ask my", "ask the", "have to ask")


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("owner", persona_ids())
def test_a_question_about_himself_is_never_passed_to_someone_else(owner: str, lang: str) -> None:
    persona = load_persona(owner)
    assert persona.answers is not None
    unknown = set(persona.answers.unknown.get(lang))
    for seed, question in enumerate(ABOUT_HIM[lang]):
        session = open_session(owner, lang=lang, seed=800 + seed, store=None)
        session.say(GREETING[lang])
        reply = session.say(question).owner_reply
        assert reply not in unknown, (owner, question, reply)
        assert not any(d in reply.lower() for d in DEFLECT), (owner, question, reply)


@pytest.mark.parametrize(
    "question",
    ["思いつくままで結構ですので、どんなときにそう感じるか聞かせていただけますか。", "いつもはどんなふうに一日を過ごされていますか。"],
)
def test_itsu_inside_a_word_asks_no_date(question: str) -> None:
    assert form_of(question, "ja") == "open"


def test_itsu_still_asks_a_date() -> None:
    assert form_of("その話はいつ頃からですか。", "ja") == "fact"
