"""Persona and rubric files: every shipped file is valid; broken ones name file and field."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from simulator.cli.check import check_file
from simulator.datafiles import data_dir, load_persona, yaml_files
from simulator.errors import DataFileError, UnknownPersonaError
from simulator.persona import Persona, persona_problems

ROOT = Path(__file__).resolve().parent.parent
PERSONA_FILES = yaml_files(data_dir("personas"))
RUBRIC_FILES = yaml_files(data_dir("rubrics"))


def test_the_project_ships_the_required_personas_and_rubrics() -> None:
    names = {p.stem for p in PERSONA_FILES}
    assert {"distrustful_founder", "reluctant_successor", "move_on_owner"} <= names
    assert len(names) >= 5
    assert {p.stem for p in RUBRIC_FILES} == {"listening", "deep_dive", "summarising", "non_leading"}


@pytest.mark.parametrize("path", PERSONA_FILES + RUBRIC_FILES, ids=lambda p: p.name)
def test_every_data_file_passes_check(path: Path) -> None:
    assert check_file(path) == []


@pytest.mark.parametrize("path", PERSONA_FILES, ids=lambda p: p.name)
def test_persona_quality(path: Path) -> None:
    persona = load_persona(path.stem)
    assert persona_problems(persona) == []
    assert persona.id == path.stem
    by_depth = {d: sum(f.depth == d for f in persona.facts) for d in ("surface", "personal", "core")}
    assert all(n >= 2 for n in by_depth.values()), by_depth
    assert persona.line_count("ja") >= 60 and persona.line_count("en") >= 60


def _write(tmp_path: Path, data: dict, name: str = "broken.yaml") -> Path:
    folder = tmp_path / "personas"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _tiny(tiny_persona_path: Path) -> dict:
    return yaml.safe_load(tiny_persona_path.read_text(encoding="utf-8"))


def test_wrong_field_value_names_file_and_field(tmp_path: Path, tiny_persona_path: Path) -> None:
    data = _tiny(tiny_persona_path)
    data["facts"][1]["unlock"]["trust"] = 150
    path = _write(tmp_path, data)
    with pytest.raises(DataFileError) as info:
        load_persona(path)
    message = str(info.value)
    assert str(path) in message
    assert "facts.1.unlock.trust" in message


def test_unknown_field_is_refused(tmp_path: Path, tiny_persona_path: Path) -> None:
    data = _tiny(tiny_persona_path)
    data["owner"]["favourite_colour"] = "blue"
    with pytest.raises(DataFileError, match=r"owner\.favourite_colour"):
        load_persona(_write(tmp_path, data))


def test_missing_reaction_lines_are_named(tmp_path: Path, tiny_persona_path: Path) -> None:
    data = _tiny(tiny_persona_path)
    del data["lines"]["repeat"]
    with pytest.raises(DataFileError, match="repeat"):
        load_persona(_write(tmp_path, data))


def test_fact_chain_to_unknown_fact_is_refused(tmp_path: Path, tiny_persona_path: Path) -> None:
    data = _tiny(tiny_persona_path)
    data["facts"][2]["unlock"]["after"] = ["no_such_fact"]
    with pytest.raises(DataFileError, match="no_such_fact"):
        load_persona(_write(tmp_path, data))


def test_not_yaml_gives_line_number(tmp_path: Path) -> None:
    path = tmp_path / "personas" / "bad.yaml"
    path.parent.mkdir()
    path.write_text("id: x\nfacts: [unclosed\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"line \d+"):
        load_persona(path)


def test_unreachable_topic_is_a_quality_problem(tiny_persona_path: Path) -> None:
    data = _tiny(tiny_persona_path)
    data["facts"][0]["unlock"]["topics"] = {"ja": ["宇宙開発"], "en": ["space"]}
    problems = persona_problems(Persona.model_validate(data))
    assert any("facts.0.unlock.topics.ja" in p for p in problems)


def test_unknown_persona_lists_the_available_ones() -> None:
    with pytest.raises(UnknownPersonaError, match="distrustful_founder"):
        load_persona("nobody_here")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_check_command_passes_on_shipped_files() -> None:
    result = run_cli("check")
    assert result.returncode == 0, result.stderr
    assert "0 failed" in result.stdout


def test_check_command_fails_on_a_broken_file(tmp_path: Path, tiny_persona_path: Path) -> None:
    data = _tiny(tiny_persona_path)
    data["behaviour"]["initial_trust"] = "high"
    path = _write(tmp_path, data)
    result = run_cli("check", str(path))
    assert result.returncode == 1
    assert "behaviour.initial_trust" in result.stderr


def test_answer_to_an_unknown_fact_is_refused(tmp_path: Path, tiny_persona_path: Path) -> None:
    data = _tiny(tiny_persona_path)
    data["answers"]["topics"][0]["fact"] = "no_such_fact"
    with pytest.raises(DataFileError, match=r"answers\.topics\.staff\.fact"):
        load_persona(_write(tmp_path, data))


def test_guarded_answer_needs_its_threshold(tmp_path: Path, tiny_persona_path: Path) -> None:
    data = _tiny(tiny_persona_path)
    del data["answers"]["topics"][3]["open_at"]
    with pytest.raises(DataFileError, match="open_at and guarded go together"):
        load_persona(_write(tmp_path, data))


def test_equivalent_issue_fact_must_be_core(tmp_path: Path, tiny_persona_path: Path) -> None:
    data = _tiny(tiny_persona_path)
    data["underlying_issue"]["also"] = ["surface_sales"]
    with pytest.raises(DataFileError, match="surface_sales.*core"):
        load_persona(_write(tmp_path, data))


def test_missing_answers_and_single_texts_are_quality_problems(tiny_persona_path: Path) -> None:
    data = _tiny(tiny_persona_path)
    data["answers"]["topics"][0]["text"]["en"] = ["We have ten people."]
    problems = persona_problems(Persona.model_validate(data))
    assert any(p.startswith("answers.topics: no answer for") and "'successor'" in p for p in problems)
    assert "answers.topics.staff.text.en: at least 2 different texts required" in problems
    del data["answers"]
    assert any(p.startswith("answers: missing") for p in persona_problems(Persona.model_validate(data)))


def test_approving_lines_only_for_approving_reactions(tiny_persona_path: Path) -> None:
    data = _tiny(tiny_persona_path)
    data["approving_lines"]["withdraw"] = {"ja": ["よく聞いてますね。"], "en": ["You listen."]}
    problems = persona_problems(Persona.model_validate(data))
    assert any(p.startswith("approving_lines.withdraw") for p in problems)


def test_only_the_move_on_owner_says_his_catchphrase() -> None:
    """「次に進んでくれ」 is the move-on owner's line (guideline, CASE:2); the distrustful founder
    said it to a blunt worry question before anything had been discussed (playtest r4, s02 T1)."""
    from simulator.datafiles import persona_ids

    for pid in persona_ids():
        if pid in {"move_on_owner", "big_customer_owner"}:
            continue  # his own; the big-customer owner's 「次に進んでもらって構いません」 is his denial
        text = (data_dir("personas") / f"{pid}.yaml").read_text(encoding="utf-8")
        assert "次に進んでくれ" not in text, pid
        assert "move on." not in text.lower(), pid
