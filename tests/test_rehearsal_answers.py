"""A rehearsal owner answers closed and factual questions with the supporter's figures, and
in character (vaguely, or with a refusal) where the form gives none: never an invented figure."""

from __future__ import annotations

import re

import pytest

from simulator.rehearsal import ARCHETYPES, RehearsalForm, build_persona, check_archetype
from simulator.session import open_session

FORM = {
    "industry": "和菓子の製造販売", "employees": 18, "founded": 1962, "company": "株式会社みやび堂",
    "application": "売上の減少と職人の高齢化。ネット販売も始めたい。", "suspicion": "",
}  # fmt: skip
GREETING = {"ja": "本日はお時間をいただきありがとうございます。", "en": "Thank you for making time to see me today."}


def ask(archetype: str, lang: str, question: str, **changes: object) -> tuple[str, object]:
    persona = build_persona(RehearsalForm(archetype=archetype, **{**FORM, **changes}), persona_id="rh_q")
    session = open_session(persona, lang, store=None, backend="offline")
    session.say(GREETING[lang])
    return session.say(question).owner_reply, persona


@pytest.mark.parametrize("archetype", ARCHETYPES)
def test_the_owner_answers_staff_and_founding_with_the_forms_figures(archetype: str) -> None:
    reply, _ = ask(archetype, "ja", "従業員は何人ですか？")
    assert "18" in reply, reply
    reply, _ = ask(archetype, "ja", "創業はいつですか？")
    assert "1962" in reply, reply
    reply, _ = ask(archetype, "en", "How many employees do you have?")
    assert "18" in reply, reply


@pytest.mark.parametrize("archetype", ARCHETYPES)
def test_sales_and_location_come_from_the_form_when_it_gives_them(archetype: str) -> None:
    reply, _ = ask(archetype, "ja", "年商はどのくらいですか？", annual_sales="約2億円")
    assert "約2億円" in reply, reply
    reply, _ = ask(archetype, "ja", "本社はどちらですか？", location="金沢市")
    assert "金沢市" in reply, reply
    reply, _ = ask(archetype, "ja", "会社はどこにあるんですか？", location="金沢市")  # not the business
    assert "金沢市" in reply, reply
    reply, _ = ask(archetype, "ja", "何を作っているんですか？")
    assert "和菓子の製造販売" in reply, reply


@pytest.mark.parametrize("archetype", ARCHETYPES)
def test_no_answer_begins_with_a_lead_in_the_voice_may_add(archetype: str) -> None:
    """The voice puts one of the fillers before an answer now and then: an answer that has its
    own would be said 「えっと、えっと、85名です」 / "Um, um, 85"."""
    persona = build_persona(RehearsalForm(archetype=archetype, **FORM), persona_id="rh_q")
    for lang in ("ja", "en"):
        leads = {f.strip(" 、,.…").lower() for f in persona.fillers.get(lang)}  # type: ignore[union-attr]
        for a in persona.answers.topics:  # type: ignore[union-attr]
            for text in a.text.get(lang):
                head = re.split(r"[、,.…]", text.strip("… ."), maxsplit=1)[0].lower()
                assert head not in leads, (a.id, text)


@pytest.mark.parametrize("archetype", ARCHETYPES)
def test_without_a_figure_the_owner_answers_in_character_and_invents_none(archetype: str) -> None:
    reply, persona = ask(archetype, "ja", "年商はどのくらいですか？")
    sales = persona.answer("sales")  # type: ignore[attr-defined]
    assert any(text in reply for text in sales.text.ja), reply  # the archetype's if_blank words
    assert not re.search(r"[0-9０-９]|億|万円", reply), reply
    reply, _ = ask(archetype, "ja", "利益は出ていますか？")  # the form has no profit at all
    assert not re.search(r"[0-9０-９]|億|万円", reply), reply
    reply, persona = ask(archetype, "en", "Where are you based?")
    said = persona.answer("location").text.en  # type: ignore[attr-defined]
    assert any(text.lower() in reply.lower() for text in said), reply  # after a lead-in ("Well, local.")


def test_an_answer_naming_an_optional_fact_needs_words_for_a_blank_form(tmp_path) -> None:  # noqa: ANN001
    import yaml

    from simulator.datafiles import data_dir

    data = yaml.safe_load((data_dir("archetypes") / "move_on_owner.yaml").read_text("utf-8"))
    sales = next(a for a in data["answers"]["topics"] if a["id"] == "sales")
    del sales["if_blank"]
    data["answers"]["topics"][0]["text"]["ja"][0] = "{headcount}人です。"
    folder = tmp_path / "archetypes"
    folder.mkdir()
    path = folder / "move_on_owner.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    problems = check_archetype(path)
    assert problems and "sales" in problems[0] and "if_blank" in problems[0], problems
    sales["if_blank"] = {"stance": "refuse", "text": {"ja": ["いや。", "まだ。"], "en": ["No.", "Not yet."]}}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    problems = check_archetype(path)
    assert problems and "{headcount}" in problems[0], problems


@pytest.mark.parametrize("archetype", ARCHETYPES)
def test_a_question_on_the_application_opens_the_forms_issue_not_the_business(archetype: str) -> None:
    """「ネット販売…きっかけは」 shares 販売 with the industry 「漬物の製造販売」: it is about the form."""
    changes = {"industry": "漬物の製造販売", "application": "ネット販売を始めて売上を伸ばしたい。"}
    persona = build_persona(RehearsalForm(archetype=archetype, **{**FORM, **changes}), persona_id="rh_q")
    session = open_session(persona, "ja", store=None, backend="offline")
    session.say(GREETING["ja"])
    turn = session.say("ネット販売に力を入れたいとのことですが、そう考えられたきっかけを教えていただけますか？")
    assert turn.revealed == ["form_issue"], turn.owner_reply
    assert "ネット販売を始めて売上を伸ばしたい" in turn.owner_reply
    turn = session.say("お仕事の様子を聞かせていただけますか？")
    if archetype != "distrustful_founder":  # he waits for an answer to his knowledge test first
        assert "business" in turn.revealed, turn.owner_reply
