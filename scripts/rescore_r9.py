"""Rescore the blind playtests of round 6 (r9a / r9b) turn by turn on this build, in the
transcript the instructor saw, and count the feedback lines he judged unfair that this build
still gives.

Usage: ``PYTHONPATH=. .venv/bin/python scripts/rescore_r9.py [-v]``

Every trainee turn is analysed and scored against the recorded conversation before it (the
owner's replies as the playtest saw them), so a changed reply of this build does not move the
later turns. A line judged unfair (``fbN n``) counts as "still" when this build gives that same
line on that turn. ``LOSTGOOD`` lists lines judged fair that this build no longer gives.
``-v`` prints every turn's acts and lines.
"""

from __future__ import annotations

import glob
import re
import sys

from simulator.acts import Utterance
from simulator.analysis import analyse
from simulator.analysis.attribution import trainee_briefing
from simulator.datafiles import load_persona
from simulator.reporting import persona_names
from simulator.scoring import score_turn

Turn = tuple[str, str, list[str], dict[int, str], set[int]]  # trainee, owner, lines, unfair, fair


def parse(path: str) -> list[Turn]:
    """The turns of one session file: what was said, the lines given and the verdicts on them."""
    txt = open(path, encoding="utf-8").read()
    turns: list[Turn] = []
    for block in re.split(r"\n## Turn \d+\n", txt)[1:]:
        trainee = re.search(r"\*\*Trainee:\*\* (.*)", block)
        owner = re.search(r"^OWNER: (.*)$", block, re.M)
        if not trainee or not owner:
            continue
        lines = re.findall(r"^feedback: (.*)$", block, re.M)
        j = re.search(r"\*\*Judgement:\*\* (.*)", block)
        verdicts = re.findall(r"fb(\d+)[ =]([yn])(?: \(([^)]*))?", j.group(1) if j else "")
        unfair = {int(k): why or "" for k, v, why in verdicts if v == "n"}
        fair = {int(k) for k, v, _ in verdicts if v == "y"}
        turns.append((trainee.group(1).strip(), owner.group(1).strip(), lines, unfair, fair))
    return turns


def main(verbose: bool) -> None:
    judged = still = 0
    for path in sorted(glob.glob("benchmarks/playtests/r9[ab]/s*_*.md")):
        name = path.split("/")[-1]
        lang = "en" if "_en_" in name else "ja"
        persona = load_persona("_".join(name.split("_")[1:-2]))
        shown, names = trainee_briefing(persona, lang), persona_names(persona)
        history: list[Utterance] = []
        prior: list[list[str]] = []
        for i, (trainee, owner, old, unfair, fair) in enumerate(parse(path), 1):
            a = analyse(trainee, history, lang, briefing=shown)
            new = list(score_turn(a, history, prior_acts=prior, names=names).feedback)
            prior.append([str(x) for x in a.acts])
            where = f"{path.split('/')[-2]} {name[:3]} T{i}"
            for k, why in sorted(unfair.items()):
                if k <= len(old):
                    judged += 1
                    still += old[k - 1] in new
                    tag = "STILL" if old[k - 1] in new else "GONE "
                    print(f"{tag} {where} fb{k}: {old[k - 1][:70]} | {why[:90]}")
            for k in sorted(fair):
                if k <= len(old) and old[k - 1] not in new:
                    print(f"LOSTGOOD {where} fb{k}: {old[k - 1][:90]}")
            if verbose:
                print(f"--- {where} {lang}: {trainee}\n   acts: {[str(x) for x in a.acts]}")
                print("".join(f"   NEW: {line}\n" for line in new), end="")
            history += [Utterance(speaker="trainee", text=trainee), Utterance(speaker="owner", text=owner)]
    print(f"lines judged unfair: {judged}; this build still gives {still}; no longer {judged - still}")


if __name__ == "__main__":
    main("-v" in sys.argv)
