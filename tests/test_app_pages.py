"""The pages' handlers called as Gradio calls them, without a server (QA round 1).

``build_app`` gives the handlers (found by name among the app's events); a ``gr.Request`` with
a user name stands for the signed-in browser."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import gradio as gr
import pytest

from simulator.settings import Settings
from simulator.store import Store, open_store
from simulator.ui import build_app
from simulator.ui.practice import I
from simulator.ui.texts import (
    AccountDisabledError,
    SignInNowRequiredError,
    SignInRequiredError,
    error_text,
    t,
)
from simulator.ui.views import feedback

PASSWORD = "correct horse 1"
GREETING = "本日はお時間をいただきありがとうございます。"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = open_store(tmp_path / "app.db")
    for name in ("sato", "suzuki"):
        store.add_user(name, PASSWORD, "trainee")
    return store


@pytest.fixture
def demo(store: Store, tmp_path: Path) -> gr.Blocks:
    return build_app(Settings(data_dir=tmp_path), store, sign_in=True)


def handler(demo: gr.Blocks, name: str) -> Callable[..., Any]:
    found = [d.fn for d in demo.fns.values() if getattr(d.fn, "__name__", "") == name]
    assert found, name
    return found[0]


def as_user(name: str) -> gr.Request:
    return gr.Request(username=name)


def unchanged(value: Any) -> bool:
    """A ``gr.update()`` that leaves the component's value as it is."""
    return isinstance(value, dict) and "value" not in value


def started(demo: gr.Blocks, user: str, persona: str, lang: str = "ja", *, exam: bool = False,
            lines: tuple[str, ...] = (GREETING,)) -> str:  # fmt: skip
    ctl = demo.sim.controller  # type: ignore[attr-defined]
    account = ctl.store.get_user(user)
    sid = ctl.start(account, persona, lang, exam=exam).session.id
    for line in lines:
        ctl.say(account, sid, line)
    return sid


# -- MAJOR-3: the confirmation of a new meeting keeps what was chosen --------------------------
def test_starting_again_keeps_the_chosen_language_exam_box_and_owner(demo: gr.Blocks) -> None:
    on_start = handler(demo, "on_start")
    sid = started(demo, "sato", "reluctant_successor", exam=True)
    first = on_start("en", "move_on_owner", False, sid, False, as_user("sato"))
    for name in ("lang", "exam", "owner", "card", "chat", "sid"):
        assert unchanged(first[I[name]]), name  # the page does not flip back to the old meeting
    assert first[I["confirm"]] is True
    assert "A meeting is in progress" in first[I["start_notice"]]  # in the chosen language
    second = on_start("en", "move_on_owner", False, sid, True, as_user("sato"))
    new = demo.sim.controller.live(demo.sim.store.get_user("sato"), second[I["sid"]])  # type: ignore[attr-defined]
    assert new.session.id != sid and new.session.lang == "en" and not new.exam
    assert new.session.persona.id == "move_on_owner"
    assert second[I["lang"]] == "en" and second[I["exam"]] is False
    assert second[I["owner"]] == "move_on_owner"


# -- MINOR-3: the owner selector follows the meeting; another pick says it is for the next one ---
def test_the_owner_selector_follows_a_resumed_meeting(demo: gr.Blocks) -> None:
    sid = started(demo, "sato", "reluctant_successor")
    page = handler(demo, "on_load")("ja", as_user("sato"))
    assert page[I["sid"]] == sid and page[I["owner"]] == "reluctant_successor"
    opened = handler(demo, "on_open")("ja", sid, as_user("sato"))
    assert opened[I["owner"]] == "reluctant_successor"
    card = handler(demo, "on_owner")("ja", "move_on_owner", sid, as_user("sato"))
    assert "次の面談の相手です" in card and "事前情報" in card
    same = handler(demo, "on_owner")("ja", "reluctant_successor", sid, as_user("sato"))
    assert "次の面談" not in same


