"""A fake OpenAI-compatible server on 127.0.0.1 for trying the app with a "model" and for the
load benchmark: ``python benchmarks/fake_llm_server.py [--port 0] [--ms 500]``.

The owner's reply follows the director's note (the persona's own example line, plus the fact
the engine unlocked) and streams: the first chunk after 40 % of ``--ms``, the last at 100 %.
The judge's JSON comes whole after ``--ms``. ``--fail`` answers that share of requests with a
500. Prints the base URL, then serves until interrupted. Loopback only; no network.

    OPENAI_BASE_URL=http://127.0.0.1:PORT/v1 SIM_MODEL=fake python app.py
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import threading
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.fake_openai import FakeOpenAI, Reply, is_judge, judge_json, note_reply  # noqa: E402


def behaviour(ms: float, fail: float, seed: int = 0) -> Any:
    server = ms / 1000
    rng = random.Random(seed)
    lock = threading.Lock()

    def reply(body: dict[str, Any]) -> Reply:
        with lock:
            failing = rng.random() < fail
        if failing:
            return Reply(status=500)
        if is_judge(body):
            return Reply(text=judge_json(body), delay=server)
        text = note_reply(body)
        chunks = max(1, -(-len(text) // 3))
        return Reply(
            text=text, chunk_chars=3, first_token=0.4 * server, interval=0.6 * server / chunks
        )

    return reply


def start(port: int = 0, ms: float = 500, fail: float = 0.0) -> FakeOpenAI:
    fake = FakeOpenAI(port=port)
    fake.default = behaviour(ms, fail)
    fake.keep_requests = False  # a long run must not grow
    return fake.__enter__()


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--ms", type=float, default=500, help="server time per reply")
    parser.add_argument("--fail", type=float, default=0.0, help="share of requests answered 500")
    parser.add_argument(
        "--times", type=Path, default=None,
        help="on exit, write the time.perf_counter() of each stream's first chunk, one a line",
    )  # fmt: skip
    args = parser.parse_args()
    fake = start(args.port, args.ms, args.fail)
    fake.keep_requests = args.times is not None  # (a short run: the log stays small)
    signal.signal(signal.SIGTERM, _interrupt)  # terminate() ends it like Ctrl+C
    print(fake.base_url, flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        fake.__exit__()
        if args.times is not None:  # CLOCK_MONOTONIC: comparable with other processes' clocks
            firsts = sorted(r.sent[0] for r in fake.requests if r.sent)
            args.times.write_text("".join(f"{t:.6f}\n" for t in firsts))


if __name__ == "__main__":
    main()
