"""Lead's measurement on held-out data, through the public contract only.

    python measure.py ITEMS_DIR_OR_FILES... --transcripts DIR [--label NAME]
Items: per-label P/R/F1 per language via `python -m simulator score` (contract format).
Transcripts: per-rubric ROC AUC of per-turn scores vs. the judge's 1/0, via `python -m simulator report`.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

LABELS = ["open_question", "closed_question", "leading_question", "reflection", "summary",
          "empathy", "advice", "self_promotion", "other"]
RUBRICS = ["listening", "deep_dive", "summarising", "non_leading"]


def auc(pos: list[float], neg: list[float]) -> float | None:
    if not pos or not neg:
        return None
    wins = 0.0
    for p in pos:
        for n in neg:
            wins += 1.0 if p > n else 0.5 if p == n else 0.0
    return wins / (len(pos) * len(neg))


def items(py: str, files: list[Path]) -> None:
    for f in files:
        rows = [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
        lang = rows[0]["lang"]
        with tempfile.TemporaryDirectory() as d:
            inp, out = Path(d) / "in.jsonl", Path(d) / "out.jsonl"
            inp.write_text("".join(json.dumps({"id": r["id"], "context": r["context"],
                           "utterance": r["utterance"]}, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
            subprocess.run([py, "-m", "simulator", "score", str(inp), "--lang", lang, "-o", str(out)], check=True)
            got = {json.loads(x)["id"]: json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()}
        tp, fp, fn = defaultdict(int), defaultdict(int), defaultdict(int)
        exact = 0
        for r in rows:
            g, p = set(r["labels"]), set(got[r["id"]]["acts"])
            exact += g == p
            for lab in LABELS:
                tp[lab] += lab in g and lab in p
                fp[lab] += lab not in g and lab in p
                fn[lab] += lab in g and lab not in p
        print(f"\n## {f.name} ({lang}, {len(rows)} items; exact set match {exact/len(rows):.3f})")
        print("| label | n | P | R | F1 |\n|---|---:|---:|---:|---:|")
        mt = mf = mn = 0
        for lab in LABELS:
            P = tp[lab] / (tp[lab] + fp[lab]) if tp[lab] + fp[lab] else 0.0
            R = tp[lab] / (tp[lab] + fn[lab]) if tp[lab] + fn[lab] else 0.0
            F = 2 * P * R / (P + R) if P + R else 0.0
            mt, mf, mn = mt + tp[lab], mf + fp[lab], mn + fn[lab]
            print(f"| {lab} | {tp[lab]+fn[lab]} | {P:.3f} | {R:.3f} | {F:.3f} |")
        P, R = mt / (mt + mf), mt / (mt + mn)
        print(f"| micro | | {P:.3f} | {R:.3f} | {2*P*R/(P+R):.3f} |")


def transcripts(py: str, d: Path) -> None:
    per: dict[str, dict[str, tuple[list[float], list[float]]]] = defaultdict(
        lambda: {r: ([], []) for r in RUBRICS})
    sess: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    for f in sorted(d.glob("*.jsonl")):
        lang = "en" if "_en_" in f.name else "ja"
        rows = [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
        with tempfile.TemporaryDirectory() as t:
            inp = Path(t) / f.name
            inp.write_text("".join(json.dumps({"speaker": r["speaker"], "text": r["text"]}, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
            res = subprocess.run([py, "-m", "simulator", "report", str(inp), "--lang", lang],
                                 check=True, capture_output=True, text=True)
        rep = json.loads(res.stdout)
        kind = f.stem.rsplit("_", 1)[-1]
        sess[lang].append((kind, rep["scores"]))
        for r, turn in zip(rows, rep["turns"], strict=True):
            if r["speaker"] != "trainee":
                continue
            for rub in RUBRICS:
                j = r.get("judge", {}).get(rub)
                s = (turn.get("scores") or {}).get(rub)
                if j is None or s is None:
                    continue
                per[lang][rub][0 if j == 1 else 1].append(float(s))
                per["all"][rub][0 if j == 1 else 1].append(float(s))
    print("\n## Transcripts: per-turn ROC AUC (judge 1 vs 0; turns the scorer left null are not counted)")
    print("| set | " + " | ".join(RUBRICS) + " |\n|---|" + "---:|" * len(RUBRICS))
    for k in ("ja", "en", "all"):
        cells = []
        for rub in RUBRICS:
            pos, neg = per[k][rub]
            a = auc(pos, neg)
            cells.append(f"{a:.3f} ({len(pos)}/{len(neg)})" if a is not None else "–")
        print(f"| {k} | " + " | ".join(cells) + " |")
    print("\n## Session scores by transcript kind (mean)")
    for lang, rows in sess.items():
        for kind in ("skilled", "mixed", "poor"):
            sc = [s for k, s in rows if k == kind]
            if sc:
                means = {r: round(sum(x.get(r, 0) or 0 for x in sc) / len(sc), 1) for r in RUBRICS}
                print(f"- {lang} {kind} (n={len(sc)}): {means}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("items", nargs="*", type=Path)
    ap.add_argument("--transcripts", type=Path)
    ap.add_argument("--python", default=sys.executable)
    a = ap.parse_args()
    items(a.python, a.items)
    if a.transcripts:
        transcripts(a.python, a.transcripts)


if __name__ == "__main__":
    main()