# -- MINOR-4: a language switch mid-meeting is whole and does not revert ------------------------
def test_switching_language_mid_meeting_keeps_it_and_says_the_meeting_stays(
    demo: gr.Blocks,
) -> None:
    sid = started(demo, "sato", "move_on_owner")
    page = handler(demo, "on_lang")("en", sid, as_user("sato"))
    assert "goes on in Japanese" in page[I["start_notice"]]
    assert "The owner's mood" in page[I["mood"]] and "Acts" in page[I["feedback"]]
    assert unchanged(page[I["lang"]])
    steps = list(handler(demo, "on_send")("en", sid, "工場のことを教えてください。", as_user("sato")))
    assert unchanged(steps[-1][I["lang"]]) and "Acts" in steps[-1][I["feedback"]]
    assert "Signed in as" in handler(demo, "whoami")("en", as_user("sato"))


# -- MINOR-5 / MINOR-19: the hint after the end; ending asks first ------------------------------
def test_ending_asks_once_and_the_hint_after_the_end_says_it_is_over(demo: gr.Blocks) -> None:
    sid = started(demo, "sato", "move_on_owner")
    on_end = handler(demo, "on_end")
    first = on_end("ja", sid, False, as_user("sato"))
    assert "もう一度「面談を終える」" in first[I["notice"]] and first[I["end_confirm"]] is True
    assert not demo.sim.controller.live(demo.sim.store.get_user("sato"), sid).session.finished  # type: ignore[attr-defined]
    second = on_end("ja", sid, True, as_user("sato"))
    assert "振り返りレポート" in second[len(I)]  # the report page's first output
    hint = handler(demo, "on_hint")("ja", sid, as_user("sato"))
    assert hint[I["hint"]] == t("finished_hint", "ja")


# -- MINOR-18: a second click on Start before speaking makes no new session --------------------
def test_start_twice_before_speaking_keeps_one_session_and_empty_ones_are_not_listed(
    demo: gr.Blocks, store: Store
) -> None:
    on_start = handler(demo, "on_start")
    first = on_start("ja", "move_on_owner", False, "", False, as_user("sato"))
    again = on_start("ja", "move_on_owner", False, first[I["sid"]], False, as_user("sato"))
    assert again[I["sid"]] == first[I["sid"]]
    assert len(store.list_sessions(user_id=store.get_user("sato").id)) == 1
    other = on_start("ja", "reluctant_successor", False, first[I["sid"]], False, as_user("sato"))
    assert other[I["sid"]] != first[I["sid"]]
    table, pick, _, ids = handler(demo, "on_refresh")("ja", as_user("sato"))
    assert ids == [] and pick["choices"] == []  # nobody spoke in either: nothing to list


# -- MINOR-10: sessions told apart, a row click picks it ---------------------------------------
def test_the_session_picker_tells_sessions_apart_and_a_row_click_picks(demo: gr.Blocks) -> None:
    lines = (GREETING, "工場のことを教えてください。", "それで、どうなりましたか？")
    sid = started(demo, "sato", "move_on_owner", lines=lines)
    ctl = demo.sim.controller  # type: ignore[attr-defined]
    sato = ctl.store.get_user("sato")
    branch = ctl.branch(sato, sid, 3).session.id
    exam = started(demo, "sato", "move_on_owner", exam=True)
    _, pick, _, ids = handler(demo, "on_refresh")("ja", as_user("sato"))
    labels = {value: label for label, value in pick["choices"]}
    assert len(set(labels.values())) == 3
    assert "3ターン" in labels[sid] and "ターン3からやり直し" in labels[branch]
    assert "試験" in labels[exam]
    row = ids.index(branch)
    chosen = handler(demo, "on_row")(ids, gr.SelectData(None, {"index": [row, 2], "value": ""}))
    assert chosen["value"] == branch


# -- MINOR-15: a stale or crafted dropdown value gets our message, not Gradio's -----------------
def test_a_crafted_turn_number_is_answered_in_japanese(demo: gr.Blocks) -> None:
    sid = started(demo, "sato", "move_on_owner")
    for value in ("../../etc/passwd", 99, None):
        page = handler(demo, "on_branch")("ja", sid, value, as_user("sato"))
        assert "やり直すターンを選んでください" in page[I["branch_notice"]]
    opened = handler(demo, "on_open")("ja", "../../etc/passwd", as_user("sato"))
    assert "見つかりません" in opened[len(I)]


