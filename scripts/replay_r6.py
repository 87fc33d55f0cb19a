"""Replay the blind playtest sessions of round 6 (r6a/r6b) on this build, turn by turn.

Usage: ``PYTHONPATH=. .venv/bin/python scripts/replay_r6.py 'benchmarks/playtests/r6[ab]/s*_*.md'``

For every turn it prints the trainee's words, the owner reply the playtest saw with the
instructor's verdict (fits y/n, and the reason when n), and this build's reply with its reaction
and trust. The same seed gives the same transcript, so a reply that differs was changed by the
build; after the first changed reply of a session the scripted trainee no longer reacts to what
this owner said (judge those turns with that in mind).
"""

from __future__ import annotations

import glob
import re
import sys

from simulator.session import open_session

Turn = tuple[str, str, str, str]  # trainee, owner reply seen, verdict, reason


def parse(path: str) -> tuple[str, str, int, list[Turn]]:
    """Owner id, language, seed and turns of one session file (both playtests' formats)."""
    txt = open(path, encoding="utf-8").read()
    seed = re.search(r"\(seed (\d+)\)", txt)
    name = path.split("/")[-1]
    lang = "en" if "_en_" in name else "ja"
    pid = "_".join(name.split("_")[1:-2])
    turns: list[Turn] = []
    if "**Trainee:**" in txt:
        for block in re.split(r"\n## Turn \d+\n", txt)[1:]:
            t = re.search(r"\*\*Trainee:\*\* (.*)", block)
            o = re.search(r"\*\*Owner:\*\* (.*)", block)
            j = re.search(r"\*\*Judgement:\*\* T\d+ reply (\w)\s*(\(([^)]*)\))?", block)
            if t and o and j:
                turns.append((t.group(1), o.group(1), j.group(1), j.group(3) or ""))
    else:
        said = re.findall(r"### TRAINEE: (.*)\n(?:.*\n)*?OWNER: (.*)", txt)
        table = re.findall(r"^\| *(\d+) *\| *(\w)\W[^|]*\|.*\|([^|]*)\|\s*$", txt, re.M)
        verdicts = {int(n): (v, why.strip()) for n, v, why in table}
        for i, (t, o) in enumerate(said, 1):
            v, why = verdicts.get(i, ("?", ""))
            turns.append((t, o, v, why))
    return pid, lang, int(seed.group(1)) if seed else 0, turns


def main(pattern: str) -> None:
    for path in sorted(glob.glob(pattern)):
        pid, lang, seed, turns = parse(path)
        session = open_session(pid, lang=lang, seed=seed, store=None)
        print(f"\n######## {path} {pid} {lang} {seed}")
        for i, (trainee, seen, verdict, why) in enumerate(turns, 1):
            turn = session.say(trainee)
            print(f"T{i} TR: {trainee}\n   OLD[{verdict}]: {seen}")
            print(f"   {'WHY: ' + why[:200] if verdict == 'n' else ''}")
            print(f"   NEW: {turn.owner_reply}   <{turn.reaction} t={turn.trust:.0f}>")
            if turn.reaction == "end_early":
                break


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/playtests/r6[ab]/s*_*.md")
