"""Mix two builds' samples of quotes and feedback lines for one blind judge.

    python benchmarks/judge_mix.py BEFORE_Q BEFORE_F AFTER_Q AFTER_F OUT_DIR

Inputs are the files ``transcript_sample.py`` writes for each build on the same transcripts (use
``--n`` large enough to take every item). An item both builds give (same file, turn and text) is
judged once. The mixed items are shuffled with a fixed seed and get new ids; ``key_quotes.json`` and
``key_feedback.json`` map each new id to the ``[build, original id]`` pairs that gave it. Give the
judge ``quotes.jsonl`` and ``feedback.jsonl`` only, never the keys.

    python benchmarks/judge_mix.py --tally OUT_DIR

counts, per build, the items the judge marked bad/unfair, from ``quotes_judged.jsonl`` and
``feedback_judged.jsonl`` (judge 8's brief: a quote's ``verdict`` is ``ok`` or the kind of bad quote —
``fragment``, ``filler``, ``name``, ``trainee_word``, ``not_said``, ``incidental``; a line's is ``fair`` or
``unfair``).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any


def _read(path: str | Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()]


def _ident(row: dict[str, Any], field: str) -> tuple[str, int, str]:
    return (str(row["file"]), int(row["turn"]), str(row[field]))


def mix(before: list[dict[str, Any]], after: list[dict[str, Any]], field: str, prefix: str
        ) -> tuple[list[dict[str, Any]], dict[str, list[list[str]]]]:
    items: dict[tuple[str, int, str], dict[str, Any]] = {}
    givers: dict[tuple[str, int, str], list[list[str]]] = {}
    for build, rows in (("before", before), ("after", after)):
        for r in rows:
            k = _ident(r, field)
            items.setdefault(k, {key: v for key, v in r.items() if key != "id"})
            givers.setdefault(k, []).append([build, str(r["id"])])
    keys = sorted(items)
    random.Random(20261208).shuffle(keys)
    out, key = [], {}
    for i, k in enumerate(keys, 1):
        new = f"{prefix}{i:03d}"
        out.append({"id": new, **items[k]})
        key[new] = givers[k]
    return out, key


def _write(rows: list[dict[str, Any]], path: Path) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def tally(out: Path) -> None:
    for name, good, bad in (("quotes", "ok", "bad"), ("feedback", "fair", "unfair")):
        judged = out / f"{name}_judged.jsonl"
        if not judged.exists():
            print(f"{name}: no {judged.name}")
            continue
        verdict = {r["id"]: str(r.get("verdict", "")).lower() for r in _read(judged)}
        key = json.loads((out / f"key_{name}.json").read_text(encoding="utf-8"))
        for build in ("before", "after"):
            ids = [i for i, g in key.items() if any(b == build for b, _ in g)]
            n_bad = sum(1 for i in ids if verdict.get(i, good) != good)
            print(f"{name} {build}: {n_bad}/{len(ids)} {bad} ({n_bad / max(len(ids), 1):.1%})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--tally", metavar="OUT_DIR")
    a = ap.parse_args()
    if a.tally:
        tally(Path(a.tally))
        return
    bq, bf, aq, af, out_dir = a.files
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name, b, f, field, prefix in (("quotes", bq, aq, "quote", "q"), ("feedback", bf, af, "line", "f")):
        rows, key = mix(_read(b), _read(f), field, prefix)
        _write(rows, out / f"{name}.jsonl")
        (out / f"key_{name}.json").write_text(json.dumps(key, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"{name}: {len(rows)} items")


if __name__ == "__main__":
    main()
