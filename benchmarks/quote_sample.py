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
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "heldout"))
from quotes_measure import quotes_of  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bot_sampling import played_turns, write_sample  # noqa: E402


def collect(bots_path: str, seeds: list[int], max_turns: int) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for t in played_turns(bots_path, seeds, max_turns):
        turn, lang = t["result"], t["lang"]
        lines = [*turn.feedback, turn.suggestion or "", *turn.evidence]
        for quote in dict.fromkeys(quotes_of(turn.feedback, turn.suggestion, turn.evidence, lang)):
            rows.append({
                "lang": lang, "owner": t["owner"], "bot": t["bot"], "seed": t["seed"], "turn": t["turn"],
                "owner_before": t["owner_before"][-3:], "trainee": t["trainee"],
                "line": next((x for x in lines if quote in x), ""), "quote": quote,
            })
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
    n = write_sample(rows, a.n_ja, a.n_en, a.out, "q")
    print(f"{len(rows)} quotes in all ({sum(r['lang'] == 'ja' for r in rows)} ja); sampled {n} → {a.out}")


if __name__ == "__main__":
    main()
