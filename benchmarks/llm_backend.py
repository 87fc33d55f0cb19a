"""The LLM backend against the fake OpenAI-compatible server (tests/fake_openai.py), through
the real ``openai`` client on 127.0.0.1.

    python benchmarks/llm_backend.py [--turns 20] [--server-ms 500]

Latency: the server answers in ``--server-ms`` (the owner's reply streams: first chunk after
40 % of it, the last at 100 %; the judge's JSON comes whole at 100 %). Per turn: the time of
``say_stream`` until the committed turn (judge on, store on disk), and the gap between the
server sending the first chunk and the caller receiving it. Targets: turn ≤ 1.15 × server
time; first chunk ≤ 50 ms.

Tokens: a good scripted trainee talks 20 turns with every owner (ja). Per prompt: the tokens
(the shipped o200k_base), the leading prefix it shares with the previous prompt, the cached
tokens the fake provider reports (1,024 tokens and up, in 128-token blocks, like OpenAI's),
and a naive prompt that resends the whole persona file and the whole history. Targets: stable
prefix ≥ 60 % of the prompt tokens sent; total ≤ 0.5 × naive. Then 40 turns with a long
meeting: the largest prompt and the verbatim history against the budget.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from simulator import open_session, persona_ids  # noqa: E402
from simulator.bots import GoodTrainee  # noqa: E402
from simulator.datafiles import load_persona  # noqa: E402
from simulator.persona import Persona, Reaction  # noqa: E402
from simulator.session import Partial, Turn  # noqa: E402
from simulator.settings import Settings  # noqa: E402
from simulator.tokens import chat_tokens, count_tokens, shared_prefix  # noqa: E402
from tests.fake_openai import FakeOpenAI, Reply, judge_json, obliging_owner  # noqa: E402

PERSONA_DIR = Path(__file__).resolve().parent.parent / "personas"
EARLY = (
    Reaction.ANSWER_OPEN,
    Reaction.EMPATHY_RESPONSE,
    Reaction.SUMMARY_RELIEF,
    Reaction.REFLECTION_RESPONSE,
)


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))]


def owner_lines(persona: Persona) -> itertools.cycle[str]:
    """What the fake model says: the persona's own early lines (they pass the guard)."""
    return itertools.cycle([line for r in EARLY for line in persona.lines[r].ja])


def long_meeting(persona: Persona, turns: int = 60) -> Persona:
    behaviour = persona.behaviour.model_copy(update={"max_turns": turns})
    return persona.model_copy(update={"behaviour": behaviour})


def settings(fake: FakeOpenAI, **kw: Any) -> Settings:
    return Settings(
        openai_base_url=fake.base_url,
        openai_api_key="sk-bench",
        model="owner",
        judge_model="judge",
        llm_timeout=10,
        **kw,
    )


# -- latency ------------------------------------------------------------------------------------


