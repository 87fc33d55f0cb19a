"""How well per-turn scores separate good from poor supporter turns in whole transcripts.

    python benchmarks/transcript_auc.py --data DIR [--lang ja|en] [--per-file]

DIR holds transcripts as ``.jsonl`` files, one turn per line::

    {"speaker": "owner" | "trainee", "text": "...",
     "judge": {"listening": 1 | 0 | null, "deep_dive": ..., "summarising": ..., "non_leading": ...}}

``judge`` is given on trainee lines only: 1 = an instructor would call this turn good on that
rubric, 0 = poor, null (or missing) = not applicable. The language of a file is ``--lang``, else
``en`` when its name contains ``_en`` (``pair1_en_poor.jsonl``), else ``ja``.

Every transcript is scored the way ``python -m simulator report`` scores it
(:func:`simulator.scoring.score_conversation`, turn by turn with the context before each turn);
then, per rubric, the ROC AUC of the turn scores against the judgements (the probability that a
turn judged good scores higher than a turn judged poor, ties counting one half). A turn the
scorer leaves unscored on a rubric (``None``: the rubric does not apply to it) counts at the
rubric's neutral ``base`` score; ``scored`` says how many judged turns had a score of their own.
Only totals are printed (``--per-file`` adds one AUC line per file, still no text): the data may
be a held-out set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simulator.acts import Utterance  # noqa: E402
from simulator.rubric import RUBRIC_IDS, load_rubrics  # noqa: E402
from simulator.scoring import score_conversation  # noqa: E402


@dataclass
class Judged:
    """Scores of judged turns for one rubric: (score, judgement) pairs."""

    pairs: list[tuple[float, int]] = field(default_factory=list)
    scored: int = 0  # judged turns with a score of their own (not imputed)

    def add(self, score: float | None, neutral: float, label: int) -> None:
        self.pairs.append((neutral if score is None else float(score), label))
        self.scored += score is not None

    @property
    def good(self) -> int:
        return sum(1 for _, y in self.pairs if y == 1)

    @property
    def poor(self) -> int:
        return sum(1 for _, y in self.pairs if y == 0)


def auc(pairs: Sequence[tuple[float, int]]) -> float | None:
    """ROC AUC by the Mann-Whitney count (ties one half); None without both classes."""
    pos = [s for s, y in pairs if y == 1]
    neg = [s for s, y in pairs if y == 0]
    if not pos or not neg:
        return None
    wins = 0.0
    for p in pos:
        for n in neg:
            wins += 1.0 if p > n else 0.5 if p == n else 0.0
    return wins / (len(pos) * len(neg))


def read_transcript(path: Path) -> tuple[list[Utterance], list[dict | None]]:
    """Utterances and, per utterance, the judgement (None for owner lines)."""
    utterances: list[Utterance] = []
    judged: list[dict | None] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            speaker = row["speaker"]
            text = row["text"]
            assert speaker in ("owner", "trainee") and isinstance(text, str)
        except (json.JSONDecodeError, KeyError, AssertionError, TypeError) as exc:
            raise SystemExit(f"{path}:{n}: not a transcript line ({exc})") from None
        utterances.append(Utterance(speaker=speaker, text=text))
        judge = row.get("judge") if speaker == "trainee" else None
        judged.append(judge if isinstance(judge, dict) else None)
    return utterances, judged


def lang_of(path: Path, forced: str | None) -> str:
    if forced:
        return forced
    return "en" if "_en" in path.stem or path.stem.startswith("en_") else "ja"


def collect(
    files: Sequence[Path], forced_lang: str | None = None
) -> tuple[dict[str, Judged], dict[str, dict[str, Judged]]]:
    rubrics = load_rubrics()
    totals = {rid: Judged() for rid in RUBRIC_IDS}
    per_file: dict[str, dict[str, Judged]] = {}
    for path in files:
        utterances, judged = read_transcript(path)
        if not utterances:
            continue
        scored = score_conversation(utterances, lang_of(path, forced_lang))
        mine = {rid: Judged() for rid in RUBRIC_IDS}
        for turn, judge in zip(scored.turns, judged, strict=True):
            if turn.speaker != "trainee" or not judge:
                continue
            for rid in RUBRIC_IDS:
                label = judge.get(rid)
                if label not in (0, 1):
                    continue
                neutral = rubrics[rid].base
                score = turn.scores.get(rid)
                totals[rid].add(score, neutral, int(label))
                mine[rid].add(score, neutral, int(label))
        per_file[path.name] = mine
    return totals, per_file


def _fmt(value: float | None) -> str:
    return "  —  " if value is None else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="a folder of judged .jsonl files")
    ap.add_argument("--lang", choices=["ja", "en"], default=None, help="force the language")
    ap.add_argument("--per-file", action="store_true", help="one AUC line per file too")
    args = ap.parse_args(argv)
    files = sorted(args.data.glob("*.jsonl")) if args.data.is_dir() else [args.data]
    if not files:
        print(f"no .jsonl transcripts in {args.data}")
        return 2
    totals, per_file = collect(files, args.lang)
    print(f"{len(files)} transcripts from {args.data}")
    print(f"{'rubric':12} {'AUC':>6} {'good':>5} {'poor':>5} {'scored':>7}")
    for rid, j in totals.items():
        print(
            f"{rid:12} {_fmt(auc(j.pairs)):>6} {j.good:5d} {j.poor:5d} {j.scored:4d}/{len(j.pairs)}"
        )
    if args.per_file:
        print("\nper file (AUC listening / deep_dive / summarising / non_leading):")
        for name, mine in per_file.items():
            print(f"  {name}: " + " / ".join(_fmt(auc(mine[r].pairs)) for r in RUBRIC_IDS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
