"""Lead's check: does the held-out good bot out-score the pushy/beginner bots on every rubric,
with every owner, in sessions of different lengths? Public API only.

    python scores_measure.py BOTS_MODULE_PATH [--seeds 0 1] [--lengths 8 30]
"""
from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys

from simulator import load_persona, open_session

PERSONAS = ["distrustful_founder", "reluctant_successor", "move_on_owner", "big_customer_owner",
            "family_values_owner"]
RUBRICS = ["listening", "deep_dive", "summarising", "non_leading"]


def play(mod, kind: str, pid: str, lang: str, seed: int, turns: int) -> dict[str, float]:
    p = load_persona(pid)
    s = open_session(pid, lang, seed=seed, store=None, backend="offline")
    bot = mod.BOTS[kind](lang=lang, seed=seed)
    said = bot.start(p.briefing.get(lang))
    for _ in range(turns):
        if s.finished or not said:
            break
        t = s.say(said)
        said = bot.next(t.owner_reply)
    return s.report().scores


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("bots")
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1])
    ap.add_argument("--lengths", type=int, nargs="+", default=[8, 30])
    a = ap.parse_args()
    spec = importlib.util.spec_from_file_location("heldout_bots", a.bots)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["heldout_bots"] = mod
    spec.loader.exec_module(mod)
    others = [k for k in mod.BOTS if k != "good"]
    wins = total = 0
    losses: list[str] = []
    means: dict[tuple[str, int], dict[str, list[float]]] = {}
    for n in a.lengths:
        for lang in ("ja", "en"):
            for pid in PERSONAS:
                for seed in a.seeds:
                    good = play(mod, "good", pid, lang, seed, n)
                    for kind in ["good", *others]:
                        sc = good if kind == "good" else play(mod, kind, pid, lang, seed, n)
                        m = means.setdefault((kind, n), {r: [] for r in RUBRICS})
                        for r in RUBRICS:
                            m[r].append(sc.get(r, 0.0))
                        if kind == "good":
                            continue
                        for r in RUBRICS:
                            total += 1
                            if good.get(r, 0) > sc.get(r, 0):
                                wins += 1
                            else:
                                losses.append(f"{n} turns {lang} {pid} seed {seed} {r}: good {good.get(r)} vs {kind} {sc.get(r)}")
    print(f"good bot out-scores the others: {wins}/{total} (owner × lang × seed × rubric × length)")
    print("| bot | max turns | " + " | ".join(RUBRICS) + " |")
    print("|---|---:|" + "---:|" * len(RUBRICS))
    for (kind, n), m in sorted(means.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        print(f"| {kind} | {n} | " + " | ".join(f"{statistics.mean(v):.1f}" for v in m.values()) + " |")
    for line in losses[:40]:
        print("  not better:", line)


if __name__ == "__main__":
    main()
