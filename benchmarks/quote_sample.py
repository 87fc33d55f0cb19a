"""Sample the owner's words the feedback quotes in live sessions, for a blind human-style judge.

    python benchmarks/quote_sample.py BOTS.py OUT.jsonl [--seeds 0 1] [--n-ja 150] [--n-en 100]

Plays every owner in ja and en with every bot of ``BOTS.py`` (a module with ``BOTS``, e.g.
``benchmarks/heldout/bots5/trainee_bots.py``), collects every quoted owner word (the rule of
``benchmarks/heldout/quotes_measure.py``: 『…』 / "…" in feedback lines and suggestions, the words
after an owner-word evidence label) with the owner's last three replies, the trainee's turn and the
line that quotes it, and writes a fixed-seed random sample per language. A judge who never saw the
scorer then marks each quote: is it something the owner said and meant, a meaningful content
word or phrase (not a fragment, filler, name, incidental word or the trainee's own word)?
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "heldout"))
from quotes_measure import PERSONAS, quotes_of  # noqa: E402

from simulator import load_persona, open_session  # noqa: E402


def collect(bots_path: str, seeds: list[int], max_turns: int) -> list[dict[str, object]]:
    spec = importlib.util.spec_from_file_location("sampled_bots", bots_path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["sampled_bots"] = mod
    spec.loader.exec_module(mod)
    rows: list[dict[str, object]] = []
    for kind in mod.BOTS:
        for lang in ("ja", "en"):
            for pid in PERSONAS:
                for seed in seeds:
                    persona = load_persona(pid)
                    session = open_session(pid, lang, seed=seed, store=None, backend="offline")
                    bot = mod.BOTS[kind](lang=lang, seed=seed)
                    said = bot.start(persona.briefing.get(lang))
                    owner: list[str] = []
                    for n in range(1, max_turns + 1):
                        if session.finished or not said:
                            break
                        turn = session.say(said)
                        lines = [*turn.feedback, turn.suggestion or "", *turn.evidence]
                        for quote in dict.fromkeys(quotes_of(turn.feedback, turn.suggestion, turn.evidence, lang)):
                            where = next((x for x in lines if quote in x), "")
                            rows.append({
                                "lang": lang, "owner": pid, "bot": kind, "seed": seed, "turn": n,
                                "owner_before": owner[-3:], "trainee": said, "line": where, "quote": quote,
                            })
                        owner.append(turn.owner_reply)
                        said = bot.next(turn.owner_reply)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("bots")
    ap.add_argument("out")
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1])
    ap.add_argument("--max-turns", type=int, default=16)
    ap.add_argument("--n-ja", type=int, default=150)
    ap.add_argument("--n-en", type=int, default=100)
    a = ap.parse_args()
    rows = collect(a.bots, a.seeds, a.max_turns)
    rng = random.Random(20261207)
    out: list[dict[str, object]] = []
    for lang, n in (("ja", a.n_ja), ("en", a.n_en)):
        pool = [r for r in rows if r["lang"] == lang]
        out += rng.sample(pool, min(n, len(pool)))
    with open(a.out, "w", encoding="utf-8") as f:
        for i, r in enumerate(out, 1):
            f.write(json.dumps({"id": f"q{i:03d}", **r}, ensure_ascii=False) + "\n")
    print(f"{len(rows)} quotes in all ({sum(r['lang'] == 'ja' for r in rows)} ja); sampled {len(out)} → {a.out}")


if __name__ == "__main__":
    main()
