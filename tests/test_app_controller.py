"""The web app's controller and views, without a server: ownership, limits, what is shown."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from simulator.acts import Utterance
from simulator.errors import AccessDeniedError, NotFoundError, SessionFinishedError
from simulator.settings import Settings
from simulator.store import Store, open_store
from simulator.store.importing import import_utterances
from simulator.ui import Controller
from simulator.ui.app import NoAccountError, build_app, launch_options, sign_in_required
from simulator.ui.texts import (
    EmptyMessageError,
    ImportedSessionError,
    MessageTooLongError,
    TooManySessionsError,
    error_text,
)
from simulator.ui.views import chat_of, feedback, hint, mood

PASSWORD = "correct horse 1"
GREETING = "本日はお時間をいただきありがとうございます。"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "app.db")


def controller(store: Store, tmp_path: Path, **settings: object) -> Controller:
    return Controller(Settings(data_dir=tmp_path, **settings), store, sign_in=True)


@pytest.fixture
def users(store: Store) -> dict:
    return {
        name: store.add_user(name, PASSWORD, role)
        for name, role in (("sato", "trainee"), ("suzuki", "trainee"), ("tanaka", "instructor"))
    }


def test_a_session_resumes_after_a_restart(store: Store, tmp_path: Path, users: dict) -> None:
    sato = users["sato"]
    first = controller(store, tmp_path)
    sid = first.start(sato, "move_on_owner", "ja").session.id
    first.say(sato, sid, GREETING)
    second = controller(open_store(tmp_path / "app.db"), tmp_path)
    assert second.latest_open(sato).id == sid  # a reload finds it
    second.say(sato, sid, "御社について聞かせていただけますか？")
    assert len(store.turns(sid)) == 2


def test_only_the_owner_continues_a_session(store: Store, tmp_path: Path, users: dict) -> None:
    ctl = controller(store, tmp_path)
    sato, suzuki, tanaka = users["sato"], users["suzuki"], users["tanaka"]
    cohort = store.create_cohort("2026春", tanaka.id)
    store.add_to_cohort(cohort.id, sato.id)
    sid = ctl.start(sato, "distrustful_founder", "ja").session.id
    ctl.say(sato, sid, GREETING)
    for user in (suzuki, tanaka):  # a trainee, and the instructor who may read it elsewhere
        for call in (
            lambda u=user: ctl.say(u, sid, "続けます。"),
            lambda u=user: ctl.finish(u, sid),
            lambda u=user: ctl.branch(u, sid, 1),
            lambda u=user: ctl.report(u, sid),
            lambda u=user: ctl.export(u, sid, "json"),
        ):
            with pytest.raises(NotFoundError) as caught:
                call()
            assert error_text(caught.value) == "その面談は見つかりません。"
    assert len(store.turns(sid)) == 1 and not store.get_session(sid).finished


def test_imported_sessions_of_others_are_not_found_like_any_id(
    store: Store, tmp_path: Path, users: dict
) -> None:
    ctl = controller(store, tmp_path)
    talk = [
        Utterance(speaker="owner", text="どうも。"),
        Utterance(speaker="trainee", text=GREETING),
    ]
    theirs = import_utterances(store, talk, user_id=users["suzuki"].id).id
    mine = import_utterances(store, talk, user_id=users["sato"].id).id
    texts = set()
    for sid in (theirs, "f" * 32):
        with pytest.raises(NotFoundError) as caught:
            ctl.live(users["sato"], sid)
        texts.add(error_text(caught.value))
    assert texts == {"その面談は見つかりません。"}
    with pytest.raises(ImportedSessionError):  # one's own import: told why
        ctl.live(users["sato"], mine)


def test_store_refuses_a_branch_into_another_account(store: Store, users: dict) -> None:
    rec = store.create_session(
        persona_id="distrustful_founder", lang="ja", seed=0, backend="offline",
        user_id=users["sato"].id,
    )  # fmt: skip
    cohort = store.create_cohort("c", users["tanaka"].id)
    store.add_to_cohort(cohort.id, users["sato"].id)
    with pytest.raises(AccessDeniedError):
        store.branch(rec.id, -1, viewer=users["tanaka"], user_id=users["suzuki"].id)
    assert store.list_sessions(viewer=users["suzuki"]) == []
    own = store.branch(rec.id, -1, viewer=users["tanaka"])
    assert own.user_id == users["tanaka"].id and own.turn_count == 0


def test_branch_from_turn_three_keeps_two_turns(store: Store, tmp_path: Path, users: dict) -> None:
    ctl = controller(store, tmp_path)
    sato = users["sato"]
    live = ctl.start(sato, "distrustful_founder", "ja", exam=True)
    sid = live.session.id
    lines = [GREETING, "工場のことを聞かせていただけますか？", "今一番の悩みは何ですか？"]
    for text in lines:
        ctl.say(sato, sid, text)
    child = ctl.branch(sato, sid, 3)
    assert [t.trainee_text for t in child.session.turns] == lines[:2]
    assert child.session.state == ctl.live(sato, sid).session.state.__class__.model_validate(
        store.turns(sid)[1].state
    )
    assert child.exam and store.get_session(child.session.id).mode == "exam"
    record = store.get_session(child.session.id)
    assert (record.parent_id, record.parent_turn) == (sid, 1)
    again = ctl.branch(sato, sid, 1)  # from the very start
    assert again.session.turns == [] and again.session.trust == live.session.state.trust_history[0]
    # a reload comes back to the newest attempt, not to the session tried again from
    assert ctl.latest_open(sato).id == again.session.id
    ctl.finish(sato, again.session.id)
    assert ctl.latest_open(sato).id == child.session.id


def test_double_send_empty_and_long_messages(store: Store, tmp_path: Path, users: dict) -> None:
    ctl = controller(store, tmp_path)
    sato = users["sato"]
    sid = ctl.start(sato, "move_on_owner", "ja").session.id
    results: list[object] = []
    gate = threading.Barrier(2)

    def click() -> None:
        gate.wait()
        results.append(ctl.say(sato, sid, GREETING))

    clicks = [threading.Thread(target=click) for _ in range(2)]
    for th in clicks:
        th.start()
    for th in clicks:
        th.join()
    assert len(store.turns(sid)) == 1 and results.count(None) == 1
    assert ctl.say(sato, sid, GREETING) is None  # the same text right after: still once
    with pytest.raises(EmptyMessageError):
        ctl.say(sato, sid, "  \n ")
    with pytest.raises(MessageTooLongError) as long:
        ctl.say(sato, sid, "あ" * 20_000)
    assert "20,000字" in error_text(long.value) and "2,000字" in error_text(long.value)
    assert len(store.turns(sid)) == 1


def test_finish_without_a_turn_scores_nothing(store: Store, tmp_path: Path, users: dict) -> None:
    ctl = controller(store, tmp_path)
    sid = ctl.start(users["sato"], "reluctant_successor", "ja").session.id
    live, report = ctl.finish(users["sato"], sid)
    assert report is None and store.get_session(sid).scores is None
    with pytest.raises(SessionFinishedError):
        ctl.say(users["sato"], sid, GREETING)
    assert "終了" in error_text(SessionFinishedError("x"))
    assert live.session.finished


def test_rate_limit_and_bounded_live_sessions(store: Store, tmp_path: Path, users: dict) -> None:
    ctl = controller(store, tmp_path, sessions_per_minute=3, live_sessions=2)
    sato = users["sato"]
    ids = [ctl.start(sato, "move_on_owner", "ja").session.id for _ in range(3)]
    with pytest.raises(TooManySessionsError):
        ctl.start(sato, "move_on_owner", "ja")
    ctl.start(users["suzuki"], "move_on_owner", "ja")  # the limit is per user
    assert ctl.live_count() == 2
    ctl.say(sato, ids[0], GREETING)  # evicted, resumed from the store
    assert len(store.turns(ids[0])) == 1 and ctl.live_count() == 2


def test_views_show_text_as_text_and_no_engine_numbers(
    store: Store, tmp_path: Path, users: dict
) -> None:
    ctl = controller(store, tmp_path)
    sato = users["sato"]
    live = ctl.start(sato, "distrustful_founder", "ja")
    sid = live.session.id
    ctl.say(sato, sid, "<script>alert(1)</script>こんにちは")
    turn = ctl.say(sato, sid, "御社は設備投資をすべきだと思いませんか？")
    chat = chat_of(live.session.turns)
    assert chat[0]["content"] == "&lt;script&gt;alert(1)&lt;/script&gt;こんにちは"
    assert [m["role"] for m in chat] == ["user", "assistant", "user", "assistant"]
    shown = mood(live.session, "ja")
    assert not any(ch.isdigit() for ch in shown) and "段階" in shown
    text = feedback(turn, "ja")
    assert "誘導質問" in text and "leading_question" not in text
    assert feedback(turn, "ja", exam=True).startswith("試験モード")
    advice = hint(live.session.turns, "ja", ["設備"])
    assert "誘導" in advice
    hidden = [f.text.ja for f in live.session.persona.facts]
    assert not any(fact in advice for fact in hidden)


def test_unknown_errors_show_a_generic_sentence() -> None:
    shown = error_text(RuntimeError("sqlite3 secret path /home/x"), "ja")
    assert "sqlite3" not in shown and "問題が発生しました" in shown


def test_sign_in_rules(store: Store, tmp_path: Path) -> None:
    wide = Settings(data_dir=tmp_path, host="0.0.0.0")
    assert sign_in_required(wide, store) is True
    assert sign_in_required(Settings(data_dir=tmp_path), store) is False
    demo = build_app(wide, store)
    with pytest.raises(NoAccountError) as refused:
        launch_options(demo)
    assert "users add" in str(refused.value)
    store.add_user("sato", PASSWORD, "trainee")
    assert sign_in_required(Settings(data_dir=tmp_path), store) is True  # accounts exist
    options = launch_options(build_app(wide, store))
    assert options["server_name"] == "0.0.0.0" and callable(options["auth"])
    assert (
        Settings.from_env({"GRADIO_SERVER_NAME": "0.0.0.0", "GRADIO_SERVER_PORT": "9001"}).port
        == 9001
    )
    assert (
        Settings.from_env({"SIM_HOST": "127.0.0.2", "GRADIO_SERVER_NAME": "0.0.0.0"}).host
        == "127.0.0.2"
    )


def test_streamed_reply_chunks_pass_through(store: Store, tmp_path: Path, users: dict) -> None:
    from simulator.session import Partial, Turn

    ctl = controller(store, tmp_path)
    sato = users["sato"]
    live = ctl.start(sato, "move_on_owner", "ja")
    real = live.session.say_stream

    def streaming(text: str):  # a voice that streams: chunks first, the committed turn last
        yield Partial(text="要は")
        yield Partial(text="要はですね")
        yield from real(text)

    live.session.say_stream = streaming  # type: ignore[method-assign]
    items = list(ctl.say_stream(sato, live.session.id, GREETING))
    assert [type(i) for i in items] == [Partial, Partial, Turn]
    assert len(store.turns(live.session.id)) == 1


def test_related_sessions_for_the_report(store: Store, tmp_path: Path, users: dict) -> None:
    ctl = controller(store, tmp_path)
    sato = users["sato"]
    first = ctl.start(sato, "distrustful_founder", "ja").session.id
    ctl.say(sato, first, GREETING)
    ctl.finish(sato, first)
    other_owner = ctl.start(sato, "move_on_owner", "ja").session.id
    second = ctl.start(sato, "distrustful_founder", "ja").session.id
    for text in (GREETING, "工場のことを聞かせていただけますか？"):
        ctl.say(sato, second, text)
    branch = ctl.branch(sato, second, 2).session.id
    ctl.start(users["suzuki"], "distrustful_founder", "ja")  # someone else's: never listed
    branches, earlier = ctl.related(sato, store.get_session(branch))
    assert [r.id for r in branches] == [second, branch]
    assert [r.id for r in earlier] == [first]
    assert other_owner not in {r.id for r in [*branches, *earlier]}


def test_the_page_shows_a_streamed_reply_then_the_turn(
    store: Store, tmp_path: Path, users: dict
) -> None:
    from simulator.session import Partial
    from simulator.ui.common import Ctx
    from simulator.ui.practice import I, send_steps

    ctl = controller(store, tmp_path)
    sato = users["sato"]
    live = ctl.start(sato, "move_on_owner", "ja")
    real = live.session.say_stream

    def streaming(text: str):
        yield Partial(text="<b>要は</b>")
        yield from real(text)

    live.session.say_stream = streaming  # type: ignore[method-assign]
    steps = list(send_steps(Ctx(ctl), sato, "ja", live.session.id, "<i>はじめまして</i>"))
    assert len(steps) == 2
    partial_chat = steps[0][I["chat"]]
    assert partial_chat == [
        {"role": "user", "content": "&lt;i&gt;はじめまして&lt;/i&gt;"},
        {"role": "assistant", "content": "&lt;b&gt;要は&lt;/b&gt;"},
    ]
    final_chat = steps[1][I["chat"]]
    assert len(final_chat) == 2 and final_chat[1]["content"] == live.session.turns[0].owner_reply
    assert "傾聴" in steps[1][I["feedback"]] and steps[1][I["message"]] == ""


def test_report_page_content_chart_and_downloads(store: Store, tmp_path: Path, users: dict) -> None:
    import json

    from simulator.ui import report_page
    from simulator.ui.common import Ctx

    ctl = controller(store, tmp_path)
    sato = users["sato"]
    sid = ctl.start(sato, "distrustful_founder", "ja").session.id
    for text in (GREETING, "最近の工場の様子を聞かせていただけますか？"):
        ctl.say(sato, sid, text)
    ctx = Ctx(ctl)
    during = report_page.render(ctx, sato, sid)[2]
    assert "聞き出せなかったこと" not in during and "裏課題：" not in during  # not before the end
    ctl.finish(sato, sid)
    head, plot, tail, md, js, _ = report_page.render(ctx, sato, sid)
    assert "振り返りレポート" in head and "聞き出せなかったこと" in tail and "4つの観点の意味" in tail
    frame = plot["value"]
    assert list(frame["turn"].unique()) == ["開始", "1", "2"]
    assert set(frame["series"]) >= {"経営者の信頼", "傾聴", "誘導・押しつけをしない"}
    assert json.loads(Path(js["value"]).read_text(encoding="utf-8"))["session"]["id"] == sid
    assert "支援者：" in Path(md["value"]).read_text(encoding="utf-8")
    with pytest.raises(NotFoundError):
        report_page.render(ctx, users["suzuki"], sid)
