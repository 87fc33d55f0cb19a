"""Every output of the development bots' meetings, written as text, to prove a refactor changes
no behaviour (byte-identical files before and after).

    python benchmarks/golden_outputs.py OUT_DIR [--seeds 3] [--bots MODULE]
    python benchmarks/golden_outputs.py OUT_DIR --compare REF_DIR

Plays every owner × language (ja, en) × seed × bot kind of the playtest's default bots (as
``playtest.py`` does) and writes, per language, one JSON line per turn (reply, acts, scores,
evidence, suggestion, feedback, trust, stage, reaction, revealed), the session report (markdown,
feedback, hints, patterns), the engine's final state, the same meeting scored afterwards with
``score_conversation`` and the playtest table. With ``--compare`` it says which files differ from
``REF_DIR``. The outputs are large: keep them out of the repository (e.g. under /tmp).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from playtest import default_bots  # noqa: E402

from simulator import load_persona, open_session, persona_ids  # noqa: E402
from simulator.persona import Persona  # noqa: E402
from simulator.playtest import format_table, load_bots, run  # noqa: E402
from simulator.reporting import persona_names  # noqa: E402
from simulator.scoring import score_conversation  # noqa: E402

MAX_TURNS = 30


def _line(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, default=str) + "\n"


def meeting(persona: Persona, lang: str, seed: int, kind: str, cls: type) -> list[str]:
    session = open_session(persona.id, lang=lang, seed=seed, store=None, backend="offline")
    bot: Any = cls(lang=lang, seed=seed)
    head = {"owner": persona.id, "lang": lang, "seed": seed, "bot": kind}
    out = [_line({**head, "trust_start": session.trust})]
    text = bot.start(persona.briefing.get(lang))
    while text is not None and not session.finished and len(session.turns) < MAX_TURNS:
        turn = session.say(text)
        out.append(_line({**head, "turn": turn.model_dump(mode="json")}))
        text = bot.next(turn.owner_reply)
    out.append(_line({**head, "report": session.report().model_dump(mode="json")}))
    out.append(_line({**head, "state": session.state.model_dump(mode="json")}))
    scored = score_conversation(
        session.history, lang, names=persona_names(persona), briefing=session.shown
    )
    out.append(_line({**head, "score_conversation": scored.model_dump(mode="json")}))
    if not session.finished:
        out.append(_line({**head, "end": session.end().model_dump(mode="json")}))
        out.append(_line({**head, "report_after_end": session.report().model_dump(mode="json")}))
    return out


def write(out_dir: Path, seeds: int, module: str) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    bots = load_bots(module)
    for lang in ("ja", "en"):
        lines: list[str] = []
        for pid in persona_ids():
            persona = load_persona(pid)
            for kind, cls in bots.items():
                for seed in range(seeds):
                    lines += meeting(persona, lang, seed, kind, cls)
        (out_dir / f"meetings_{lang}.jsonl").write_text("".join(lines), encoding="utf-8")
    table = format_table(run(bots, seeds=range(seeds)))
    (out_dir / "playtest_table.txt").write_text(table + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--bots", default=None)
    ap.add_argument("--compare", default=None, help="a directory written earlier by this script")
    a = ap.parse_args()
    started = time.perf_counter()
    write(Path(a.out), a.seeds, a.bots or default_bots())
    print(f"written to {a.out} in {time.perf_counter() - started:.1f} s")
    if a.compare:
        names = sorted(p.name for p in Path(a.compare).iterdir())
        _, differ, missing = filecmp.cmpfiles(a.compare, a.out, names, shallow=False)
        for name in differ + missing:
            print(f"DIFFERS: {name}")
        if differ or missing:
            return 1
        print(f"identical to {a.compare}: {', '.join(names)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
