"""``python -m simulator report TRANSCRIPT``: score a real role-play without storing it.

Output (stdout or ``-o``), as contracts.md specifies: ``{"scores": {...}, "turns": [{"index",
"speaker", "text", "acts", "scores", ...}], ...}`` plus ``lang``, ``source``, ``patterns``
(what the analyser reports about the whole conversation) and ``counts``. A malformed
transcript is an error naming the line (exit 2) and no output file is written.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from ..acts import Utterance
from ..i18n import check_lang
from ..store.importing import ScoredTranscript, score_utterances
from ..transcript import parse_transcript


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="score a transcript (.txt/.csv/.jsonl) / 逐語録の採点")
    p.add_argument("transcript", type=Path)
    p.add_argument("--lang", default="ja", help="ja (default) or en")
    p.add_argument("-o", "--output", type=Path, help="write the JSON report here")
    p.add_argument("--trainee", action="append", default=[], help="speaker name of the supporter")
    p.add_argument("--owner", action="append", default=[], help="speaker name of the owner")
    p.set_defaults(func=run)


def build_report(
    utterances: list[Utterance], scored: ScoredTranscript, lang: str, source: str
) -> dict[str, Any]:
    turns: list[dict[str, Any]] = []
    acts: Counter[str] = Counter()
    for index, utt in enumerate(utterances):
        row: dict[str, Any] = {"index": index, "speaker": utt.speaker, "text": utt.text}
        analysis = scored.per_utterance.get(index)
        if utt.speaker == "trainee" and analysis is not None:
            acts.update(analysis.acts)
            row |= {
                "acts": analysis.acts,
                "scores": analysis.scores,
                "evidence": analysis.evidence,
                "suggestion": analysis.suggestion,
            }
        else:
            row |= {"acts": [], "scores": {}}
        turns.append(row)
    trainee_chars = sum(len(u.text) for u in utterances if u.speaker == "trainee")
    total_chars = sum(len(u.text) for u in utterances) or 1
    counts = {
        "trainee_turns": sum(1 for u in utterances if u.speaker == "trainee"),
        "owner_turns": sum(1 for u in utterances if u.speaker == "owner"),
        "trainee_talk_share": round(trainee_chars / total_chars, 3),
        "acts": dict(sorted(acts.items())),
    }
    return {
        "scores": scored.scores,
        "turns": turns,
        "lang": lang,
        "source": source,
        "patterns": scored.patterns,
        "counts": counts,
    }


def run(args: argparse.Namespace) -> int:
    lang = check_lang(args.lang)
    utterances = parse_transcript(
        args.transcript, trainee_names=args.trainee, owner_names=args.owner
    )
    scored = score_utterances(utterances, lang)
    report = build_report(utterances, scored, lang, str(args.transcript))
    text = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    if args.output is None:
        sys.stdout.write(text)
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.output.with_name(f".{args.output.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, args.output)
    return 0
