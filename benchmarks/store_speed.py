"""Store speed targets (issue 5), on a temporary file:

- 10,000 stored sessions of 30 turns: opening a session (get_session + turns) <= 50 ms;
- cohort CSV (the whole 10,000-session cohort) <= 2 s;
- turn commit p95 <= 5 ms with 20 concurrent writers.

Run: ``python benchmarks/store_speed.py [--sessions N] [--turns N]`` (about a minute).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simulator.store import Store, TurnRecord, open_store  # noqa: E402
from simulator.store.exporting import cohort_csv  # noqa: E402
from simulator.store.records import SessionRecord, now_iso  # noqa: E402
from simulator.store.sessions import INSERT_SESSION, INSERT_TURN, session_row, turn_row  # noqa: E402

RUBRICS = ("listening", "deep_dive", "summarising", "non_leading")


def engine_state(i: int) -> dict:
    """About 1.5 kB, the size of a real engine state."""
    return {
        "trust": 30 + i, "stage": "guarded", "turn": i, "disclosed": [f"fact_{k}" for k in range(i % 6)],
        "asked": [f"question {k} about the business" for k in range(8)],
        "keywords": ["売上", "後継者", "取引先", "社員", "会長"] * 4, "patience": 0.5, "seed": 0,
        "history": [{"act": "open_question", "trust_delta": 1.5}] * 10,
    }  # fmt: skip


def build(store: Store, sessions: int, turns: int) -> int:
    """Bulk setup in one transaction (not what is measured)."""
    pw = "benchmark-pw"
    teacher = store.add_user("teacher", pw, "instructor")
    cohort = store.create_cohort("bench", teacher.id)
    trainees = []
    for n in range(100):
        store.db.execute(
            "INSERT INTO users (username, display_name, role, password_hash, disabled, created_at)"
            " VALUES (?, ?, 'trainee', 'scrypt$x', 0, ?)", (f"t{n:03}", f"受講者{n}", now_iso()),
        )  # fmt: skip
        uid = store.db.execute("SELECT id FROM users WHERE username = ?", (f"t{n:03}",)).fetchone()[
            0
        ]
        store.add_to_cohort(cohort.id, uid)
        trainees.append(uid)
    rng = random.Random(0)
    stamp = now_iso()
    text = "本日はお時間をいただきありがとうございます。最近の御社の様子を教えていただけますか。"
    conn = store.db.conn
    conn.execute("BEGIN IMMEDIATE")
    for s in range(sessions):
        rec = SessionRecord(
            id=f"s{s:06}", persona_id="distrustful_founder", lang="ja", seed=s, backend="offline",
            user_id=trainees[s % len(trainees)], created_at=stamp, updated_at=stamp, finished=True,
            scores={r: rng.uniform(20, 95) for r in RUBRICS}, hidden_issue_reached=s % 3 == 0,
            turn_count=turns,
        )  # fmt: skip
        conn.execute(INSERT_SESSION, session_row(rec))
        conn.executemany(
            INSERT_TURN,
            [
                turn_row(
                    rec.id,
                    TurnRecord(
                        index=i,
                        trainee_text=text,
                        owner_reply="売上が落ちていてね。" * 3,
                        acts=["open_question", "empathy"],
                        scores={r: 60.0 for r in RUBRICS},
                        evidence=["ますか"],
                        suggestion="相手の言葉を拾いましょう",
                        trust=30.0 + i,
                        stage="guarded",
                        state=engine_state(i),
                        backend="offline",
                        created_at=stamp,
                    ),
                )  # fmt: skip
                for i in range(turns)
            ],
        )
    conn.execute("COMMIT")
    return cohort.id


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def measure_open(store: Store, sessions: int, samples: int = 300) -> list[float]:
    rng = random.Random(1)
    teacher = store.get_user("teacher")
    times = []
    for _ in range(samples):
        sid = f"s{rng.randrange(sessions):06}"
        t0 = time.perf_counter()
        store.get_session(sid, viewer=teacher)
        store.turns(sid, viewer=teacher)
        times.append((time.perf_counter() - t0) * 1000)
    return times


def measure_commits(path: Path, writers: int, turns: int, shared: bool) -> list[float]:
    common = open_store(path)
    stores = [common if shared else open_store(path) for _ in range(writers)]
    times: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(writers)

    def work(store: Store) -> None:
        rec = store.create_session(persona_id="p", lang="ja", seed=0, backend="offline")
        local = []
        barrier.wait()
        for i in range(turns):
            turn = TurnRecord(index=i, trainee_text="質問" * 20, owner_reply="返答" * 30,
                              acts=["open_question"], scores={r: 50.0 for r in RUBRICS},
                              state=engine_state(i))  # fmt: skip
            t0 = time.perf_counter()
            store.append_turn(rec.id, turn)
            local.append((time.perf_counter() - t0) * 1000)
            time.sleep(random.uniform(0, 0.004))  # trainees do not type in lockstep
        with lock:
            times.extend(local)

    threads = [threading.Thread(target=work, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in {id(s): s for s in stores}.values():
        s.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--turns", type=int, default=30)
    parser.add_argument("--writers", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        store = open_store(path)
        t0 = time.perf_counter()
        cohort_id = build(store, args.sessions, args.turns)
        build_s = time.perf_counter() - t0
        size_mb = path.stat().st_size / 1e6
        store.close()

        store = open_store(path)  # cold-ish: a fresh connection, as after a restart
        opens = measure_open(store, args.sessions)
        teacher = store.get_user("teacher")
        t0 = time.perf_counter()
        text = cohort_csv(store, cohort_id, viewer=teacher)
        csv_s = time.perf_counter() - t0
        rows = text.count("\n") - 1
        store.close()

        shared = measure_commits(path, args.writers, 50, shared=True)
        separate = measure_commits(path, args.writers, 50, shared=False)

    results = {
        "sessions": args.sessions, "turns_per_session": args.turns,
        "build_s": round(build_s, 1), "file_mb": round(size_mb, 1),
        "open_session_ms_median": round(statistics.median(opens), 2),
        "open_session_ms_p95": round(pct(opens, 0.95), 2),
        "cohort_csv_s": round(csv_s, 3), "cohort_csv_rows": rows,
        "commit_ms_p50_shared_store": round(statistics.median(shared), 2),
        "commit_ms_p95_shared_store": round(pct(shared, 0.95), 2),
        "commit_ms_p95_connection_per_writer": round(pct(separate, 0.95), 2),
        "commit_ms_p99_connection_per_writer": round(pct(separate, 0.99), 2),
        "writers": args.writers,
    }  # fmt: skip
    targets = {
        "open_session_ms_p95": 50, "cohort_csv_s": 2.0, "commit_ms_p95_shared_store": 5.0,
        "commit_ms_p95_connection_per_writer": 5.0,
    }  # fmt: skip
    for key, value in results.items():
        mark = ""
        if key in targets:
            mark = "  OK" if value <= targets[key] else f"  OVER target {targets[key]}"
        print(f"{key:40} {value}{mark}")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
