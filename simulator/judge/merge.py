"""How the judge's scores join the offline scorer's (documented in ``rubrics/README.md``).

Per rubric: the offline scorer decides whether the rubric applies to the turn (None stays
None); where both score it, the merged score is their mean, moved at most
:data:`MAX_SHIFT` points from the offline score; where the judge gives null, the offline score
stands. A failed judge changes nothing. The engine never sees the merged scores: it decides
from the offline analysis.
"""

from __future__ import annotations

from .models import Judgement

MAX_SHIFT = 15.0  # points the judge may move an offline score, either way
MAX_EVIDENCE = 6


def merge_scores(
    offline: dict[str, float | None], judgement: Judgement | None
) -> dict[str, float | None]:
    if judgement is None or not judgement.ok:
        return dict(offline)
    merged: dict[str, float | None] = {}
    for rubric, own in offline.items():
        other = judgement.scores.get(rubric)
        if own is None or other is None:
            merged[rubric] = own
            continue
        mean = (own + other) / 2
        merged[rubric] = round(min(own + MAX_SHIFT, max(own - MAX_SHIFT, mean)), 1)
    return merged


def merge_evidence(offline: list[str], judgement: Judgement | None) -> list[str]:
    """The offline evidence, then the judge's quotes (verified to occur in the turn)."""
    if judgement is None or not judgement.ok:
        return list(offline)
    quotes = [
        f"「{q}」" for q in judgement.evidence if q not in offline and f"「{q}」" not in offline
    ]
    return [*offline, *quotes][: max(MAX_EVIDENCE, len(offline))]
