"""Rescore the blind playtests of rounds 11 and 12 (benchmarks/playtests/r11a … r12b) turn by turn
on this build, with the owner replies as recorded, and print each turn's feedback then and now with
the instructor's verdict (fb12). ``-n``: only turns with a feedback line judged unfair.
``TURNS="r12a/s03:4 r12b/s10:2"`` limits the output to those turns.

Usage: ``PYTHONPATH=. .venv/bin/python scripts/rescore_r12.py [-n] 'benchmarks/playtests/r1[12][ab]/s*.md'``
"""

from __future__ import annotations

import glob
import os
import re
import sys

from simulator.acts import Utterance
from simulator.analysis.attribution import trainee_briefing
from simulator.datafiles import load_persona
from simulator.reporting import persona_names
from simulator.scoring.session import score_conversation

Turn = dict[str, object]


def parse(path: str) -> tuple[str | None, str, list[dict[str, str | list[str]]]]:
    """Owner id, language and turns (trainee, owner, feedback lines, judgement) of a session file
    (the four formats of r11a, r11b, r12a, r12b)."""
    txt = open(path, encoding="utf-8").read()
    name = path.split("/")[-1]
    lang = "en" if "_en_" in name else "ja"
    m = re.match(r"s\d+_(.*)_(ja|en)_", name)
    if not m:
        return None, lang, []
    turns: list[dict[str, str | list[str]]] = []
    for block in re.split(r"^#{2,3} (?:Turn |T)\d+\s*$", txt, flags=re.M)[1:]:
        t = re.search(r"^(?:TRAINEE: |\*\*Trainee:\*\* )(.*)$", block, re.M)
        o = re.search(r"^OWNER: (.*)$", block, re.M)
        if t and o:
            turns.append({
                "trainee": t.group(1).strip(),
                "owner": o.group(1).strip(),
                "fb": re.findall(r"^feedback: (.*)$", block, re.M),
                "judge": " ".join(block.rsplit("```", 1)[-1].split()),
            })
    return m.group(1), lang, turns


def unfair(judge: str) -> bool:
    seg = re.search(r"(?:\bfb\b:?|\bfeedback\b)(.*?)(?:\||·|- q|\bquotes?\b|$)", judge)
    return bool(seg and re.search(r"\bn\b", seg.group(1))) or bool(re.search(r"\bfb\d\s+n\b", judge))


def main(patterns: list[str], only_unfair: bool) -> None:
    want = set(os.environ.get("TURNS", "").split())
    for pattern in patterns:
        for path in sorted(glob.glob(pattern)):
            pid, lang, turns = parse(path)
            if pid is None:
                continue
            utts: list[Utterance] = []
            for t in turns:
                utts += [Utterance(speaker="trainee", text=str(t["trainee"])), Utterance(speaker="owner", text=str(t["owner"]))]
            persona = load_persona(pid)
            cs = score_conversation(utts, lang, names=persona_names(persona), briefing=trainee_briefing(persona, lang))  # type: ignore[arg-type]
            now = [t for t in cs.turns if t.speaker == "trainee"]
            print(f"######## {path}")
            key = "/".join(path.split("/")[-2:])[:8]
            for i, (t, n) in enumerate(zip(turns, now, strict=False), 1):
                flag = unfair(str(t["judge"]))
                if (only_unfair and not flag) or (want and f"{key}:{i}" not in want):
                    continue
                print(f"T{i} {'*' if flag else ' '} TR: {t['trainee']}")
                for f in t["fb"]:
                    print("   then:", f)
                print("   JUDGE:", str(t["judge"])[:400])
                for f in n.feedback:
                    print("   now: ", f)


if __name__ == "__main__":
    main([a for a in sys.argv[1:] if a != "-n"] or ["benchmarks/playtests/r1[12][ab]/s*.md"], "-n" in sys.argv)
