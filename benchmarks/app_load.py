"""The web app under load: N signed-in users practising at once over the HTTP API.

    python benchmarks/app_load.py [--users 30] [--turns 8] [--concurrency N]

Starts ``python app.py`` in a subprocess on 127.0.0.1 (a free port, a temporary data folder
with one account per user, sign-in on, offline engine), measures the cold start (process
spawned → the page answers), then lets every user (a thread with its own ``gradio_client``
signed in as itself) start a session, say ``--turns`` lines of the scripted good trainee and
finish, all at once. Prints the latency of each call (p50 / p95 / max), errors, the server's
memory, and the turns committed to the store. Only loopback traffic; bounded in count and time.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
from gradio_client import Client

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simulator.bots import GoodTrainee  # noqa: E402
from simulator.store import open_store  # noqa: E402

PASSWORD = "load-test-password"
OWNERS = ("distrustful_founder", "reluctant_successor", "move_on_owner")


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))] if values else float("nan")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_server(data: Path, port: int, concurrency: int | None) -> tuple[subprocess.Popen, float]:
    env = {
        **os.environ,
        "SIM_DATA_DIR": str(data),
        "SIM_HOST": "127.0.0.1",
        "SIM_PORT": str(port),
        "SIM_SIGN_IN": "on",
        "SIM_SESSIONS_PER_MINUTE": "100",
        "GRADIO_ANALYTICS_ENABLED": "False",
    }
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        env.pop(var, None)
    if concurrency:
        env["SIM_CONCURRENCY"] = str(concurrency)
    started = time.perf_counter()
    proc = subprocess.Popen(  # noqa: S603 - our own app
        [sys.executable, str(ROOT / "app.py")],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/"
    deadline = started + 60
    while time.perf_counter() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the app exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(url, timeout=1).status_code in (200, 401):
                return proc, time.perf_counter() - started
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    proc.kill()
    raise SystemExit("the app did not answer within 60 s")


def user_run(
    url: str, n: int, turns: int, think: float, gate: threading.Barrier, out: dict
) -> None:
    try:
        # plain HTTP on loopback: ssl_verify=False only spares httpx loading the CA bundle for
        # every request (gradio_client opens a new httpx client per call: ~50 ms of CPU each)
        client = Client(url, auth=(f"user{n:02d}", PASSWORD), verbose=False, ssl_verify=False)
    except Exception as exc:  # noqa: BLE001
        out["errors"].append(f"user{n}: sign-in: {exc}")
        gate.abort()
        return
    bot = GoodTrainee("ja")
    gate.wait()
    try:
        t0 = time.perf_counter()
        sid, _, _ = client.predict(OWNERS[n % 3], "ja", api_name="/start")
        out["start"].append(time.perf_counter() - t0)
        reply = None
        pause = random.Random(n)
        for _ in range(turns):
            if think:
                time.sleep(think * pause.uniform(0.5, 1.5))  # reading, thinking, typing
            text = bot.next(reply)
            t0 = time.perf_counter()
            chat, _, finished = client.predict(sid, text, [], api_name="/say")
            out["say"].append(time.perf_counter() - t0)
            reply = chat[-1]["content"]
            if finished:
                break
        t0 = time.perf_counter()
        client.predict(sid, [], api_name="/finish")
        out["finish"].append(time.perf_counter() - t0)
        out["sessions"].append(sid)
    except Exception as exc:  # noqa: BLE001
        out["errors"].append(f"user{n}: {type(exc).__name__}: {exc}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=30)
    parser.add_argument("--turns", type=int, default=8)
    parser.add_argument(
        "--think", type=float, default=0.0, help="mean seconds between a reply and the next turn"
    )
    parser.add_argument(
        "--rounds", type=int, default=1, help="repeat the whole load (memory growth check)"
    )
    parser.add_argument("--concurrency", type=int, default=None, help="SIM_CONCURRENCY")
    args = parser.parse_args()

    data = Path(tempfile.mkdtemp(prefix="bansou-load-"))
    store = open_store(data / "simulator.db")
    for n in range(args.users):
        store.add_user(f"user{n:02d}", PASSWORD, "trainee")
    store.close()

    port = free_port()
    proc, cold = start_server(data, port, args.concurrency)
    url = f"http://127.0.0.1:{port}/"
    print(f"cold start to serving: {cold:.2f} s (RSS {rss_mb(proc.pid):.0f} MB)")
    out: dict[str, list] = {"start": [], "say": [], "finish": [], "errors": [], "sessions": []}
    wall = time.perf_counter()
    server_cpu = cpu_s(proc.pid)
    own_cpu = time.process_time()
    for round_no in range(args.rounds):
        gate = threading.Barrier(args.users)
        threads = [
            threading.Thread(target=user_run, args=(url, n, args.turns, args.think, gate, out))
            for n in range(args.users)
        ]
        for th in threads:
            th.start()
        for th in threads:
            th.join(timeout=600)
        if args.rounds > 1:
            print(f"  after round {round_no + 1}: server RSS {rss_mb(proc.pid):.0f} MB")
    wall = time.perf_counter() - wall
    server_cpu = cpu_s(proc.pid) - server_cpu
    own_cpu = time.process_time() - own_cpu
    rss = rss_mb(proc.pid)
    proc.terminate()
    proc.wait(timeout=20)

    print(
        f"{args.users} users × {args.turns} turns × {args.rounds} round(s), think {args.think:g} s, "
        f"concurrency {args.concurrency or 'default'}"
    )
    for name in ("start", "say", "finish"):
        ms = [v * 1000 for v in out[name]]
        if ms:
            print(
                f"  /{name:<6} n={len(ms):4d}  p50 {statistics.median(ms):6.0f} ms  "
                f"p95 {pct(ms, 0.95):6.0f} ms  max {max(ms):6.0f} ms"
            )
    print(f"  errors: {len(out['errors'])}")
    for line in out["errors"][:10]:
        print(f"    {line}")
    store = open_store(data / "simulator.db")
    committed = sum(len(store.turns(sid)) for sid in out["sessions"])
    print(f"  sessions finished: {len(out['sessions'])}, turns in the store: {committed}")
    print(f"  wall time {wall:.1f} s, server RSS after the run {rss:.0f} MB")
    print(f"  CPU: server {server_cpu:.1f} s, the clients (this process) {own_cpu:.1f} s")


if __name__ == "__main__":
    main()
