"""Sample the feedback lines of live sessions, for a blind judge of their fairness.

    python benchmarks/feedback_sample.py BOTS.py OUT.jsonl [--seeds 0 1] [--n-ja 150] [--n-en 100]

Plays every owner in ja and en with every bot of ``BOTS.py`` (a module with ``BOTS``, e.g.
``benchmarks/heldout/bots5/trainee_bots.py``) and writes a fixed-seed random sample of the feedback
lines shown to the trainee, each with the last three exchanges before the turn, the trainee's turn
and the owner's reply. A judge who never saw the scorer marks each line: is it true of this turn,
in the guideline's terms (not praising or criticising what did not happen, not naming the wrong
behaviour)?
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bot_sampling import played_turns, write_sample  # noqa: E402


def collect(bots_path: str, seeds: list[int], max_turns: int) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    before: list[dict[str, str]] = []
    for t in played_turns(bots_path, seeds, max_turns):
        if t["turn"] == 1:
            before = []  # a new meeting
        turn = t["result"]
        for line in dict.fromkeys(turn.feedback):
            rows.append({
                "lang": t["lang"], "owner": t["owner"], "bot": t["bot"], "seed": t["seed"], "turn": t["turn"],
                "before": before[-6:], "trainee": t["trainee"], "owner_reply": turn.owner_reply, "line": line,
            })
        before += [{"trainee": t["trainee"]}, {"owner": turn.owner_reply}]
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
    n = write_sample(rows, a.n_ja, a.n_en, a.out, "f")
    print(f"{len(rows)} feedback lines in all ({sum(r['lang'] == 'ja' for r in rows)} ja); sampled {n} → {a.out}")


if __name__ == "__main__":
    main()
