"""Every rubric file loads; a malformed rubric names the file and the field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from simulator.datafiles import data_dir, load_model, yaml_files
from simulator.errors import DataFileError
from simulator.rubric import RUBRIC_IDS, Rubric, load_rubric, load_rubrics

RUBRIC_FILES = yaml_files(data_dir("rubrics"))


def test_the_four_rubrics_exist_in_contract_order() -> None:
    assert list(load_rubrics())[:4] == list(RUBRIC_IDS)


@pytest.mark.parametrize("path", RUBRIC_FILES, ids=[p.stem for p in RUBRIC_FILES])
def test_rubric_file_loads(path: Path) -> None:
    rubric = load_model(path, Rubric)
    assert rubric.id == path.stem
    assert rubric.name.ja and rubric.name.en
    for crit in rubric.criteria:
        assert crit.feedback.good.ja and crit.feedback.weak.en
        assert any(m.points > 0 for m in crit.markers) or any(m.points < 0 for m in crit.markers)


@pytest.mark.parametrize("path", RUBRIC_FILES, ids=[p.stem for p in RUBRIC_FILES])
def test_check_command_accepts_rubric(path: Path) -> None:
    from simulator.cli.check import check_file

    assert check_file(path) == []


def _broken(tmp_path: Path, rubric_id: str, edit) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path / "rubrics"
    folder.mkdir(exist_ok=True)
    target = folder / f"{rubric_id}.yaml"
    shutil.copy(data_dir("rubrics") / f"{rubric_id}.yaml", target)
    raw = yaml.safe_load(target.read_text(encoding="utf-8"))
    edit(raw)
    target.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return target


def test_wrong_type_names_file_and_field(tmp_path: Path) -> None:
    def edit(raw: dict) -> None:
        raw["criteria"][0]["weight"] = "heavy"

    path = _broken(tmp_path, "listening", edit)
    with pytest.raises(DataFileError) as err:
        load_rubric(path)
    assert "listening.yaml" in str(err.value)
    assert "criteria.0.weight" in str(err.value)


def test_missing_points_names_the_marker(tmp_path: Path) -> None:
    def edit(raw: dict) -> None:
        del raw["criteria"][1]["markers"][0]["points"]

    path = _broken(tmp_path, "deep_dive", edit)
    with pytest.raises(DataFileError) as err:
        load_rubric(path)
    assert "deep_dive.yaml" in str(err.value)
    assert "criteria.1.markers.0.points" in str(err.value)


def test_unknown_field_is_rejected(tmp_path: Path) -> None:
    def edit(raw: dict) -> None:
        raw["criteria"][0]["colour"] = "red"

    path = _broken(tmp_path, "summarising", edit)
    with pytest.raises(DataFileError) as err:
        load_rubric(path)
    assert "criteria.0.colour" in str(err.value)


def test_unknown_signal_in_when_is_rejected(tmp_path: Path) -> None:
    def edit(raw: dict) -> None:
        raw["criteria"][0]["markers"][0]["when"] = ["telepathy"]

    path = _broken(tmp_path, "non_leading", edit)
    with pytest.raises(DataFileError) as err:
        load_rubric(path)
    assert "non_leading.yaml" in str(err.value)
    assert "criteria.0.markers.0" in str(err.value) and "telepathy" in str(err.value)


def test_unknown_placeholder_is_rejected(tmp_path: Path) -> None:
    def edit(raw: dict) -> None:
        raw["suggestion"]["with_keyword"]["ja"] = ["『{keywrd}』について教えてください。"]

    path = _broken(tmp_path, "listening", edit)
    with pytest.raises(DataFileError) as err:
        load_rubric(path)
    assert "suggestion.with_keyword" in str(err.value) or "keywrd" in str(err.value)


def test_id_must_match_file_name(tmp_path: Path) -> None:
    def edit(raw: dict) -> None:
        raw["id"] = "something_else"

    path = _broken(tmp_path, "listening", edit)
    with pytest.raises(DataFileError) as err:
        load_rubric(path)
    assert "listening.yaml" in str(err.value) and "id" in str(err.value)


def test_not_yaml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("id: [unclosed\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_rubric(path)
    assert "broken.yaml" in str(err.value)
