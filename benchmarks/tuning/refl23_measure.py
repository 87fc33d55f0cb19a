"""Per-label precision / recall / F1 of the analyser on the tuning sets t10 and t12 (refl23).

    python benchmarks/tuning/refl23_measure.py [--errors LABEL] [--set t10|t12|all]

Prints reflection, empathy, summary, open, closed (and every other label present) and micro F1,
per language and per set, then the two sets pooled. ``--errors LABEL`` lists the tuning items
where LABEL is a false positive or a false negative (tuning data only: never the held-out sets).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.analyser_quality import Scores, read_file, score  # noqa: E402
from simulator.acts import ACTS  # noqa: E402

TUNING = ROOT / "benchmarks" / "tuning"
SETS = {
    "t10": "t10/dialogue_acts_t10_{lang}.jsonl",
    "t12": "t12/dialogue_acts_t12_{lang}.jsonl",
    "refl20": "refl20/check_{lang}.jsonl",
    "own": "refl23/check_{lang}.jsonl",
}
FIRST = ("reflection", "empathy", "summary", "open_question", "closed_question")


def items_of(name: str, lang: str) -> list[dict]:
    path = TUNING / SETS[name].format(lang=lang)
    return [i for i in read_file(path) if i.get("lang", lang) == lang] if path.exists() else []


def line(name: str, s: Scores) -> str:
    cells = []
    for a in FIRST:
        p, r, f, n = s.prf(a)
        cells.append(f"{a[:5]} {p:.2f}/{r:.2f}/{f:.2f}({n})")
    return f"{name:14} " + "  ".join(cells) + f"  micro {s.micro():.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=[*SETS, "all"], default="all")
    ap.add_argument("--errors", default="", help="list FP/FN items of this label")
    ap.add_argument("--full", action="store_true", help="every label, not only the five")
    args = ap.parse_args(argv)
    names = list(SETS) if args.set == "all" else [args.set]
    print("label P/R/F1(n gold)")
    for lang in ("ja", "en"):
        pooled: list[dict] = []
        for name in names:
            items = items_of(name, lang)
            if not items:
                continue
            if name in ("t10", "t12"):
                pooled += items
            s = score(items)
            print(line(f"{name} {lang}", s))
            if args.full:
                for a in ACTS:
                    p, r, f, n = s.prf(a)
                    if n or s.fp[a]:
                        print(f"    {a:18} {p:.3f} {r:.3f} {f:.3f} {n}")
            if args.errors:
                for item, pred in s.errors:
                    gold = set(item["labels"])
                    if (args.errors in gold) != (args.errors in pred):
                        kind = "FN" if args.errors in gold else "FP"
                        ctx = item["context"][-1]["text"] if item.get("context") else ""
                        print(f"  {kind} [{item['id']}] owner: {ctx}\n      sup: {item['utterance']}"
                              f"\n      gold={sorted(gold)} pred={pred}")
        if len(names) > 1 and pooled:
            print(line(f"t10+t12 {lang}", score(pooled)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