def latency(turns: int, server_ms: float, judge: bool, parallel: int = 1) -> dict[str, list[float]]:
    server = server_ms / 1000
    out: dict[str, list[float]] = {"turn": [], "first": [], "overhead": []}
    lock = threading.Lock()
    with FakeOpenAI() as fake, tempfile.TemporaryDirectory() as tmp:
        lines: dict[str, itertools.cycle[str]] = {}

        def owner(body: dict[str, Any]) -> Reply:
            persona_id = body["messages"][0]["content"].split(" of ", 1)[1].split(".", 1)[0]
            text = next(
                lines.setdefault(persona_id, owner_lines(load_persona(pid_by_company[persona_id])))
            )
            chunks = max(1, len(text) // 3)
            return Reply(
                text=text, chunk_chars=3, first_token=0.4 * server, interval=0.6 * server / chunks
            )

        pid_by_company = {load_persona(p).company.name.ja: p for p in persona_ids()}
        fake.default = lambda body: (
            owner(body) if body["model"] == "owner" else Reply(text=judge_json(body), delay=server)
        )
        conf = settings(fake, judge_enabled=judge)

        def one_user(pid: str) -> None:
            session = open_session(pid, "ja", store=Path(tmp) / "bench.db", settings=conf)
            trainee = GoodTrainee("ja")
            reply = None
            for n in range(turns + 1):
                if session.finished:
                    break
                text = trainee.next(reply)
                started = time.perf_counter()
                first = None
                for item in session.say_stream(text):
                    if isinstance(item, Partial) and first is None and item.text:
                        first = time.perf_counter()
                    last = item
                done = time.perf_counter()
                assert isinstance(last, Turn) and last.backend == "openai", last.notice
                reply = last.owner_reply
                static = session.persona.company.name.ja
                request = [  # this user's last request (several users may say the same words)
                    r
                    for r in fake.requests
                    if r.model == "owner"
                    and static in r.messages[0]["content"]
                    and r.sent
                    and any(m["content"] == text for m in r.messages)
                ][-1]
                if n == 0:
                    continue  # the first turn of a process pays the imports
                with lock:
                    out["turn"].append((done - started) * 1000)
                    # ours, not the server's: before the request arrives + after its last chunk
                    ours = (request.received - started) + (done - request.sent[-1])
                    out["overhead"].append(ours * 1000)
                    if first is not None and request.sent:
                        out["first"].append((first - request.sent[0]) * 1000)

        pids = list(itertools.islice(itertools.cycle(persona_ids()), parallel))
        threads = [threading.Thread(target=one_user, args=(p,)) for p in pids]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    return out


def show_latency(name: str, data: dict[str, list[float]], server_ms: float) -> None:
    turn, first = data["turn"], data["first"]
    print(
        f"{name:34} n={len(turn):3}  turn p50 {statistics.median(turn):6.0f} ms  p95 "
        f"{pct(turn, 0.95):6.0f} ms  max {max(turn):6.0f} ms  (target ≤ {1.15 * server_ms:.0f})   "
        f"first chunk p50 {statistics.median(first):5.1f} ms  p95 {pct(first, 0.95):5.1f} ms  "
        f"max {max(first):5.1f} ms  (target ≤ 50)   our overhead p50 "
        f"{statistics.median(data['overhead']):4.0f} ms  p95 {pct(data['overhead'], 0.95):4.0f} ms"
    )


# -- tokens -------------------------------------------------------------------------------------


def token_run(persona_id: str, turns: int, budget: int | None = None) -> dict[str, Any]:
    persona = long_meeting(load_persona(persona_id))
    naive_persona = count_tokens((PERSONA_DIR / f"{persona_id}.yaml").read_text(encoding="utf-8"))
    lines = owner_lines(persona)
    with FakeOpenAI() as fake:
        fake.default = obliging_owner(lines)
        extra = {"llm_history_tokens": budget} if budget else {}
        session = open_session(
            persona, "ja", store=None, settings=settings(fake, judge_enabled=False, **extra)
        )
        trainee = GoodTrainee("ja")
        reply = None
        played = []
        for _ in range(turns):
            turn = session.say(trainee.next(reply))
            assert turn.backend == "openai", turn.notice
            played.append(turn)
            reply = turn.owner_reply
        prompts = [chat_tokens(r.messages) for r in fake.requests]
        verbatim = [
            sum(count_tokens(m["content"]) + 4 for m in r.messages[1:-1] if m["role"] != "system")
            for r in fake.requests
        ]
    naive = []
    history_tokens = 0
    for turn in played:  # the whole persona file and the whole history, every turn
        history_tokens += count_tokens(turn.trainee_text) + 4
        naive.append(naive_persona + history_tokens)
        history_tokens += count_tokens(turn.owner_reply) + 4
    stable = [0] + [shared_prefix(a, b) for a, b in zip(prompts, prompts[1:], strict=False)]
    return {
        "sent": sum(len(p) for p in prompts),
        "stable": sum(stable),
        "naive": sum(naive),
        "cached": sum(t.tokens_cached for t in played),
        "reported": sum(t.tokens_in for t in played),
        "max_prompt": max(len(p) for p in prompts),
        "max_verbatim": max(verbatim),
        "static": len(chat_tokens(fake.requests[0].messages[:1])),
    }


def billed(r: dict[str, Any]) -> float:
    """Input tokens as billed when cached tokens cost half (OpenAI's discount)."""
    return r["sent"] - r["cached"] / 2


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=20)
    parser.add_argument("--server-ms", type=float, default=500)
    parser.add_argument("--latency-only", action="store_true")
    args = parser.parse_args()

    print(f"Latency, server answering in {args.server_ms:.0f} ms ({args.turns} turns per owner)")
    for name, judge, parallel in (
        ("voice + judge, 1 user", True, 1),
        ("voice only, 1 user", False, 1),
        ("voice + judge, 4 users at once", True, 4),
    ):
        show_latency(name, latency(args.turns, args.server_ms, judge, parallel), args.server_ms)
    if args.latency_only:
        return

    print(f"\nTokens over {args.turns} turns (ja, good trainee, default history budget)")
    print(
        f"{'owner':22} {'static':>6} {'sent':>7} {'stable':>7} {'share':>6} {'cached':>7} {'naive':>8} {'÷naive':>7} {'billed':>8}"
    )
    totals = {"sent": 0, "stable": 0, "naive": 0, "cached": 0}
    for pid in persona_ids():
        r = token_run(pid, args.turns)
        for k in totals:
            totals[k] += r[k]
        print(
            f"{pid:22} {r['static']:6} {r['sent']:7} {r['stable']:7} {r['stable'] / r['sent']:6.1%} "
            f"{r['cached']:7} {r['naive']:8} {r['sent'] / r['naive']:7.1%} {billed(r):8.0f}"
        )
    print(
        f"{'all':22} {'':6} {totals['sent']:7} {totals['stable']:7} {totals['stable'] / totals['sent']:6.1%} "
        f"{totals['cached']:7} {totals['naive']:8} {totals['sent'] / totals['naive']:7.1%} {billed(totals):8.0f}"
        "\n(targets: share ≥ 60 %, ÷naive ≤ 50 %; billed: uncached + half the cached tokens)"
    )

    print("\n40 turns, history budget 1200 (default) and 600")
    for budget in (1200, 600):
        r = token_run("reluctant_successor", 40, budget)
        print(
            f"budget {budget:5}: largest prompt {r['max_prompt']} tokens, largest verbatim history "
            f"{r['max_verbatim']} (≤ {budget}), stable share {r['stable'] / r['sent']:.1%}, "
            f"cached {r['cached'] / r['sent']:.1%} of the prompt tokens sent"
        )


if __name__ == "__main__":
    main()
