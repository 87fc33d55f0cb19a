"""Finding and loading the YAML data files (personas and rubrics).

Errors name the file and the field path, e.g.
``personas/x.yaml: facts.3.unlock.trust: Input should be less than or equal to 100``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .errors import DataFileError, UnknownPersonaError
from .persona import Persona

M = TypeVar("M", bound=BaseModel)

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=16)  # every scored turn asks for the rubrics' folder: one stat per process
def data_dir(kind: str) -> Path:
    """The folder holding ``kind`` files (``personas`` or ``rubrics``).

    Installed wheels carry them in ``simulator/_data/``; a checkout (or an editable install)
    has them beside the package.
    """
    installed = _PACKAGE / "_data" / kind
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / kind


def _field_path(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(top level)"


def load_model(path: Path, model: type[M]) -> M:
    """Load one YAML file into ``model``; raise :class:`DataFileError` naming file and field."""
    try:
        raw_text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(str(path), [f"cannot read: {exc.strerror or exc}"]) from exc
    try:
        raw = yaml.safe_load(raw_text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise DataFileError(str(path), [f"{where}not valid YAML: {problem}"]) from exc
    if not isinstance(raw, dict):
        raise DataFileError(str(path), ["(top level): expected a mapping of fields"])
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problems = [f"{_field_path(err['loc'])}: {err['msg']}" for err in exc.errors()]
        raise DataFileError(str(path), problems) from exc


def yaml_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.y*ml") if p.suffix in {".yaml", ".yml"})


def persona_ids() -> list[str]:
    return [p.stem for p in yaml_files(data_dir("personas"))]


@lru_cache(maxsize=128)
def _load_cached(path: str, mtime: float, model: type[BaseModel]) -> BaseModel:
    obj = load_model(Path(path), model)
    if getattr(obj, "id", Path(path).stem) != Path(path).stem:
        raise DataFileError(path, [f"id: {obj.id!r} must match the file name"])  # type: ignore[attr-defined]
    return obj


def load_named(path: Path, model: type[M]) -> M:
    """Load a data file whose ``id`` must match its file name; cached until the file changes."""
    try:
        mtime = path.stat().st_mtime
    except OSError as exc:
        raise DataFileError(str(path), [f"cannot read: {exc.strerror or exc}"]) from exc
    return _load_cached(str(path.resolve()), mtime, model)  # type: ignore[return-value]


def load_persona(persona_id_or_path: str | Path) -> Persona:
    """Load a persona by id (from ``personas/``) or from an explicit YAML path."""
    candidate = Path(persona_id_or_path)
    if candidate.suffix in {".yaml", ".yml"} and candidate.exists():
        path = candidate
    else:
        path = data_dir("personas") / f"{persona_id_or_path}.yaml"
        if not path.exists():
            raise UnknownPersonaError(str(persona_id_or_path), persona_ids())
    return load_named(path, Persona)
