"""The web app under load: N signed-in users practising at once over the HTTP API.

    python benchmarks/app_load.py [--users 30] [--turns 8] [--concurrency N]
    python benchmarks/app_load.py --llm-ms 500 [--stream] [--no-judge] [--users 30]

Starts ``python app.py`` in a subprocess on 127.0.0.1 (a free port, a temporary data folder
with one account per user, sign-in on, offline engine), measures the cold start (process
spawned → the page answers), then lets every user (a thread with its own ``gradio_client``
signed in as itself) start a session, say ``--turns`` lines of the scripted good trainee and
finish, all at once. Prints the latency of each call (p50 / p95 / max), errors, the server's
memory, and the turns committed to the store. Only loopback traffic; bounded in count and time.

With ``--llm-ms``, the app is configured with a model: the fake OpenAI-compatible server of
``benchmarks/fake_llm_server.py`` runs in its own process on 127.0.0.1 and answers every call
in that many ms (the owner's reply streams from 40 % of it to the end; the judge's JSON, on
unless ``--no-judge``, comes whole at the end). A turn then waits on the model; with the
queue's concurrency for model calls (``SIM_CONCURRENCY``, default 32 with a model) the turns of
different users overlap and a turn costs about one server time plus our overhead, not N of
them. ``--stream`` sends the turns through ``/say_stream`` and also measures the time to the
first piece of the reply at the client; with one user, also the time from the fake sending a
stream's first chunk to the client holding it, on one clock (CLOCK_MONOTONIC). Wall time and
CPU are counted from the moment every user has signed in.
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


def start_fake(ms: float, log: Path, times: Path) -> tuple[subprocess.Popen, str]:
    """The fake model server in its own process (its CPU is not the app's nor the clients')."""
    script = str(ROOT / "benchmarks" / "fake_llm_server.py")
    proc = subprocess.Popen(  # noqa: S603 - our own script
        [sys.executable, script, "--ms", str(ms), "--times", str(times)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=log.open("w"), text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    if not url.startswith("http://127.0.0.1:"):
        proc.kill()
        raise SystemExit(f"the fake model server did not start: {log.read_text()[-2000:]}")
    return proc, url


def start_server(
    data: Path, port: int, concurrency: int | None, llm: dict[str, str] | None = None
) -> tuple[subprocess.Popen, float]:
    env = {
        **os.environ,
        "SIM_DATA_DIR": str(data),
        "SIM_HOST": "127.0.0.1",
        "SIM_PORT": str(port),
        "SIM_SIGN_IN": "on",
        "SIM_SESSIONS_PER_MINUTE": "100",
        "GRADIO_ANALYTICS_ENABLED": "False",
    }
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SIM_MODEL", "SIM_JUDGE_MODEL", "SIM_JUDGE"):
        env.pop(var, None)
    env.update(llm or {})
    if concurrency:
        env["SIM_CONCURRENCY"] = str(concurrency)
    started = time.perf_counter()
    proc = subprocess.Popen(  # noqa: S603 - our own app
        [sys.executable, str(ROOT / "app.py")],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=(data / "app.log").open("w"),
    )  # fmt: skip  (a log file, not a pipe: nobody reads a pipe, and a full one blocks the app)
    url = f"http://127.0.0.1:{port}/"
    deadline = started + 60
    while time.perf_counter() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the app exited: {(data / 'app.log').read_text()[-2000:]}")
        try:
            if httpx.get(url, timeout=1).status_code in (200, 401):
                return proc, time.perf_counter() - started
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    proc.kill()
    raise SystemExit("the app did not answer within 60 s")


def user_run(
    url: str, n: int, turns: int, think: float, gate: threading.Barrier, out: dict,
    stream: bool = False,
) -> None:  # fmt: skip
    client = None
    for attempt in range(3):  # signing in is not measured: on a busy machine, try again
        try:
            # plain HTTP on loopback: ssl_verify=False only spares httpx loading the CA bundle
            # for every request (gradio_client opens a new httpx client per call: ~50 ms each)
            client = Client(url, auth=(f"user{n:02d}", PASSWORD), verbose=False, ssl_verify=False)
            break
        except Exception as exc:  # noqa: BLE001
            if attempt == 2:
                out["errors"].append(f"user{n}: sign-in: {exc}")
                gate.abort()
                return
            time.sleep(1 + n % 5)
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
            if stream:
                chat, turn, finished = streamed(client, sid, text, t0, out)
            else:
                chat, turn, finished = client.predict(sid, text, [], api_name="/say")
            out["say"].append(time.perf_counter() - t0)
            out["backends"].append(turn.get("backend", "?"))
            out["judged"].append(bool(turn.get("judge")) and turn["judge"]["status"] != "failed")
            reply = chat[-1]["content"]
            if finished:
                break
        t0 = time.perf_counter()
        client.predict(sid, [], api_name="/finish")
        out["finish"].append(time.perf_counter() - t0)
        out["sessions"].append(sid)
    except Exception as exc:  # noqa: BLE001
        out["errors"].append(f"user{n}: {type(exc).__name__}: {exc}")


def streamed(client: Client, sid: str, text: str, t0: float, out: dict) -> tuple:
    """One turn through ``/say_stream``: the time to the first piece of the reply, the result.

    Polled every 10 ms (2 ms for one user; the resolution of the figure): iterating a ``Job``
    spins on a 1 ms sleep, and 30 spinning client threads would take the CPU being measured."""
    job = client.submit(sid, text, api_name="/say_stream")
    first = None
    while not job.done():
        if first is None:
            for chat, turn, _ in job.outputs():
                if chat and chat[-1]["role"] == "assistant" and not turn:
                    first = time.perf_counter()
                    break
        time.sleep(out["poll"])
    last = job.result()
    if first is not None:
        out["first"].append(first - t0)
        out["windows"].append((t0, first))
    return tuple(last)


def first_chunk_gaps(times: Path, windows: list[tuple[float, float]]) -> list[float]:
    """ms from the fake sending a stream's first chunk to the client holding it: the last first
    chunk sent inside each turn's window (``perf_counter`` is CLOCK_MONOTONIC on Linux, one
    clock for every process)."""
    if not times.exists():
        return []
    sent = [float(line) for line in times.read_text().split()]
    gaps = []
    for t0, seen in windows:
        inside = [t for t in sent if t0 <= t <= seen]
        if inside:
            gaps.append((seen - max(inside)) * 1000)
    return gaps


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
    parser.add_argument(
        "--llm-ms", type=float, default=None, help="configure a model: the fake answers in MS"
    )
    parser.add_argument("--no-judge", action="store_true", help="with --llm-ms: SIM_JUDGE=off")
    parser.add_argument("--stream", action="store_true", help="turns through /say_stream")
    args = parser.parse_args()

    data = Path(tempfile.mkdtemp(prefix="bansou-load-"))
    store = open_store(data / "simulator.db")
    for n in range(args.users):
        store.add_user(f"user{n:02d}", PASSWORD, "trainee")
    store.close()

    fake, llm = None, None
    if args.llm_ms is not None:
        fake, base_url = start_fake(args.llm_ms, data / "fake.log", data / "fake-times.txt")
        llm = {"OPENAI_BASE_URL": base_url, "OPENAI_API_KEY": "sk-load-test", "SIM_MODEL": "fake",
               "SIM_JUDGE": "off" if args.no_judge else "on"}  # fmt: skip
    port = free_port()
    proc, cold = start_server(data, port, args.concurrency, llm)
    url = f"http://127.0.0.1:{port}/"
    print(f"cold start to serving: {cold:.2f} s (RSS {rss_mb(proc.pid):.0f} MB)")
    if args.llm_ms is not None:  # the server warms up in the background: one turn first
        warm = Client(url, auth=("user00", PASSWORD), verbose=False, ssl_verify=False)
        sid, _, _ = warm.predict("move_on_owner", "ja", api_name="/start")
        warm.predict(sid, "本日はよろしくお願いします。", [], api_name="/say")
    out: dict[str, list] = {"start": [], "say": [], "finish": [], "errors": [], "sessions": [],
                            "first": [], "backends": [], "judged": [], "windows": [],
                            "poll": 0.002 if args.users == 1 else 0.01}  # fmt: skip
    # measured from the moment every user has signed in (the password hash is slow on purpose)
    # to the end of the round: wall time and the CPU of each process
    def sample() -> tuple[float, float, float, float]:
        fake_cpu = cpu_s(fake.pid) if fake is not None else 0.0
        return time.perf_counter(), cpu_s(proc.pid), fake_cpu, time.process_time()

    totals = [0.0, 0.0, 0.0, 0.0]  # wall, server CPU, fake CPU, own CPU
    signin_cpu = cpu_s(proc.pid)
    for round_no in range(args.rounds):
        marks: list[tuple[float, float, float, float]] = []
        gate = threading.Barrier(args.users, action=lambda marks=marks: marks.append(sample()))
        threads = [
            threading.Thread(
                target=user_run, args=(url, n, args.turns, args.think, gate, out, args.stream)
            )
            for n in range(args.users)
        ]
        for th in threads:
            th.start()
        for th in threads:
            th.join(timeout=600)
        if marks:
            end = sample()
            if round_no == 0:
                signin_cpu = marks[0][1] - signin_cpu
            for i in range(4):
                totals[i] += end[i] - marks[0][i]
        if args.rounds > 1:
            print(f"  after round {round_no + 1}: server RSS {rss_mb(proc.pid):.0f} MB")
    wall, server_cpu, fake_cpu, own_cpu = totals
    rss = rss_mb(proc.pid)
    proc.terminate()
    proc.wait(timeout=20)
    if fake is not None:
        fake.terminate()
        fake.wait(timeout=20)

    model = "offline"
    if args.llm_ms is not None:
        model = f"model answering in {args.llm_ms:g} ms, judge {'off' if args.no_judge else 'on'}"
    print(
        f"{args.users} users × {args.turns} turns × {args.rounds} round(s), think {args.think:g} s, "
        f"concurrency {args.concurrency or 'default'}, {model}"
        + (", through /say_stream" if args.stream else "")
    )
    if out["first"]:
        ms = [v * 1000 for v in out["first"]]
        print(
            f"  first piece of the reply at the client  n={len(ms):4d}  p50 "
            f"{statistics.median(ms):6.0f} ms  p95 {pct(ms, 0.95):6.0f} ms  max {max(ms):6.0f} ms"
        )
        # the fake sends its first chunk 0.4 × --llm-ms after the request reaches it: what is
        # left is the app before the call (prompt, guard) and the way back to the client
        late = [v - 0.4 * args.llm_ms for v in ms]
        print(
            f"    of which after the fake's first chunk (an upper bound): p50 "
            f"{statistics.median(late):6.0f} ms  p95 {pct(late, 0.95):6.0f} ms"
        )
        gaps = first_chunk_gaps(data / "fake-times.txt", out["windows"]) if args.users == 1 else []
        if gaps:  # one user: each turn's window holds its own stream's first chunk
            print(
                f"    after the fake sent it (same clock, one user)  n={len(gaps):4d}  p50 "
                f"{statistics.median(gaps):6.1f} ms  p95 {pct(gaps, 0.95):6.1f} ms  "
                f"max {max(gaps):6.1f} ms"
            )
    if args.llm_ms is not None:
        voiced = sum(1 for b in out["backends"] if b == "openai")
        print(
            f"  turns voiced by the model: {voiced} of {len(out['backends'])}; "
            f"judged: {sum(out['judged'])}"
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
    print(f"  wall time {wall:.1f} s after sign-in, server RSS after the run {rss:.0f} MB")
    print(f"  signing {args.users} users in (first round): server CPU {signin_cpu:.1f} s")
    calls = len(out["start"]) + len(out["say"]) + len(out["finish"])
    print(
        f"  CPU after sign-in: server {server_cpu:.1f} s "
        f"({server_cpu / max(1, calls) * 1000:.0f} ms a call), "
        f"the clients (this process) {own_cpu:.1f} s"
        + (f", the fake model server {fake_cpu:.1f} s" if fake is not None else "")
    )


if __name__ == "__main__":
    main()
