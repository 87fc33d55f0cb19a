"""``python -m simulator score INPUT.jsonl [--lang ja|en] [-o OUTPUT.jsonl]``.

Each input line: ``{"id", "context": [{"speaker", "text"}, ...], "utterance"}`` (optionally
``"lang"``); each output line, in input order: ``{"id", "acts", "scores", "evidence",
"suggestion"}``. Every line is validated before anything is scored; bad input names the line
and exits with status 2, and no output file is left behind (the output is written to a
temporary file and renamed).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, ValidationError

from ..acts import Utterance
from ..errors import InputError
from ..i18n import LANGS, Lang


class ScoreInput(BaseModel):
    """One input line of ``score``."""

    model_config = ConfigDict(extra="forbid")

    id: StrictStr | StrictInt
    context: list[Utterance] = Field(default_factory=list)
    utterance: StrictStr
    lang: Lang | None = None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "score",
        help="score trainee utterances offline (JSON lines in, JSON lines out)",
        description="Score each trainee utterance of a JSONL file against the four rubrics.",
    )
    p.add_argument("input", type=Path, metavar="INPUT.jsonl")
    p.add_argument("--lang", choices=LANGS, default="ja", help="language of lines without one")
    p.add_argument("-o", "--output", type=Path, metavar="OUTPUT.jsonl", help="default: stdout")
    p.set_defaults(func=run)


def _describe(err: dict[str, Any]) -> str:
    loc = ".".join(str(p) for p in err["loc"])
    kind = err["type"]
    if kind == "missing":
        return f'missing field "{loc}"'
    if kind == "extra_forbidden":
        return f'unknown field "{loc}"'
    if loc == "lang" and kind == "literal_error":
        return f"unknown language {err.get('input')!r}; use one of: {', '.join(LANGS)}"
    if loc.endswith("speaker") and kind == "literal_error":
        return f'field "{loc}": speaker must be "owner" or "trainee", not {err.get("input")!r}'
    return f'field "{loc}": {err["msg"]}'


def read_inputs(path: Path) -> list[tuple[int, ScoreInput]]:
    """Every non-blank line as a validated :class:`ScoreInput`, with its 1-based line number."""
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", source=source) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError("not valid UTF-8", source=source, line=line) from exc
    out: list[tuple[int, ScoreInput]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"not valid JSON: {exc.msg}", source=source, line=number) from exc
        if not isinstance(obj, dict):
            raise InputError("expected a JSON object", source=source, line=number)
        try:
            out.append((number, ScoreInput.model_validate(obj)))
        except ValidationError as exc:
            problems = "; ".join(_describe(e) for e in exc.errors())
            raise InputError(problems, source=source, line=number) from exc
    return out


def score_line(item: ScoreInput, lang: Lang) -> dict[str, Any]:
    """The output record of one input line."""
    from ..analysis import analyse
    from ..scoring import clip_context, clip_text, score_turn

    text, truncated = clip_text(item.utterance)
    context, _ = clip_context(item.context)
    analysis = analyse(text, context, lang)
    ts = score_turn(analysis, context, truncated=truncated)
    return {
        "id": item.id,
        "acts": [a.value for a in analysis.acts],
        "scores": ts.scores,
        "evidence": ts.evidence,
        "suggestion": ts.suggestion,
    }


def _write_atomically(path: Path, lines: list[str]) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.writelines(lines)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run(args: argparse.Namespace) -> int:
    items = read_inputs(args.input)
    if not items:
        print(f"{args.input}: no input lines; nothing to score", file=sys.stderr)
    lines = [
        json.dumps(score_line(item, item.lang or args.lang), ensure_ascii=False) + "\n"
        for _, item in items
    ]
    if args.output is not None:
        try:
            _write_atomically(args.output, lines)
        except OSError as exc:
            raise InputError(
                f"cannot write: {exc.strerror or exc}", source=str(args.output)
            ) from exc
    else:
        sys.stdout.writelines(lines)
        sys.stdout.flush()
    return 0
