"""Rescores the t10 tuning transcripts and checks the quotes against the blind judge's verdicts.

    python benchmarks/quotes_t10.py [--show]

``benchmarks/tuning/t10/judge/quotes_judged.jsonl`` holds a blind judge's verdict on every quote
an older build made at a turn of the fixed t10 transcripts (``quotes.jsonl``: file, utterance
index, quote). Each transcript is scored again with the current code; for each judged turn this
prints how many judged-bad quotes are still made, how many judged-ok quotes are kept, and the
quotes the current build makes that the judge never saw (to read by hand). Tuning data only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import quoted_words as qw  # noqa: E402

from simulator.acts import Utterance  # noqa: E402
from simulator.scoring import score_conversation  # noqa: E402

T10 = ROOT / "benchmarks" / "tuning" / "t10"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--dump", action="store_true", help="every quote of every turn (to diff two builds)")
    args = ap.parse_args(argv)
    rows = [json.loads(x) for x in (T10 / "judge" / "quotes.jsonl").read_text("utf-8").splitlines()]
    verdicts = {
        (d := json.loads(x))["id"]: d["verdict"]
        for x in (T10 / "judge" / "quotes_judged.jsonl").read_text("utf-8").splitlines()
    }
    by_turn: dict[tuple[str, int], list[dict[str, object]]] = defaultdict(list)
    for r in rows:
        by_turn[(str(r["file"]), int(r["turn"]))].append(r)
    now: dict[tuple[str, int], list[str]] = {}
    files = sorted(p.name for p in (T10 / "transcripts").glob("*.jsonl")) if args.dump else sorted({f for f, _ in by_turn})
    for file in files:
        lines = (T10 / "transcripts" / file).read_text("utf-8").splitlines()
        utts = [Utterance(**json.loads(x)) for x in lines if x.strip()]
        lang = "en" if "_en" in file else "ja"
        conv = score_conversation(utts, lang=lang)
        for t in conv.turns:
            if t.speaker == "trainee":
                now[(file, t.index)] = [
                    w for w, _, _ in qw.quoted_words(lang, t.feedback, t.suggestion, t.evidence)
                ]
    if args.dump:
        for (file, index), words in sorted(now.items()):
            if words:
                print(f"{file}#{index}: {' | '.join(dict.fromkeys(words))}")
        return 0
    bad_kept = bad_all = ok_kept = ok_all = 0
    new: list[str] = []
    for key, rs in sorted(by_turn.items()):
        made = now.get(key, [])
        for r in rs:
            v = verdicts[str(r["id"])]
            kept = r["quote"] in made
            if v == "ok":
                ok_all += 1
                ok_kept += kept
            else:
                bad_all += 1
                bad_kept += kept
            if args.show and (kept and v != "ok" or not kept and v == "ok"):
                print(f"  {r['id']} {r['lang']} {v:10} {'KEPT' if kept else 'lost'} 「{r['quote']}」 now {made}")
        judged = {str(r["quote"]) for r in rs}
        new += [f"{key[0]}#{key[1]}: {w}" for w in made if w not in judged]
    print(f"judged bad still quoted: {bad_kept} of {bad_all}; judged ok still quoted: {ok_kept} of {ok_all}")
    print(f"unjudged new quotes at those turns: {len(new)}")
    if args.show:
        for x in new:
            print("  new", x)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
