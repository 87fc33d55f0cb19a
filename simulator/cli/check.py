"""``python -m simulator check``: validate every persona, rubric and archetype file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..datafiles import data_dir, load_model, yaml_files
from ..errors import DataFileError
from ..persona import Persona, persona_problems


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="validate persona and rubric files")
    p.add_argument(
        "paths", nargs="*", type=Path, help="files to check (default: all shipped files)"
    )
    p.set_defaults(func=run)


def check_file(path: Path) -> list[str]:
    """Problems of one data file, each naming the file and the field; empty when valid."""
    from ..rubric import Rubric

    kind = path.parent.name
    if kind == "archetypes":  # rehearsal owners' temperaments (simulator/rehearsal.py)
        from ..rehearsal import check_archetype

        return check_archetype(path)
    model: type = Rubric if kind == "rubrics" else Persona
    try:
        obj = load_model(path, model)
    except DataFileError as exc:
        return [f"{exc.path}: {p}" for p in exc.problems]
    problems: list[str] = []
    if getattr(obj, "id", path.stem) != path.stem:
        problems.append(f"{path}: id: {obj.id!r} must match the file name {path.stem!r}")
    if isinstance(obj, Persona):
        problems += [f"{path}: {p}" for p in persona_problems(obj)]
    return problems


def run(args: argparse.Namespace) -> int:
    paths: list[Path] = list(args.paths) or (
        yaml_files(data_dir("personas"))
        + yaml_files(data_dir("rubrics"))
        + yaml_files(data_dir("archetypes"))
    )
    if not paths:
        print("error: no persona or rubric files found", file=sys.stderr)
        return 2
    failed = 0
    for path in paths:
        problems = check_file(path)
        if problems:
            failed += 1
            print(f"FAIL {path}", file=sys.stderr)
            for problem in problems:
                print(f"  {problem}", file=sys.stderr)
        else:
            print(f"ok   {path}")
    print(f"{len(paths) - failed} ok, {failed} failed")
    return 1 if failed else 0
