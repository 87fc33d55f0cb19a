"""Leave-one-author-out evaluation of the dialogue-act analyser's learned layer.

    PYTHONPATH=. python scripts/cross_author.py [--lang ja|en] [--fold NAME ...]
                                                [--l2 X] [--iters N] [--data DIR] [--json FILE]

Folds are the authors of the tuning data (``train_analyser.sources``): ``a1`` (dev ``tune``
split + extra + issue 8), ``eval2``, ``tune3``, ``tune4``. For each fold the learned layer is
trained on the other folds exactly as ``train_analyser.py`` trains the shipped model, and the
full analyser (``analyse``: rules, model, and the rules' guards after it) labels the held-out
fold; the rules alone are scored too. Prints per-label precision / recall / F1 and micro F1 per
fold and the mean over folds. The rules were written while looking at all of these items, so
their figures are optimistic; the model's are honest for its own part.
Never reads ``benchmarks/heldout`` or any blind set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_analyser as ta  # noqa: E402

from simulator.acts import ACTS, Utterance  # noqa: E402
from simulator.analysis import analyse, learned  # noqa: E402

Scores = dict[str, dict[str, float]]


def score(preds: list[set[str]], items: list[dict]) -> Scores:
    """Per-label P/R/F1 and support, plus ``micro``."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for pred, it in zip(preds, items, strict=True):
        gold = set(it["labels"])
        for a in ACTS:
            tp[a] += a in gold and a in pred
            fp[a] += a in pred and a not in gold
            fn[a] += a in gold and a not in pred
    out: Scores = {}
    for a in [*ACTS, "micro"]:
        t, p, n = (
            (sum(tp.values()), sum(fp.values()), sum(fn.values()))
            if a == "micro"
            else (tp[a], fp[a], fn[a])
        )
        out[a] = {
            "p": t / (t + p) if t + p else 0.0,
            "r": t / (t + n) if t + n else 0.0,
            "f1": ta.f1(t, p, n),
            "n": float(t + n),
        }
    return out


def predict(items: list[dict], lang: str, use_model: bool) -> list[set[str]]:
    out = []
    for it in items:
        turns = [Utterance(speaker=u["speaker"], text=u["text"]) for u in it.get("context", [])]
        res = analyse(it["utterance"], turns, lang, learned_layer=use_model)
        out.append(set(res.acts))
    return out


def trainer(lang: str, l2: float | None = None, iters: int = 1500) -> ta.Trainer:
    return ta.Trainer(
        lang,
        l2 if l2 is not None else ta.DEFAULT_L2[lang],
        iters,
        True,
        ta.EXCLUDE[lang],
        ta.THRESHOLD_VIEWS[lang],
    )


def run(
    lang: str,
    folds: list[str] | None = None,
    l2: float | None = None,
    iters: int = 1500,
    data: Path | None = None,
) -> dict[str, dict[str, Scores]]:
    """{fold: {"rules": scores, "hybrid": scores}}; the shipped model is restored after."""
    src = ta.sources(lang, data)
    rows = {k: [ta.featurise(it, lang) for it in v] for k, v in src.items()}
    result: dict[str, dict[str, Scores]] = {}
    saved = dict(learned._models)
    try:
        for fold in folds or list(src):
            train_items = [it for k, v in src.items() if k != fold for it in v]
            train_rows = [r for k, v in rows.items() if k != fold for r in v]
            tr = trainer(lang, l2, iters)
            model = learned.Model(tr.model(train_rows, tr.targets(train_items)))
            held = src[fold]
            learned._models[lang] = model
            result[fold] = {
                "rules": score(predict(held, lang, False), held),
                "hybrid": score(predict(held, lang, True), held),
            }
    finally:
        learned._models.clear()
        learned._models.update(saved)
    return result


def mean(result: dict[str, dict[str, Scores]], system: str) -> dict[str, float]:
    folds = list(result.values())
    keys = [*ACTS, "micro"]
    return {a: sum(f[system][a]["f1"] for f in folds) / len(folds) for a in keys}


def table(lang: str, result: dict[str, dict[str, Scores]]) -> str:
    keys = [*ACTS, "micro"]
    head = f"{lang:<4}{'fold':<7}{'system':<8}" + "".join(f"{a[:7]:>8}" for a in keys)
    lines = [head]
    for fold, res in result.items():
        for system in ("rules", "hybrid"):
            cells = "".join(f"{res[system][a]['f1']:8.3f}" for a in keys)
            lines.append(f"{lang:<4}{fold:<7}{system:<8}{cells}")
    for system in ("rules", "hybrid"):
        m = mean(result, system)
        lines.append(f"{lang:<4}{'MEAN':<7}{system:<8}" + "".join(f"{m[a]:8.3f}" for a in keys))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=["ja", "en"], default=None)
    ap.add_argument("--fold", action="append", default=None, help="only these held-out folds")
    ap.add_argument("--l2", type=float, default=None)
    ap.add_argument("--iters", type=int, default=1500)
    ap.add_argument("--data", type=Path, default=None, help="data folder (tests: a fixture)")
    ap.add_argument("--json", type=Path, default=None, help="write every figure here")
    args = ap.parse_args(argv)
    everything = {}
    for lang in [args.lang] if args.lang else ["ja", "en"]:
        result = run(lang, args.fold, args.l2, args.iters, args.data)
        everything[lang] = result
        print(table(lang, result), flush=True)
    if args.json:
        args.json.write_text(json.dumps(everything, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
