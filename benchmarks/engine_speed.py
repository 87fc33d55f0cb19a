"""Engine + offline realiser time per turn (p50/p95/max, wall clock and thread CPU time), and a
whole ``say`` for comparison.

    python benchmarks/engine_speed.py [--turns 2000]
"""

from __future__ import annotations

import argparse
import statistics
import time

from simulator import open_session, persona_ids
from simulator.analysis import analyse
from simulator.bots import GoodTrainee, PoorTrainee
from simulator.datafiles import load_persona
from simulator.engine import EngineState, PersonaEngine
from simulator.voice.offline import compose


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=2000)
    args = parser.parse_args()

    # Collect realistic analyses by letting the bots talk to every owner.
    samples = []
    for pid in persona_ids():
        for lang in ("ja", "en"):
            for bot in (GoodTrainee(lang), PoorTrainee(lang)):
                session = open_session(pid, lang, store=None)
                reply = None
                for _ in range(20):
                    if session.finished:
                        break
                    text = bot.next(reply)
                    samples.append((pid, lang, analyse(text, session.history, lang)))
                    reply = session.say(text).owner_reply

    engine_ms: list[float] = []
    engine_cpu: list[float] = []  # CPU time of this thread: what the turn costs on a busy machine
    personas = {pid: load_persona(pid) for pid in persona_ids()}
    engines = {pid: PersonaEngine(p) for pid, p in personas.items()}
    states = {(pid, lang): EngineState.initial(p, lang) for pid, p in personas.items() for lang in ("ja", "en")}
    for i in range(args.turns):
        pid, lang, analysis = samples[i % len(samples)]
        state = states[pid, lang]
        if state.finished or state.turn >= 25:
            state = EngineState.initial(personas[pid], lang, seed=i)
        t0, c0 = time.perf_counter(), time.thread_time()
        new, intent = engines[pid].step(state, analysis)
        compose(personas[pid], new, intent, analysis.text)
        engine_ms.append((time.perf_counter() - t0) * 1000)
        engine_cpu.append((time.thread_time() - c0) * 1000)
        states[pid, lang] = new

    say_ms: list[float] = []
    for pid in persona_ids():
        session = open_session(pid, "ja", store=None)
        bot = GoodTrainee("ja")
        reply = None
        for _ in range(20):
            if session.finished:
                break
            text = bot.next(reply)
            t0 = time.perf_counter()
            reply = session.say(text).owner_reply
            say_ms.append((time.perf_counter() - t0) * 1000)

    print(f"engine+realiser per turn over {len(engine_ms)} turns (ja and en): "
          f"p50 {statistics.median(engine_ms):.3f} ms, p95 {pct(engine_ms, 0.95):.3f} ms, "
          f"max {max(engine_ms):.3f} ms")
    print(f"  the same, CPU time of the thread (not counting other processes on a shared machine): "
          f"p50 {statistics.median(engine_cpu):.3f} ms, p95 {pct(engine_cpu, 0.95):.3f} ms, "
          f"max {max(engine_cpu):.3f} ms")
    print(f"whole say() (analyse+score+engine+realise, no store) over {len(say_ms)} turns: "
          f"p50 {statistics.median(say_ms):.2f} ms, p95 {pct(say_ms, 0.95):.2f} ms")


if __name__ == "__main__":
    main()
