"""Rehearsal owners: an archetype's behaviour and voice composed with a supporter's facts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from simulator.bots import GoodTrainee, PoorTrainee, play
from simulator.datafiles import data_dir, load_persona
from simulator.errors import NotFoundError
from simulator.persona import Depth, persona_problems
from simulator.rehearsal import (
    ARCHETYPES,
    RehearsalError,
    RehearsalForm,
    build_persona,
    check_archetype,
    read_form,
    stored_persona,
)
from simulator.session import open_session, resume_session
from simulator.store import open_store

FORM = {
    "industry": "和菓子の製造販売",
    "employees": 18,
    "founded": 1962,
    "company": "株式会社みやび堂",
    "application": "売上の減少と職人の高齢化。ネット販売も始めたい。",
    "referral": "社長は三代目。外部の意見を嫌うと聞いている。",
    "suspicion": "長男に任せきれず、自分一人で全部決めている",
}


def form(archetype: str, **changes: object) -> RehearsalForm:
    return RehearsalForm(archetype=archetype, **{**FORM, **changes})


def all_texts(persona) -> list[str]:  # noqa: ANN001
    texts = [persona.briefing.ja, persona.briefing.en, persona.owner.background.ja]
    texts += [f.text.ja for f in persona.facts] + [f.text.en for f in persona.facts]
    texts += [x for tl in persona.lines.values() for x in [*tl.ja, *tl.en]]
    texts += [x for a in persona.answers.topics for x in [*a.text.ja, *a.text.en]]
    return texts


@pytest.mark.parametrize("archetype", ARCHETYPES)
def test_every_archetype_composes_a_valid_owner_with_the_supporters_facts(archetype: str) -> None:
    persona = build_persona(form(archetype), persona_id="rh_test")
    assert persona_problems(persona) == []
    assert persona.id == "rh_test"
    # the archetype's behaviour, unchanged
    assert persona.behaviour == load_persona(archetype).behaviour
    # the supporter's facts: the business first, the form's issue, the suspicion last and core
    assert [f.id for f in persona.facts][:2] == ["business", "form_issue"]
    assert "和菓子の製造販売" in persona.facts[0].text.ja and "18" in persona.facts[0].text.ja
    assert "売上の減少と職人の高齢化" in persona.facts[1].text.ja
    last = persona.facts[-1]
    assert last.id == persona.underlying_issue.fact == "underlying" and last.depth is Depth.CORE
    assert "長男に任せきれず" in last.text.ja
    assert persona.underlying_issue.text.ja == FORM["suspicion"]
    # it is never volunteered early: high trust, the approach stage, listening moves
    assert last.unlock.trust >= 70 and last.unlock.stage == "approach" and last.unlock.after
    assert {m.value for m in last.unlock.moves} <= {"summary", "reflection", "empathy"}
    # the briefing says what the supporter knows, never the suspicion
    assert "外部の意見を嫌う" in persona.briefing.ja and "長男" not in persona.briefing.ja
    # every slot is filled, and the archetype names no company of its own
    for text in all_texts(persona):
        assert not re.search(r"\{[a-z_]+\}", text), text
    assert "みやび堂" in persona.title.ja


@pytest.mark.parametrize("archetype", ARCHETYPES)
def test_a_listening_supporter_hears_the_suspected_issue_and_a_pushy_one_does_not(
    archetype: str,
) -> None:
    persona = build_persona(form(archetype), persona_id="rh_test")
    good = open_session(persona, "ja", store=None, backend="offline")
    play(good, GoodTrainee(lang="ja"), turns=30)
    assert good.state.hidden_issue_reached, archetype
    poor = open_session(persona, "ja", store=None, backend="offline")
    play(poor, PoorTrainee(lang="ja"), turns=30)
    assert not poor.state.hidden_issue_reached
    assert poor.trust < persona.behaviour.initial_trust


def test_naming_the_suspicion_early_does_not_open_it() -> None:
    """The point is to let the owner say it: pushing the hypothesis never unlocks it."""
    persona = build_persona(form("reluctant_successor"), persona_id="rh_test")
    session = open_session(persona, "ja", store=None, backend="offline")
    session.say("本日はお時間をいただきありがとうございます。")
    turn = session.say("長男に任せきれず、社長が一人で全部決めているのが問題ではないですか？")
    assert "underlying" not in turn.revealed and not session.state.hidden_issue_reached


def test_without_a_suspicion_the_archetypes_own_underlying_issue_is_used() -> None:
    persona = build_persona(form("big_customer_owner", suspicion=""), persona_id="rh_x")
    assert "得意先" in persona.underlying_issue.text.ja
    assert persona_problems(persona) == []


def test_form_errors_name_every_field_in_japanese() -> None:
    with pytest.raises(RehearsalError) as err:
        read_form({"archetype": "nobody", "industry": " ", "employees": 0, "founded": 1985,
                   "application": "x" * 601})  # fmt: skip
    text = err.value.text("ja")
    for part in ("経営者のタイプを選んでください", "業種を入力してください",
                 "従業員数は1〜100000の整数", "申込書の記載は600字以内"):  # fmt: skip
        assert part in text, text
    assert "industry" in err.value.text("en")
    assert read_form({**FORM, "archetype": "move_on_owner"}).employees == 18


def test_text_typed_as_html_is_kept_as_text() -> None:
    persona = build_persona(
        form("move_on_owner", industry="<b>菓子</b>", application="<img src=x onerror=alert(1)>売上"),
        persona_id="rh_html",
    )
    assert persona.company.industry.ja == "<b>菓子</b>"  # shown escaped by the pages
    assert "<img src=x onerror=alert(1)>売上" in persona.surface_issue.ja


def test_a_saved_rehearsal_session_resumes_from_the_store(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    user = store.add_user("ono", "pw-123456", "trainee")
    persona = build_persona(form("distrustful_founder"), persona_id="rh_abc")
    store.save_persona(
        "rh_abc", persona.title.ja,
        {"persona": persona.model_dump(mode="json"), "form": form("distrustful_founder").model_dump()},
        user_id=user.id,
    )  # fmt: skip
    session = open_session(persona, "ja", store=store, user_id=user.id, backend="offline")
    session.say("本日はお時間をいただきありがとうございます。")
    again = resume_session(session.id or "", store=store, viewer=user)
    assert again.persona == persona and len(again.turns) == 1
    again.say("現場のお話、よろしければ聞かせていただけますか？")
    assert stored_persona(store.get_persona("rh_abc").data) == persona


def test_custom_personas_belong_to_their_author(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    a = store.add_user("a", "pw-123456", "trainee")
    b = store.add_user("b", "pw-123456", "trainee")
    teacher = store.add_user("t", "pw-123456", "instructor")
    other = store.add_user("o", "pw-123456", "instructor")
    cohort = store.create_cohort("基礎", teacher.id)
    store.add_to_cohort(cohort.id, a.id)
    store.save_persona("rh_a", "A", {"x": 1}, user_id=a.id)
    with pytest.raises(NotFoundError):  # b cannot overwrite a's owner
        store.save_persona("rh_a", "B", {"x": 2}, user_id=b.id)
    assert store.get_persona("rh_a", viewer=a).data == {"x": 1}
    assert store.get_persona("rh_a", viewer=teacher).name == "A"
    for stranger in (b, other):
        with pytest.raises(NotFoundError):
            store.get_persona("rh_a", viewer=stranger)
    store.save_persona("rh_a", "A2", {"x": 3}, user_id=a.id)  # the author replaces it
    assert store.get_persona("rh_a").data == {"x": 3}


def test_check_names_an_archetype_whose_topic_nobody_says(tmp_path: Path) -> None:
    folder = tmp_path / "archetypes"
    folder.mkdir()
    data = yaml.safe_load((data_dir("archetypes") / "move_on_owner.yaml").read_text("utf-8"))
    data["facts"][0]["unlock"]["topics"]["ja"] = ["宇宙旅行"]
    path = folder / "move_on_owner.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    problems = check_archetype(path)
    assert problems and "move_on_owner.yaml" in problems[0] and "宇宙旅行" in problems[0]
    assert all(check_archetype(p) == [] for p in sorted(data_dir("archetypes").glob("*.yaml")))
