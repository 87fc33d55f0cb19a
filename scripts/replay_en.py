"""Replay the English blind-playtest sessions on this build and list the turns an instructor
judged "reply does not fit" (every round's format: r6 … r13).

Usage: ``PYTHONPATH=. .venv/bin/python scripts/replay_en.py ['benchmarks/playtests/r1[123]*/s*_en_*.md']``
(``ALL=1`` prints every turn). For each misfit turn it prints the trainee's words, the reply the
playtest saw with the instructor's reason, and this build's reply with its reaction and trust.
The same seed gives the same transcript; after the first changed reply of a session the
scripted trainee no longer reacts to what this owner said (a "did I say that?" is then the
replay's doing, not the build's). Sessions without a seed in their file are played with seed 0.
"""

from __future__ import annotations

import glob
import os
import re
import sys

from simulator.session import open_session

Turn = tuple[str, str, str, str]  # trainee, owner reply seen, verdict, reason


def verdict(block: str) -> tuple[str, str]:
    m = re.search(r"(?:reply(?: fits?)?|fit)\s*[:=]?\s*\*{0,2}([yn])\b\*{0,2}(.{0,220})", block, re.I)
    if not m:
        m = re.search(r"- reply ([yn])\b(.{0,200})", block)
    return (m.group(1).lower(), m.group(2).strip()) if m else ("?", "")


def parse(path: str) -> tuple[str, int, list[Turn]]:
    txt = open(path, encoding="utf-8").read()
    seed = re.search(r"seed[ =:]*(\d+)", txt, re.I)
    pid = "_".join(path.split("/")[-1].split("_")[1:-2])
    turns: list[Turn] = []
    for block in re.split(r"\n(?=#{2,3} (?:T|Turn )\d+|### TRAINEE:)", txt)[1:]:
        t = re.search(r"(?:\*\*Trainee:\*\*|TRAINEE:)\s*(.*)", block)
        o = re.search(r"(?:\*\*Owner:\*\*|OWNER:)\s*(.*)", block)
        if t:
            v, why = verdict(block)
            turns.append((t.group(1).strip(), o.group(1).strip() if o else "", v, why))
    return pid, int(seed.group(1)) if seed else 0, turns


def main(patterns: list[str]) -> None:
    total = misfits = 0
    for pattern in patterns:
        for path in sorted(glob.glob(pattern)):
            if "_en_" not in path:
                continue
            pid, seed, turns = parse(path)
            session = open_session(pid, lang="en", seed=seed, store=None)
            print(f"\n######## {path} seed={seed} turns={len(turns)}")
            for i, (trainee, seen, v, why) in enumerate(turns, 1):
                turn = session.say(trainee)
                total += 1
                misfits += v == "n"
                if v == "n" or os.environ.get("ALL"):
                    mark = "!!" if v == "n" else "  "
                    print(f"{mark}T{i} TR: {trainee}\n   OLD[{v}]: {seen[:300]}\n   WHY: {why[:220]}")
                    print(f"   NEW: {turn.owner_reply}  <{turn.reaction} t={turn.trust:.0f}>")
                if turn.reaction == "end_early":
                    break
    print(f"\nturns {total}, judged 'does not fit' in the playtest {misfits}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["benchmarks/playtests/r1[123]*/s*_en_*.md"])
