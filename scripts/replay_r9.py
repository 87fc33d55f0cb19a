"""Replay blind playtest sessions (r6 onwards) on this build and print every turn's feedback.

Usage: ``PYTHONPATH=. .venv/bin/python scripts/replay_r9.py 'PATTERN' > out.txt`` (a playtest
whose files name no seed: ``SEED_BASE=1400``, session sNN is seed 1400 + NN).

Like ``replay_r6.py`` (same seeds, same trainee words), but prints what the trainee is shown:
the scores, feedback lines, evidence and suggestion of every turn, then the end report, so
two builds can be compared line by line (quotes, suggestions, summary lines).
"""

from __future__ import annotations

import glob
import os
import re
import sys

from simulator.session import open_session


def parse(path: str) -> tuple[str, str, int, list[str]]:
    """Owner id, language, seed and the trainee's turns of one session file."""
    txt = open(path, encoding="utf-8").read()
    seed = re.search(r"\(seed (\d+)\)", txt) or re.search(r"seed[ =:]+(\d+)", txt)
    name = path.split("/")[-1]
    lang = "en" if "_en_" in name else "ja"
    pid = "_".join(name.split("_")[1:-2])
    turns = re.findall(r"^\*\*Trainee:\*\* (.*)$", txt, re.M)
    if not turns:
        turns = re.findall(r"^### TRAINEE: (.*)$", txt, re.M)
    if seed:
        return pid, lang, int(seed.group(1)), turns
    # a playtest that names no seed played session sNN with seed SEED_BASE + NN
    return pid, lang, int(os.environ.get("SEED_BASE", "0")) + int(name[1:3]), turns


def main(pattern: str, report: bool = True) -> None:
    for path in sorted(glob.glob(pattern)):
        pid, lang, seed, turns = parse(path)
        session = open_session(pid, lang=lang, seed=seed, store=None)
        print(f"\n######## {path.split('/')[-1]} {pid} {lang} {seed}")
        for i, trainee in enumerate(turns, 1):
            t = session.say(trainee)
            print(f"T{i} TR: {trainee}\n   OWNER: {t.owner_reply}")
            print("   scores:", ", ".join(f"{k} {'-' if v is None else round(v)}" for k, v in t.scores.items()))
            for f in t.feedback:
                print("   feedback:", f)
            for e in t.evidence:
                print("   evidence:", e)
            if t.suggestion:
                print("   suggestion:", t.suggestion)
            if t.reaction == "end_early":
                break
        if report:
            print("---- report")
            print(session.report().markdown)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/playtests/r8[ab]/s*_*.md")
