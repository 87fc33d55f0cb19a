"""Role isolation, enforced by the store itself."""

from __future__ import annotations

import pytest

from simulator.errors import AccessDeniedError, InputError, NotFoundError
from simulator.store import Store, TurnRecord, User, open_store
from simulator.store.exporting import cohort_csv, export_markdown


@pytest.fixture
def world() -> dict:
    store = open_store(None)
    pw = "correct horse"
    t1 = store.add_user("t1", pw, "trainee")
    t2 = store.add_user("t2", pw, "trainee")
    t3 = store.add_user("t3", pw, "trainee")
    teacher = store.add_user("teacher", pw, "instructor")
    other_teacher = store.add_user("other", pw, "instructor")
    admin = store.add_user("root", pw, "admin")
    cohort = store.create_cohort("2026春", teacher.id)
    store.add_to_cohort(cohort.id, t1.id)
    store.add_to_cohort(cohort.id, t2.id)
    sessions = {}
    for user in (t1, t2, t3):
        rec = store.create_session(
            persona_id="distrustful_founder", lang="ja", seed=0, backend="offline", user_id=user.id
        )
        store.append_turn(rec.id, TurnRecord(index=0, trainee_text="こんにちは", owner_reply="…"))
        sessions[user.username] = rec.id
    return {"store": store, "t1": t1, "t2": t2, "t3": t3, "teacher": teacher,
            "other": other_teacher, "admin": admin, "cohort": cohort, "sessions": sessions}  # fmt: skip


def test_trainee_cannot_see_another_trainees_session(world: dict) -> None:
    store: Store = world["store"]
    t1: User = world["t1"]
    theirs = world["sessions"]["t2"]
    with pytest.raises(NotFoundError):
        store.get_session(theirs, viewer=t1)
    with pytest.raises(NotFoundError):
        store.turns(theirs, viewer=t1)
    with pytest.raises(NotFoundError):
        store.branch(theirs, 0, viewer=t1)
    with pytest.raises(NotFoundError):
        store.comments(theirs, t1)
    with pytest.raises(NotFoundError):
        export_markdown(store, theirs, viewer=t1)
    assert [s.id for s in store.list_sessions(viewer=t1)] == [world["sessions"]["t1"]]
    assert store.list_sessions(viewer=t1, user_id=world["t2"].id) == []
    # the error is the same as for a session that does not exist
    with pytest.raises(NotFoundError) as missing:
        store.get_session("nope", viewer=t1)
    assert "no such session" in str(missing.value)


def test_trainee_sees_own_session(world: dict) -> None:
    store: Store = world["store"]
    own = world["sessions"]["t1"]
    assert store.get_session(own, viewer=world["t1"]).id == own
    assert len(store.turns(own, viewer=world["t1"])) == 1


def test_instructor_sees_cohort_only(world: dict) -> None:
    store: Store = world["store"]
    teacher, other = world["teacher"], world["other"]
    visible = {s.id for s in store.list_sessions(viewer=teacher)}
    assert visible == {world["sessions"]["t1"], world["sessions"]["t2"]}
    with pytest.raises(NotFoundError):
        store.get_session(world["sessions"]["t3"], viewer=teacher)
    assert store.list_sessions(viewer=other) == []
    assert len(store.list_sessions(viewer=world["admin"])) == 3
    assert len(store.list_sessions()) == 3


def test_cohort_csv_needs_the_cohorts_instructor(world: dict) -> None:
    store: Store = world["store"]
    cid = world["cohort"].id
    assert len(cohort_csv(store, cid, viewer=world["teacher"]).splitlines()) == 3
    for viewer in (world["other"], world["t1"]):
        with pytest.raises(NotFoundError):
            cohort_csv(store, cid, viewer=viewer)


def test_comments_and_overrides_are_for_staff(world: dict) -> None:
    store: Store = world["store"]
    sid = world["sessions"]["t1"]
    with pytest.raises(AccessDeniedError):
        store.add_comment(sid, world["t1"], "自分で自分を褒める")
    with pytest.raises(NotFoundError):
        store.add_comment(world["sessions"]["t3"], world["teacher"], "他のクラス")
    store.add_comment(sid, world["teacher"], "要約のタイミングが良い", turn_index=0)
    store.add_comment(sid, world["teacher"], "全体として傾聴ができている")
    store.override_score(sid, world["teacher"], "listening", 80, reason="実際は良い")
    with pytest.raises(InputError):
        store.override_score(sid, world["teacher"], "charm", 80)
    comments = store.comments(sid, world["t1"])  # the trainee reads comments on their session
    assert [c.turn_index for c in comments] == [None, 0]
    assert store.overrides(sid, world["t1"])[0].score == 80
    assert "80" in cohort_csv(store, world["cohort"].id)


def test_disabled_account_loses_access_even_with_a_stale_user(world: dict) -> None:
    store: Store = world["store"]
    t1 = world["t1"]
    store.disable_user("t1")
    with pytest.raises(NotFoundError):
        store.get_session(world["sessions"]["t1"], viewer=t1)
    assert store.authenticate("t1", "correct horse") is None


def test_passwords_are_hashed_and_checked(world: dict) -> None:
    store: Store = world["store"]
    row = store.db.execute("SELECT password_hash FROM users WHERE username='t2'").fetchone()
    assert row[0].startswith("scrypt$16384$8$1$") and "correct horse" not in row[0]
    assert store.authenticate("t2", "correct horse") == store.get_user("t2")
    assert store.authenticate("t2", "wrong") is None
    assert store.authenticate("ghost", "correct horse") is None
    store.set_password("t2", "new password")
    assert store.authenticate("t2", "correct horse") is None
    assert store.authenticate("t2", "new password") is not None
    with pytest.raises(InputError):
        store.add_user("t2", "whatever1", "trainee")
    with pytest.raises(InputError):
        store.add_user("shorty", "short", "trainee")
    with pytest.raises(InputError):
        store.add_user("x", "long enough", "boss")


def test_user_knows_its_cohorts(world: dict) -> None:
    store: Store = world["store"]
    cid = world["cohort"].id
    assert store.get_user("t1").cohort_ids == [cid]
    assert store.get_user("teacher").teaches == [cid]
    assert store.get_user("t3").cohort_ids == []


def test_branch_copies_turns_and_links_parent(world: dict) -> None:
    store: Store = world["store"]
    sid = world["sessions"]["t1"]
    for i in (1, 2):
        store.append_turn(
            sid, TurnRecord(index=i, trainee_text=f"q{i}", owner_reply="a", state={"trust": i})
        )
    child = store.branch(sid, 1, viewer=world["t1"])
    assert (child.parent_id, child.parent_turn, child.user_id) == (sid, 1, world["t1"].id)
    parent_turns = store.turns(sid)
    assert store.turns(child.id) == parent_turns[:2]
    assert [c.id for c in store.children(sid)] == [child.id]
    with pytest.raises(NotFoundError):
        store.branch(sid, 7)
    with pytest.raises(InputError):
        store.append_turn(sid, TurnRecord(index=2, trainee_text="dup", owner_reply=""))
