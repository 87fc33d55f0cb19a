"""The rehearsal page's desk without a server: build, play, edit and play again — for the
user who built the owner only."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.errors import NotFoundError
from simulator.rehearsal import RehearsalError
from simulator.settings import Settings
from simulator.store import open_store
from simulator.ui import Controller, rehearsal_desk
from simulator.ui.common import Ctx
from simulator.ui.rehearsal_desk import RehearsalDesk, TooManyOwnersError
from simulator.ui.sessions_page import _owner
from simulator.ui.texts import error_text
from simulator.ui.views import persona_card

FORM = {
    "archetype": "move_on_owner", "industry": "漬物の製造販売", "employees": 24, "founded": 1978,
    "company": "信州つけもの株式会社", "application": "ネット販売を始めて売上を伸ばしたい。",
    "referral": "社長はせっかちで、すぐに答えを求める。", "suspicion": "",
}  # fmt: skip


@pytest.fixture
def setup(tmp_path: Path):  # noqa: ANN201
    store = open_store(tmp_path / "r.db")
    ctl = Controller(Settings(data_dir=tmp_path), store, sign_in=True)
    mori = store.add_user("mori", "pw-123456", "trainee", display_name="森")
    ueda = store.add_user("ueda", "pw-123456", "trainee", display_name="上田")
    return RehearsalDesk(ctl), ctl, mori, ueda


def test_build_play_edit_and_play_again(setup) -> None:  # noqa: ANN001
    desk, ctl, mori, ueda = setup
    saved = desk.build(mori, FORM)
    assert saved.id.startswith("rh_") and saved.user_id == mori.id
    assert [o.id for o in desk.owners(mori)] == [saved.id] and desk.owners(ueda) == []
    live = desk.start(mori, saved.id)
    assert live.session.persona.company.industry.ja == "漬物の製造販売"
    turn = ctl.say(mori, live.session.id or "", "本日はお時間をいただきありがとうございます。")
    assert turn is not None and turn.owner_reply
    assert _owner(Ctx(ctl), ctl.record(mori, live.session.id or ""), "ja") == "リハーサル：信州つけもの株式会社"
    # the owner has been played: an edit is a new version, the old session keeps its owner
    edited = desk.build(mori, {**FORM, "archetype": "reluctant_successor"}, edit=saved.id)
    assert edited.id != saved.id and edited.data["replaces"] == saved.id
    assert [o.id for o in desk.owners(mori)] == [edited.id]
    assert desk.form(mori, edited.id).archetype == "reluctant_successor"
    _, _, report = ctl.report(mori, live.session.id or "")
    assert report is not None and report.persona_id == saved.id
    # an owner never played is rewritten in place
    again = desk.build(mori, {**FORM, "industry": "野沢菜漬けの製造"}, edit=edited.id)
    assert again.id == edited.id and desk.persona(mori, again.id).company.industry.ja == "野沢菜漬けの製造"
    live2 = desk.start(mori, again.id, "en")
    assert live2.session.lang == "en" and live2.session.persona.id == again.id


def test_nobody_else_plays_edits_or_reads_the_owner(setup) -> None:  # noqa: ANN001
    desk, ctl, mori, ueda = setup
    saved = desk.build(mori, FORM)
    for call in (lambda: desk.start(ueda, saved.id), lambda: desk.form(ueda, saved.id),
                 lambda: desk.build(ueda, FORM, edit=saved.id)):  # fmt: skip
        with pytest.raises(NotFoundError) as err:
            call()
        assert error_text(err.value) == "その面談は見つかりません。" or "見つかりません" in error_text(err.value)
    assert desk.persona(mori, saved.id).company.name.ja == "信州つけもの株式会社"


def test_form_errors_and_the_owner_limit(setup, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    desk, _, mori, _ = setup
    with pytest.raises(RehearsalError) as err:
        desk.build(mori, {**FORM, "industry": "", "employees": None})
    assert error_text(err.value) == "業種を入力してください、従業員数は1〜100000の整数で入力してください。"
    monkeypatch.setattr(rehearsal_desk, "MAX_OWNERS", 1)
    desk.build(mori, FORM)
    with pytest.raises(TooManyOwnersError) as err:
        desk.build(mori, FORM)
    assert "1人まで" in error_text(err.value)


def test_what_a_supporter_typed_is_shown_as_text(setup) -> None:  # noqa: ANN001
    desk, _, mori, _ = setup
    saved = desk.build(mori, {**FORM, "industry": "<b>漬物</b>", "company": "**太字** [link](x)"})
    card = persona_card(desk.persona(mori, saved.id), "ja")
    assert "&lt;b&gt;漬物&lt;/b&gt;" in card and "<b>" not in card
    assert "\\*\\*太字\\*\\*" in card and "\\[link\\]" in card
