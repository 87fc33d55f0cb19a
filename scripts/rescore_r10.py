"""Rescore the blind playtests of round 10 (/work/playtest_r10a, /work/playtest_r10b) turn by turn
on this build, in the transcript the instructor saw, and count the feedback lines he judged
unfair that this build still gives (like ``rescore_r9.py``, for the raw logs and verdict files of
these two playtests). It reads the players' working folders (raw logs, verdict files and their
``play.db``), which are not kept in the repository: ``benchmarks/playtests/r10a``, ``r10b`` hold the
judged session files and summaries only.

Usage: ``PYTHONPATH=. .venv/bin/python scripts/rescore_r10.py [DIR ...] [-v]``
"""

from __future__ import annotations

import glob
import re
import sqlite3
import sys

from simulator.acts import Utterance
from simulator.analysis import analyse
from simulator.analysis.attribution import trainee_briefing
from simulator.datafiles import load_persona
from simulator.reporting import persona_names
from simulator.scoring import score_turn

Turn = tuple[str, str, list[str]]


def raw_turns(path: str) -> list[Turn]:
    out: list[Turn] = []
    for block in re.split(r"^(?:###|===) TRAINEE: ", open(path, encoding="utf-8").read(), flags=re.M)[1:]:
        trainee = block.split("\n", 1)[0].strip()
        owner = re.search(r"^OWNER: (.*)$", block, re.M)
        lines = re.findall(r"^feedback: (.*)$", block, re.M)
        if owner:
            out.append((trainee, owner.group(1).strip(), lines))
    return out


def verdicts_a(path: str) -> dict[int, dict[int, tuple[str, str]]]:
    """r10a: ``T3 …: … | fb1 '…' fair n (why) | fb2 … fair y``."""
    out: dict[int, dict[int, tuple[str, str]]] = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"T(\d+)\b", line)
        if not m:
            continue
        for k, v, why in re.findall(r"fb(\d+)[^|]*?fair (y|n)\b(?: \(([^|]*)\))?", line):
            out.setdefault(int(m.group(1)), {})[int(k)] = (v, why)
    return out


def verdicts_b(path: str) -> dict[int, dict[int, tuple[str, str]]]:
    """r10b: a table, ``| 2 | … | n | 1n 2y | … | reasons |``."""
    out: dict[int, dict[int, tuple[str, str]]] = {}
    for line in open(path, encoding="utf-8"):
        cells = [c.strip() for c in line.split("|")]
        if len(cells) < 9 or not cells[1].isdigit():
            continue
        for k, v in re.findall(r"(\d)\s*\**([yn])\**", cells[4]):
            out.setdefault(int(cells[1]), {})[int(k)] = (v, cells[8])
    return out


def sessions(folder: str) -> list[tuple[str, str, str, dict[int, dict[int, tuple[str, str]]]]]:
    """(name, raw log, session id, verdicts) of the playtest in ``folder``."""
    out = []
    if glob.glob(f"{folder}/j_s*.md"):
        ids = {}
        for f in glob.glob(f"{folder}/sessions*.txt"):
            ids.update(dict(line.split() for line in open(f) if line.strip()))
        for j in sorted(glob.glob(f"{folder}/j_s*.md")):
            name = re.search(r"(s\d+)", j).group(1)  # type: ignore[union-attr]
            raw = f"{folder}/raw_{name}.log"
            if name in ids and glob.glob(raw):
                out.append((name, raw, ids[name], verdicts_a(j)))
    for f in sorted(glob.glob(f"{folder}/s[0-9]*_*.md")):
        head = open(f, encoding="utf-8").readline()
        sid = re.search(r"session ([0-9a-f]{32})", head)
        raw = f"{folder}/raw_{sid.group(1)}.log" if sid else ""
        if sid and glob.glob(raw):
            out.append((f.split("/")[-1][:3], raw, sid.group(1), verdicts_b(f)))
    return out


def main(folders: list[str], verbose: bool) -> None:
    judged = still = 0
    for folder in folders:
        db = sqlite3.connect(f"file:{folder}/play.db?mode=ro", uri=True)
        for name, raw, sid, verdicts in sessions(folder):
            row = db.execute("select persona_id, lang from sessions where id = ?", (sid,)).fetchone()
            if not row:
                continue
            persona, lang = load_persona(row[0]), row[1]
            shown, names = trainee_briefing(persona, lang), persona_names(persona)
            history: list[Utterance] = []
            prior: list[list[str]] = []
            for i, (trainee, owner, old) in enumerate(raw_turns(raw), 1):
                a = analyse(trainee, history, lang, briefing=shown)
                new = list(score_turn(a, history, prior_acts=prior, names=names).feedback)
                prior.append([str(x) for x in a.acts])
                where = f"{folder.split('_')[-1]} {name} T{i}"
                for k, (v, why) in sorted(verdicts.get(i, {}).items()):
                    if k > len(old):
                        continue
                    if v == "n":
                        judged += 1
                        still += old[k - 1] in new
                        tag = "STILL" if old[k - 1] in new else "GONE "
                        print(f"{tag} {where} fb{k}: {old[k - 1][:70]} | {why[:90]}")
                    elif old[k - 1] not in new:
                        print(f"LOSTGOOD {where} fb{k}: {old[k - 1][:90]}")
                if verbose:
                    print(f"--- {where} {lang}: {trainee}\n   acts: {[str(x) for x in a.acts]}")
                    print("".join(f"   NEW: {line}\n" for line in new), end="")
                history += [Utterance(speaker="trainee", text=trainee), Utterance(speaker="owner", text=owner)]
    print(f"lines judged unfair: {judged}; this build still gives {still}; no longer {judged - still}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    main(args or ["/work/playtest_r10a", "/work/playtest_r10b"], "-v" in sys.argv)
