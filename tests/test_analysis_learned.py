"""The learned layer on top of the act rules (simulator/analysis/learned.py).

The shipped weights (``model_{ja,en}.json``) are used by ``analyse``; without a model file the
rules stand alone; acts added by the model carry evidence that is a substring of the utterance.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from simulator.acts import ACTS, Utterance
from simulator.analysis import analyse, learned

ROOT = Path(__file__).resolve().parent.parent


def _load_script(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


quality = sys.modules.get("analyser_quality") or _load_script(
    "analyser_quality", ROOT / "benchmarks" / "analyser_quality.py"
)


@pytest.fixture
def model_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the learned layer at an empty directory; restore the shipped models afterwards."""
    monkeypatch.setattr(learned, "MODEL_DIR", tmp_path)
    learned.reset()
    yield tmp_path
    learned.reset()


def _items(lang: str) -> list[dict]:
    return quality.load(lang, "tune", extra=True)


def _acts(item: dict, **kw: bool) -> list[str]:
    ctx = [Utterance(speaker=u["speaker"], text=u["text"]) for u in item["context"]]
    return [a.value for a in analyse(item["utterance"], ctx, item["lang"], **kw).acts]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_shipped_model_is_loaded_and_used(lang: str) -> None:
    assert learned.model_path(lang).exists(), "the shipped model file is missing"
    model = learned.load(lang)
    assert model is not None and model.weights
    items = _items(lang)
    differ = sum(_acts(it) != _acts(it, learned_layer=False) for it in items)
    assert differ > 0, "the learned layer never changes the rules' acts"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_without_a_model_file_the_rules_stand(lang: str, model_dir: Path) -> None:
    assert learned.load(lang) is None
    for item in _items(lang)[:80]:
        assert _acts(item) == _acts(item, learned_layer=False)


def test_a_model_file_decides_the_acts(model_dir: Path) -> None:
    """A hand-made model that calls everything self-promotion, with a weighted word feature:
    analyse follows the file, and the added act's evidence is that word."""
    labels = [a.value for a in learned.LABELS]
    bias = [-9.0] * len(labels)
    weight = [0.0] * len(labels)
    weight[labels.index("self_promotion")] = 12.0
    data = {
        "lang": "en",
        "labels": labels,
        "bias": bias,
        "thresholds": [0.5] * len(labels),
        "weights": {"w:weather": weight},
        "exclusive": [],
    }
    (model_dir / "model_en.json").write_text(json.dumps(data), encoding="utf-8")
    result = analyse("Lovely weather today.", [], "en")
    assert [a.value for a in result.acts] == ["self_promotion"]
    assert result.evidence["self_promotion"] == ["weather"]
    # nothing fires: the rules' reading stands (here: a greeting is `other`)
    assert [a.value for a in analyse("Good morning.", [], "en").acts] == ["other"]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_evidence_is_in_the_utterance_and_other_is_alone(lang: str) -> None:
    for item in _items(lang):
        ctx = [Utterance(speaker=u["speaker"], text=u["text"]) for u in item["context"]]
        result = analyse(item["utterance"], ctx, lang)
        acts = [a.value for a in result.acts]
        assert set(acts) <= set(ACTS)
        assert "other" not in acts or acts == ["other"], item["id"]
        assert not ("leading_question" in acts and "closed_question" in acts), item["id"]
        for act, words in result.evidence.items():
            assert act in acts
            assert all(w and w in item["utterance"] for w in words), (item["id"], act, words)


def test_model_files_are_small() -> None:
    # the weights grow with the tuning data (ja: 1,875 items, 5,415 features at tune4); half a
    # megabyte each keeps the package small and the load under a blink
    for lang in ("ja", "en"):
        assert learned.model_path(lang).stat().st_size < 500_000


def test_training_is_deterministic() -> None:
    np = pytest.importorskip("numpy")
    train = _load_script("train_analyser", ROOT / "scripts" / "train_analyser.py")
    rng = np.random.default_rng(0)
    x = (rng.random((40, 12)) > 0.6).astype(float)
    y = (x[:, :3] > 0).astype(float)
    x = train.Binary.from_lists([list(np.flatnonzero(r)) for r in x], 12)
    w1, b1 = train.fit(x, y, 0.01, 200)
    w2, b2 = train.fit(x, y, 0.01, 200)
    assert np.array_equal(w1, w2) and np.array_equal(b1, b2)
    p = train.prob(x, w1, b1)
    assert ((p >= 0.5) == (y == 1)).mean() > 0.9


def test_sparse_products_match_dense() -> None:
    np = pytest.importorskip("numpy")
    train = _load_script("train_analyser", ROOT / "scripts" / "train_analyser.py")
    rng = np.random.default_rng(1)
    dense = (rng.random((30, 9)) > 0.7).astype(float)
    dense[:, 4] = 0.0  # an empty column
    x = train.Binary.from_lists([list(np.flatnonzero(r)) for r in dense], 9)
    w = rng.random((9, 3))
    g = rng.random((30, 3))
    assert np.allclose(x @ w, dense @ w) and np.allclose(x.tdot(g), dense.T @ g)
    assert np.array_equal(x.vstack(x).toarray(), np.vstack([dense, dense]))


def test_cross_author_runs_on_a_tiny_fixture(tmp_path: Path) -> None:
    cross = _load_script("cross_author", ROOT / "scripts" / "cross_author.py")
    items = quality.load("en", "tune", extra=False)[:40]
    (tmp_path / "dialogue_acts_en.jsonl").write_text(
        "\n".join(json.dumps(it) for it in items[:20]), encoding="utf-8"
    )
    (tmp_path / "tuneX").mkdir()
    (tmp_path / "tuneX" / "x_en.jsonl").write_text(
        "\n".join(json.dumps(it) for it in items[20:]), encoding="utf-8"
    )
    before = learned.load("en")
    result = cross.run("en", iters=30, data=tmp_path)
    assert set(result) == {"a1", "tuneX"}
    for res in result.values():
        assert 0.0 < res["rules"]["micro"]["f1"] <= 1.0
        assert 0.0 < res["hybrid"]["micro"]["f1"] <= 1.0
        assert res["rules"]["micro"]["n"] == res["hybrid"]["micro"]["n"] > 0
    assert learned.load("en") is before  # the shipped model is restored


def test_model_evidence_is_never_a_stopword_scrap() -> None:
    model = learned.Model(
        {"labels": ["advice"], "bias": [0.0], "thresholds": [0.5], "weights": {"fx": [1.0]}}
    )
    text = "No, that is fine. Many shops like yours keep a simple ledger for this."
    for scrap in ("No,", "a"):
        (got,) = model._evidence(0, {"fx": scrap}, text)
        assert got in text and scrap in got and 10 <= len(got) <= learned.EVIDENCE_CLIP
    assert model._evidence(0, {"fx": "ledger"}, text) == ["ledger"]
