"""Paired transcripts (skilled vs poor supporter, same owner): the report must rank them as an
instructor would, on every rubric, with a margin.

``tests/data/transcripts/`` is the checked set (written without looking at the scorer);
``tests/data/transcripts_dev/`` holds further pairs used while tuning the scorer.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.cli.report import build_report
from simulator.rubric import RUBRIC_IDS
from simulator.store.importing import score_utterances
from simulator.transcript import parse_transcript

DATA = Path(__file__).parent / "data"
FOLDERS = ("transcripts", "transcripts_dev")
MARGIN = 5.0
ROOT = Path(__file__).resolve().parents[1]


def _pairs() -> list[tuple[Path, Path, str]]:
    pairs = []
    for folder in FOLDERS:
        for skilled in sorted((DATA / folder).glob("*_skilled.*")):
            poor = skilled.with_name(skilled.name.replace("_skilled", "_poor"))
            lang = "en" if "_en_" in skilled.name else "ja"
            pairs.append((skilled, poor, lang))
    return pairs


PAIRS = _pairs()


def _report(path: Path, lang: str) -> dict:
    """The report exactly as ``python -m simulator report`` builds it."""
    utterances = parse_transcript(path)
    return build_report(utterances, score_utterances(utterances, lang), lang, str(path))


def test_both_folders_hold_pairs() -> None:
    names = {p[0].parent.name for p in PAIRS}
    assert names == set(FOLDERS)
    assert all(poor.exists() for _, poor, _ in PAIRS)
    assert len(PAIRS) >= 17


@pytest.mark.parametrize(
    ("skilled", "poor", "lang"), PAIRS, ids=[f"{p[0].parent.name}/{p[0].stem}" for p in PAIRS]
)
def test_skilled_outscores_poor_on_every_rubric(skilled: Path, poor: Path, lang: str) -> None:
    good, bad = _report(skilled, lang)["scores"], _report(poor, lang)["scores"]
    for rid in RUBRIC_IDS:
        assert good[rid] >= bad[rid] + MARGIN, (rid, good, bad)
    mean_good = sum(good[r] for r in RUBRIC_IDS) / len(RUBRIC_IDS)
    mean_bad = sum(bad[r] for r in RUBRIC_IDS) / len(RUBRIC_IDS)
    assert mean_good > mean_bad, (good, bad)


def test_cli_report_ranks_a_pair() -> None:
    skilled, poor, lang = next(p for p in PAIRS if p[0].name.startswith("pair2_ja"))
    scores = []
    for path in (skilled, poor):
        out = subprocess.run(
            [sys.executable, "-m", "simulator", "report", str(path), "--lang", lang],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
        report = json.loads(out.stdout)
        assert set(RUBRIC_IDS) <= set(report["scores"])
        assert report["scores"] == _report(path, lang)["scores"]
        scores.append(report["scores"])
    for rid in RUBRIC_IDS:
        assert scores[0][rid] >= scores[1][rid] + MARGIN, (rid, scores)
