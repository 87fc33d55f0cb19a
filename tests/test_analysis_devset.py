"""Quality floors of the offline analyser on the labelled development sets.

The floors sit a little below what the analyser achieves, so a regression breaks this test.
The scores are computed here from the files (``tests/data/dialogue_acts_*.jsonl``), never
hard-coded; ``benchmarks/analyser_quality.py`` prints the full report.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "analyser_quality", ROOT / "benchmarks" / "analyser_quality.py"
)
assert _spec and _spec.loader
quality = importlib.util.module_from_spec(_spec)
sys.modules["analyser_quality"] = quality
_spec.loader.exec_module(quality)

# held-out floors per language and label, rules + learned layer. The held-out split was written
# with the tuning split by the same author and its totals were looked at while choosing rules,
# so it is optimistic; its labels also predate labels.md's rule that a brief answer to the
# owner's own question is not advice (issue 8), which costs a few advice points here.
HELDOUT_FLOORS: dict[str, dict[str, float]] = {
    "ja": {
        "open_question": 0.94,
        "closed_question": 0.90,
        "leading_question": 0.91,
        "reflection": 0.86,
        "summary": 0.97,
        "empathy": 0.83,
        "advice": 0.84,
        "self_promotion": 0.85,
        "other": 0.74,
        "micro": 0.89,
    },
    "en": {  # smaller set: one item moves a label's F1 by several points
        "open_question": 0.89,
        "closed_question": 0.88,
        "leading_question": 0.92,
        "reflection": 0.88,
        "summary": 0.97,
        "empathy": 0.76,
        "advice": 0.80,
        "self_promotion": 0.80,
        "other": 0.68,
        "micro": 0.85,
    },
}
# The second author's set (eval2) is tuning data since issue 8 (the rules were fitted on it and
# the learned layer is trained on it): these floors only guard against regressions. The figures
# that say how the analyser does on other people's text come from the lead's blind set.
EVAL2_FLOORS: dict[str, dict[str, float]] = {
    "ja": {"reflection": 0.89, "summary": 0.93, "empathy": 0.95, "advice": 0.86, "micro": 0.94},
    "en": {"reflection": 0.86, "summary": 0.90, "empathy": 0.87, "advice": 0.82, "micro": 0.91},
}
# tune + the extra development items (dialogue_acts_extra.jsonl): in-sample fit. The model is
# fitted on these among further authors' sets whose conventions differ a little; en fell from
# ≥ 0.95 to 0.947 when tune6 (an advice-heavy author) joined
TUNE_MICRO_FLOOR = 0.94
ISSUE8 = ROOT / "tests" / "data" / "dialogue_acts_issue8.jsonl"
ISSUE8_MICRO_FLOOR = {"ja": 0.93, "en": 0.85}  # items written for issue 8 (tuning)


def _require(lang: str) -> None:
    assert quality.dev_path(lang).exists(), f"the development set for {lang} is missing"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_heldout_f1_floors(lang: str) -> None:
    _require(lang)
    items = quality.load(lang, "heldout")
    assert items, "the development set has no held-out items"
    scores = quality.score(items)
    floors = HELDOUT_FLOORS[lang]
    got = {label: scores.f1(label) for label in floors if label != "micro"}
    got["micro"] = scores.micro()
    below = {k: round(v, 3) for k, v in got.items() if v < floors[k]}
    assert not below, f"{lang} held-out F1 below floor: {below} (floors {floors})"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_eval2_f1_floors(lang: str) -> None:
    if not quality.eval2_path(lang).exists():
        pytest.skip(f"no eval2 set for {lang}")
    scores = quality.score(quality.load(lang, "eval2"))
    floors = EVAL2_FLOORS[lang]
    got = {label: scores.f1(label) for label in floors if label != "micro"}
    got["micro"] = scores.micro()
    below = {k: round(v, 3) for k, v in got.items() if v < floors[k]}
    assert not below, f"{lang} eval2 F1 below floor: {below} (floors {floors})"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_tune_micro_f1_floor(lang: str) -> None:
    _require(lang)
    items = quality.load(lang, "tune", extra=True)
    assert len(items) > len(quality.load(lang, "tune")), "the extra development items are missing"
    scores = quality.score(items)
    assert scores.micro() >= TUNE_MICRO_FLOOR


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_devset_label_is_known(lang: str) -> None:
    _require(lang)
    from simulator.acts import ACTS

    for item in quality.load(lang, "all", extra=True):
        assert set(item["labels"]) <= set(ACTS), item["id"]
        assert item["split"] in ("tune", "heldout"), item["id"]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_issue8_items_are_read_as_labelled(lang: str) -> None:
    from simulator.acts import ACTS

    items = [i for i in quality.read_file(ISSUE8) if i["lang"] == lang]
    assert len(items) >= 40
    for item in items:
        assert set(item["labels"]) <= set(ACTS) and item["split"] == "tune", item["id"]
    assert quality.score(items).micro() >= ISSUE8_MICRO_FLOOR[lang]
