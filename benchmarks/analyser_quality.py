"""Quality of the offline analyser on the labelled development sets.

    python benchmarks/analyser_quality.py [--split tune|heldout|eval2|all] [--lang ja|en]
                                          [--errors N] [--extra] [--rules-only]
    python benchmarks/analyser_quality.py --data FILE.jsonl [--lang ja|en] [--rules-only]

Prints per-language, per-label precision / recall / F1, micro and macro averages and the
most-mixed label pairs (gold A, predicted B). Tune rules on ``tune`` only; ``heldout`` is what
we report. ``--extra`` adds the extra development items (``dialogue_acts_extra.jsonl``, all
``tune``) to the tune figures. ``--errors`` lists mislabelled *tune* items only: held-out items
are never printed. ``eval2`` scores the independent evaluation sets
(``dialogue_acts_eval2_{ja,en}.jsonl``, written by another author) when they exist: totals only,
its items are never printed and never tuned on.

``--data FILE.jsonl`` scores any labelled file in the same format (``{"id", "lang", "context":
[{"speaker", "text"}], "utterance", "labels": [...]}`` per line; ``split`` is ignored) and prints
per-language figures only, never its items: use it for held-out sets you must not look into.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simulator.acts import ACTS, Utterance  # noqa: E402
from simulator.analysis import analyse  # noqa: E402

DATA = ROOT / "tests" / "data"


EXTRA = DATA / "dialogue_acts_extra.jsonl"  # both languages, split "tune"


def dev_path(lang: str) -> Path:
    return DATA / f"dialogue_acts_{lang}.jsonl"


def eval2_path(lang: str) -> Path:
    return DATA / f"dialogue_acts_eval2_{lang}.jsonl"


HIDDEN_SPLITS = frozenset({"heldout", "eval2"})  # never printed item by item


def _read(path: Path, lang: str, split: str) -> list[dict]:
    if not path.exists():
        return []
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        if item.get("lang", lang) != lang:
            continue
        if split == "all" or item.get("split") == split:
            items.append(item)
    return items


def load(lang: str, split: str = "all", extra: bool = False) -> list[dict]:
    """Items of one language and split; ``extra`` adds the extra development items.

    ``eval2`` is every item of the independent evaluation file, whatever its ``split`` field.
    """
    if split == "eval2":
        return _read(eval2_path(lang), lang, "all")
    items = _read(dev_path(lang), lang, split)
    if extra:
        items += _read(EXTRA, lang, split)
    return items


@dataclass
class Scores:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    confusion: Counter = field(default_factory=Counter)
    errors: list[tuple[dict, list[str]]] = field(default_factory=list)
    n: int = 0

    def prf(self, label: str) -> tuple[float, float, float, int]:
        tp, fp, fn = self.tp[label], self.fp[label], self.fn[label]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f, tp + fn

    def f1(self, label: str) -> float:
        return self.prf(label)[2]

    def micro(self) -> float:
        tp, fp, fn = (sum(c.values()) for c in (self.tp, self.fp, self.fn))
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    def macro(self) -> float:
        present = [a for a in ACTS if self.tp[a] + self.fn[a]]
        return sum(self.f1(a) for a in present) / len(present) if present else 0.0


def score(items: Iterable[dict], rules_only: bool = False) -> Scores:
    """Scores of the analyser on ``items``; ``rules_only`` skips the learned layer."""
    s = Scores()
    for item in items:
        ctx = [Utterance(speaker=u["speaker"], text=u["text"]) for u in item.get("context", [])]
        lang = item.get("lang", "ja")
        result = analyse(item["utterance"], ctx, lang, learned_layer=not rules_only)
        pred = {a.value for a in result.acts}
        gold = set(item["labels"])
        s.n += 1
        for a in ACTS:
            if a in gold and a in pred:
                s.tp[a] += 1
            elif a in pred:
                s.fp[a] += 1
            elif a in gold:
                s.fn[a] += 1
        for g in gold - pred:
            for p in pred - gold:
                s.confusion[(g, p)] += 1
        if gold != pred:
            s.errors.append((item, sorted(pred)))
    return s


def report(lang: str, split: str, s: Scores, errors: int = 0, note: str = "") -> None:
    print(f"\n== {lang} / {split}{note}: {s.n} utterances")
    print(f"{'label':18} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}")
    for a in ACTS:
        p, r, f, n = s.prf(a)
        if n or s.fp[a]:
            print(f"{a:18} {p:6.3f} {r:6.3f} {f:6.3f} {n:5d}")
    print(f"{'micro F1':18} {'':6} {'':6} {s.micro():6.3f}")
    print(f"{'macro F1':18} {'':6} {'':6} {s.macro():6.3f}")
    if s.confusion:
        print("most-mixed (gold -> predicted):")
        for (g, p), c in s.confusion.most_common(6):
            print(f"  {g} -> {p}: {c}")
    if split in HIDDEN_SPLITS:
        return
    shown = [(item, pred) for item, pred in s.errors if item.get("split") not in HIDDEN_SPLITS]
    for item, pred in shown[:errors]:
        print(f"  [{item['id']}] {item['utterance']!r} gold={sorted(item['labels'])} pred={pred}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["tune", "heldout", "eval2", "all"], default=None)
    ap.add_argument("--lang", choices=["ja", "en"], default=None)
    ap.add_argument("--errors", type=int, default=0, help="print up to N mislabelled tune items")
    ap.add_argument("--extra", action="store_true", help="add dialogue_acts_extra.jsonl to tune")
    ap.add_argument("--rules-only", action="store_true", help="the rules without the learned layer")
    ap.add_argument("--data", type=Path, help="score this labelled .jsonl file (totals only)")
    args = ap.parse_args(argv)
    if args.data is not None:
        return score_file(args.data, args.lang, args.rules_only)
    splits = [args.split] if args.split else ["heldout", "tune"]
    for lang in [args.lang] if args.lang else ["ja", "en"]:
        if not dev_path(lang).exists():
            print(f"(no development set at {dev_path(lang)})")
            continue
        for split in splits:
            if split == "eval2" and not eval2_path(lang).exists():
                print(f"(no eval2 set at {eval2_path(lang)})")
                continue
            extra = args.extra and split not in HIDDEN_SPLITS
            name = f"{split}+extra" if extra else split
            s = score(load(lang, split, extra), rules_only=args.rules_only)
            report(lang, name, s, args.errors, " (rules only)" if args.rules_only else "")
    return 0


def read_file(path: Path) -> list[dict]:
    """Every item of a labelled file; a line that is not a valid item stops with its number."""
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            assert isinstance(item.get("utterance"), str) and isinstance(item.get("labels"), list)
        except (json.JSONDecodeError, AssertionError, AttributeError) as exc:
            raise SystemExit(f"{path}:{n}: not a labelled item ({exc or 'missing field'})") from None
        items.append(item)
    return items


def score_file(path: Path, lang: str | None, rules_only: bool) -> int:
    items = read_file(path)
    langs = [lang] if lang else sorted({i.get("lang", "ja") for i in items})
    for lg in langs:
        mine = [dict(i, split="heldout") for i in items if i.get("lang", "ja") == lg]
        if not mine:
            print(f"(no {lg} items in {path})")
            continue
        s = score(mine, rules_only=rules_only)
        report(lg, path.name, s, 0, " (rules only)" if rules_only else "")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
