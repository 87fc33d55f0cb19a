"""Replay every trainee turn of the blind playtests through the analyser and scorer and list the
turns where a reflection gives back what the owner never said (issue 8: ``invented``, and the
older ``unsaid`` / ``from_form``). The owner's words are the ones the playtest saw.

Usage: ``PYTHONPATH=. .venv/bin/python benchmarks/invented_replay.py [FILES...]``
(default: benchmarks/playtests/r*/s*_*.md, with r10b's turns read from /work/playtest_r10b when
there). Prints one line per flagged turn; judge them against the playtest's own verdicts.
``--bots [MODULE] [SEEDS]`` plays the development bots instead (every owner, both languages) and
lists the turns whose feedback names a reflection of what the owner never said.
"""

from __future__ import annotations

import glob
import os
import re
import sys

from simulator.acts import Utterance
from simulator.analysis import analyse
from simulator.analysis.attribution import trainee_briefing
from simulator.datafiles import load_persona
from simulator.scoring.turn import score_turn

_TR = re.compile(r"^(?:#+\s*|===\s*|\*\*)?(?:TRAINEE|Trainee)(?::\*\*|:)\s*(.*)")
_OW = re.compile(r"^(?:\*\*)?(?:OWNER|Owner)(?::\*\*|:)\s*(.*)")
FLAGS = ("invented", "unsaid", "from_form")
GIVE_BACKS = [0, 0]  # turns read as a reflection or summary, turns replayed


def turns(text: str) -> list[tuple[str, str]]:
    """(speaker, text) in order, as the playtest saw them."""
    out: list[tuple[str, str]] = []
    for line in text.splitlines():
        if m := _TR.match(line):
            out.append(("trainee", m.group(1).strip()))
        elif (m := _OW.match(line)) and out and out[-1][0] == "trainee":
            out.append(("owner", m.group(1).strip()))
    return out


def source(path: str) -> str:
    """The session file's text, or its raw log's when the file only judges the turns (r10b's
    raw_SESSION.log, r11's sNN_raw.txt / sNN.log next to it)."""
    text = open(path, encoding="utf-8").read()
    if turns(text):
        return text
    sid = re.search(r"session ([0-9a-f]{32})", text)
    n = os.path.basename(path)[:3]
    folder = os.path.dirname(path)
    for raw in (
        f"/work/playtest_r10b/raw_{sid.group(1)}.log" if sid else "",
        os.path.join(folder, f"{n}_raw.txt"),
        os.path.join(folder, f"{n}.log"),
    ):
        if raw and os.path.exists(raw):
            return open(raw, encoding="utf-8").read()
    return text


def replay(path: str) -> list[tuple[int, str, list[str], list[str]]]:
    name = os.path.basename(path)
    lang = "en" if "_en_" in name else "ja"
    pid = "_".join(name.split("_")[1:-2])
    briefing = trainee_briefing(load_persona(pid), lang)  # type: ignore[arg-type]
    said = turns(source(path))
    context: list[Utterance] = []
    out = []
    n = 0
    for speaker, text in said:
        if speaker == "trainee":
            n += 1
            a = analyse(text, context, lang, briefing=briefing)  # type: ignore[arg-type]
            s = score_turn(a, context)
            GIVE_BACKS[0] += bool({x.value for x in a.acts} & {"reflection", "summary"})
            GIVE_BACKS[1] += 1
            flags = [f for f in FLAGS if f in s.flags]
            if flags:
                out.append((n, text, flags, s.feedback))
        context.append(Utterance(speaker=speaker, text=text))  # type: ignore[arg-type]
    return out


INVENTED_LINE = ("社長がまだ話していないことを", "something the owner has not said yet")


def bots(module: str = "simulator.playtest.bots_dev", seeds: int = 2) -> None:
    from simulator import open_session
    from simulator.playtest import load_bots
    from simulator.playtest.harness import MAX_TURNS, persona_ids

    total = fired = 0
    for kind, cls in load_bots(module).items():
        for pid in persona_ids():
            for lang in ("ja", "en"):
                for seed in range(seeds):
                    session = open_session(pid, lang=lang, seed=seed, store=None)
                    bot = cls(lang=lang, seed=seed)
                    text = bot.start(load_persona(pid).briefing.get(lang))
                    while text is not None and not session.finished and len(session.turns) < MAX_TURNS:
                        turn = session.say(text)
                        total += 1
                        if any(x in line for line in turn.feedback for x in INVENTED_LINE):
                            fired += 1
                            print(f"{kind} {pid} {lang} {seed} T{turn.index}: {text[:200]}")
                        text = bot.next(turn.owner_reply)
    print(f"bot turns: {total}, named as a reflection of what he never said: {fired}")


def main(paths: list[str]) -> None:
    total = 0
    for path in paths:
        for n, text, flags, _feedback in replay(path):
            total += 1
            print(f"{path.split('playtests/')[-1]} T{n} {','.join(flags)}: {text[:220]}")
    print(f"flagged turns: {total}; turns replayed {GIVE_BACKS[1]}, read as reflection/summary {GIVE_BACKS[0]}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--bots"]:
        bots(*sys.argv[2:3], *(int(x) for x in sys.argv[3:4]))
    else:
        main(sys.argv[1:] or sorted(glob.glob("benchmarks/playtests/r*/s*_*.md")))