# -- MINOR-17 / MINOR-14: a disabled account; accounts added on loopback ------------------------
def test_a_disabled_account_is_told_and_signed_out(demo: gr.Blocks, store: Store) -> None:
    app_tokens = {"t1": "sato", "t2": "suzuki"}
    demo.app = type("App", (), {"tokens": app_tokens})()  # type: ignore[attr-defined]
    store.disable_user("sato")
    line = handler(demo, "whoami")("ja", as_user("sato"))
    assert error_text(AccountDisabledError()) in html_unescape(line)
    assert "無効" in line and app_tokens == {"t2": "suzuki"}  # sato signed out everywhere


def test_accounts_added_on_loopback_turn_sign_in_on(tmp_path: Path) -> None:
    store = open_store(tmp_path / "local.db")
    demo = build_app(Settings(data_dir=tmp_path), store)
    parts = demo.sim  # type: ignore[attr-defined]
    assert parts.sign_in is False
    assert handler(demo, "whoami")("ja", gr.Request()) == t("local_user", "ja")
    store.add_user("newbie", PASSWORD, "trainee")
    parts.controller._accounts_checked = 0.0  # the next call looks (at most every 2 s)
    line = handler(demo, "whoami")("ja", gr.Request())
    assert error_text(SignInNowRequiredError()) in html_unescape(line)
    assert parts.sign_in is True and callable(demo.auth)
    with pytest.raises(SignInRequiredError):  # a later visitor: sign in first
        parts.controller.user(None)


def html_unescape(text: str) -> str:
    import html

    return html.unescape(text)


# -- COSMETIC-1: the feedback table keeps the rubrics' order -----------------------------------
def test_feedback_rows_keep_the_rubric_order_of_stored_turns(demo: gr.Blocks) -> None:
    sid = started(demo, "sato", "move_on_owner")
    turn = demo.sim.controller.live(demo.sim.store.get_user("sato"), sid).session.turns[-1]  # type: ignore[attr-defined]
    turn = turn.model_copy(update={"scores": dict(sorted(turn.scores.items()))})  # as stored
    rows = [line for line in feedback(turn, "ja").splitlines() if line.startswith("| ")][1:]
    assert [r.split(" | ")[0][2:] for r in rows] == [
        "傾聴", "深掘りの問いかけ", "要約・言い換え", "誘導・押しつけをしない"
    ]  # fmt: skip


def test_no_choice_component_answers_a_foreign_value_with_gradios_error(demo: gr.Blocks) -> None:
    """A crafted (or stale) value in any radio or dropdown reaches our handler, which answers in
    the page's language; Gradio's own error would list every choice, in English."""
    choosers = [b for b in demo.blocks.values() if isinstance(b, (gr.Radio, gr.Dropdown))]
    assert {b.elem_id for b in choosers} >= {"owner", "lang", "branch-turn", "pick"}
    for block in choosers:
        block.preprocess("../../etc/passwd")  # no gr.Error
    owner = next(b for b in choosers if b.elem_id == "owner")
    page = handler(demo, "on_start")("ja", owner.preprocess("../../etc/passwd"), False, "", False,
                                     as_user("sato"))  # fmt: skip
    assert "経営者を選んでください" in page[I["start_notice"]]


def test_the_japanese_page_says_login_as_gradios_login_page_does() -> None:
    """COSMETIC-3: Gradio's login page reads ログイン; the app never says サインイン beside it."""
    from simulator.ui.app import AUTH_MESSAGE
    from simulator.ui.assets import HEAD
    from simulator.ui.texts import TEXTS

    japanese = [ja for ja, _ in TEXTS.values()] + [AUTH_MESSAGE, HEAD]
    assert not [text for text in japanese if "サイン" in text]
    assert t("sign_out", "ja") == "ログアウト" and t("signed_in_as", "ja") == "ログイン中："
