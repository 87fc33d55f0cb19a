"""How far instructors' score overrides are from the automatic scores, per rubric.

Input: pairs of (rubric, automatic score, instructor's score) — one per override in force.
Output per rubric: how many overrides, how often they differ by a clear margin from the tool,
by how much on average and at most, and in which direction. An instructor reads it to see
where not to trust the tool (a rubric the instructors keep moving by 20 points).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .report_names import RUBRIC_NAMES

CLEAR_DIFFERENCE = 10.0  # points on the 0–100 scale


@dataclass(frozen=True)
class RubricAgreement:
    rubric: str
    overrides: int  # overrides in force for this rubric
    compared: int  # of which the tool had a score to compare with
    differ: int  # |instructor - tool| >= CLEAR_DIFFERENCE
    mean_abs: float | None  # mean |instructor - tool|
    mean_signed: float | None  # mean (instructor - tool): > 0, instructors score higher
    max_abs: float | None

    @property
    def differ_share(self) -> float | None:
        return self.differ / self.compared if self.compared else None


def agreement(
    pairs: Iterable[Mapping[str, object]], threshold: float = CLEAR_DIFFERENCE
) -> list[RubricAgreement]:
    """One :class:`RubricAgreement` per rubric (in the rubrics' order), from rows with keys
    ``rubric``, ``auto`` (``None`` when the tool gave no score) and ``human``."""
    by_rubric: dict[str, list[tuple[float | None, float]]] = {r: [] for r in RUBRIC_NAMES}
    for p in pairs:
        rubric = str(p["rubric"])
        auto = p.get("auto")
        by_rubric.setdefault(rubric, []).append(
            (None if auto is None else float(auto), float(p["human"]))  # type: ignore[arg-type]
        )
    out = []
    for rubric, rows in by_rubric.items():
        diffs = [human - auto for auto, human in rows if auto is not None]
        absolute = [abs(d) for d in diffs]
        out.append(
            RubricAgreement(
                rubric=rubric,
                overrides=len(rows),
                compared=len(diffs),
                differ=sum(1 for d in absolute if d >= threshold),
                mean_abs=round(sum(absolute) / len(absolute), 1) if absolute else None,
                mean_signed=round(sum(diffs) / len(diffs), 1) if diffs else None,
                max_abs=round(max(absolute), 1) if absolute else None,
            )
        )
    return out
