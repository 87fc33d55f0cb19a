"""Reading transcripts of real role-plays: ``.txt``, ``.csv`` and ``.jsonl``.

- ``.txt``: one turn per line, ``話者: 発言`` or ``話者：発言``. 支援者/トレーニー/trainee/supporter
  are the trainee, 経営者/社長/owner the owner; other names are mapped with ``trainee_names`` /
  ``owner_names`` (the CLI's ``--trainee NAME --owner NAME``). Labels may be wrapped in
  【】 [] () and are compared after NFKC normalisation and case folding.
  *Blank lines are skipped.* *A line without a speaker label continues the previous turn*
  (it is appended with a line break): transcripts often wrap long turns. A label is the text
  before the first colon when it has at most 20 characters and no sentence punctuation
  (。、？！「」…); a line whose label is not a known or mapped speaker is an error naming the
  line (a mistyped or unmapped name must not silently merge two speakers' words).
- ``.csv``: a header with ``speaker`` and ``text`` columns (others are ignored).
- ``.jsonl``: one ``{"speaker": ..., "text": ...}`` object per line.

Files are read as UTF-8 (with or without BOM), falling back to Shift_JIS (cp932), which
Japanese spreadsheets still write. Every error is an :class:`InputError` naming the file and
the 1-based line.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .acts import Speaker, Utterance
from .errors import InputError

TRAINEE_ALIASES = ("支援者", "トレーニー", "trainee", "supporter")
OWNER_ALIASES = ("経営者", "社長", "owner")
FORMATS = ("txt", "csv", "jsonl")
_LABEL_RE = re.compile(r"^\s*([^:：]{1,20}?)\s*[:：]\s?(.*)$")
_NOT_IN_LABEL = set("。、，,.！!？?「」『』")
_BRACKETS = "【】[]()（）<>〈〉《》"


def normalise_name(name: str) -> str:
    return unicodedata.normalize("NFKC", name).strip().strip(_BRACKETS).strip().casefold()


@dataclass
class Entry:
    """An utterance with the line it starts on (for error messages)."""

    line: int
    speaker: Speaker
    text: str


class SpeakerMap:
    def __init__(self, trainee_names: Iterable[str] = (), owner_names: Iterable[str] = ()):
        self.names: dict[str, Speaker] = {}
        trainee_names, owner_names = tuple(trainee_names), tuple(owner_names)
        both = {normalise_name(n) for n in trainee_names} & {normalise_name(n) for n in owner_names}
        if both:
            raise InputError(f"speaker {sorted(both)[0]!r} is mapped to both trainee and owner")
        for name in (*TRAINEE_ALIASES, *trainee_names):
            self.names[normalise_name(name)] = "trainee"
        for name in (*OWNER_ALIASES, *owner_names):
            self.names[normalise_name(name)] = "owner"

    def get(self, name: str) -> Speaker | None:
        return self.names.get(normalise_name(name))

    def require(self, name: str, source: str, line: int) -> Speaker:
        speaker = self.get(name)
        if speaker is None:
            raise InputError(
                f"unknown speaker {name.strip()!r}: use 支援者 or 経営者, or map the name with "
                "--trainee NAME / --owner NAME",
                source=source,
                line=line,
            )
        return speaker


def read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(
            f"cannot read the transcript: {exc.strerror or exc}", source=str(path)
        ) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return raw.decode("cp932")
        except UnicodeDecodeError:
            raise InputError("not UTF-8 or Shift_JIS text", source=str(path)) from None


def _looks_like_label(label: str) -> bool:
    return not any(ch in _NOT_IN_LABEL for ch in label)


def parse_txt(text: str, speakers: SpeakerMap, source: str) -> list[Entry]:
    entries: list[Entry] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        match = _LABEL_RE.match(line)
        if match and _looks_like_label(match.group(1)):
            speaker = speakers.require(match.group(1), source, number)
            entries.append(Entry(number, speaker, match.group(2).strip()))
        elif entries:
            previous = entries[-1]
            previous.text = f"{previous.text}\n{line}" if previous.text else line
        else:
            raise InputError(
                "the first turn has no speaker: write 「支援者: 発言」 or 「経営者: 発言」",
                source=source,
                line=number,
            )
    return entries


def parse_csv(text: str, speakers: SpeakerMap, source: str) -> list[Entry]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        return []
    except csv.Error as exc:
        raise InputError(f"not valid CSV: {exc}", source=source, line=1) from None
    columns = [normalise_name(h) for h in header]
    if "speaker" not in columns or "text" not in columns:
        raise InputError(
            f"the header must have columns speaker,text (found: {','.join(header)})",
            source=source,
            line=1,
        )
    s_col, t_col = columns.index("speaker"), columns.index("text")
    entries: list[Entry] = []
    line = reader.line_num
    while True:
        start = line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise InputError(f"not valid CSV: {exc}", source=source, line=start) from None
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) <= max(s_col, t_col):
            raise InputError("missing speaker or text column", source=source, line=start)
        entries.append(_entry(row[s_col], row[t_col], speakers, source, start))
    return entries


def parse_jsonl(text: str, speakers: SpeakerMap, source: str) -> list[Entry]:
    entries: list[Entry] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"not JSON: {exc.msg}", source=source, line=number) from None
        if not isinstance(obj, dict):
            raise InputError('expected an object {"speaker": ..., "text": ...}', source=source, line=number)  # fmt: skip
        for field in ("speaker", "text"):
            if not isinstance(obj.get(field), str):
                raise InputError(f"missing or non-string field {field!r}", source=source, line=number)  # fmt: skip
        entries.append(_entry(obj["speaker"], obj["text"], speakers, source, number))
    return entries


def _entry(name: str, text: str, speakers: SpeakerMap, source: str, line: int) -> Entry:
    if not name.strip():
        raise InputError("empty speaker", source=source, line=line)
    speaker = speakers.require(name, source, line)
    if not text.strip():
        raise InputError("empty text", source=source, line=line)
    return Entry(line, speaker, text.strip())


def transcript_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in ("txt", "text", "md"):
        return "txt"
    if suffix in FORMATS:
        return suffix
    raise InputError(
        f"unknown transcript format {suffix or '(none)'!r}: use .txt, .csv or .jsonl",
        source=str(path),
    )


def parse_entries(
    text: str,
    fmt: str,
    *,
    source: str = "<transcript>",
    trainee_names: Iterable[str] = (),
    owner_names: Iterable[str] = (),
) -> list[Entry]:
    """Parse transcript ``text`` in format ``fmt`` ("txt", "csv", "jsonl") with line numbers."""
    speakers = SpeakerMap(trainee_names, owner_names)
    parser = {"txt": parse_txt, "csv": parse_csv, "jsonl": parse_jsonl}.get(fmt)
    if parser is None:
        raise InputError(f"unknown transcript format {fmt!r}", source=source)
    entries = parser(text, speakers, source)
    for entry in entries:
        if not entry.text.strip():
            raise InputError("empty text", source=source, line=entry.line)
    if not entries:
        raise InputError("the transcript has no turns", source=source)
    if not any(e.speaker == "trainee" for e in entries):
        raise InputError("the transcript has no supporter (支援者) turn to score", source=source)
    return entries


def parse_transcript(
    path: str | Path,
    *,
    trainee_names: Iterable[str] = (),
    owner_names: Iterable[str] = (),
) -> list[Utterance]:
    """The utterances of a transcript file, oldest first; ``InputError`` names the line."""
    path = Path(path)
    fmt = transcript_format(path)
    entries = parse_entries(
        read_text(path),
        fmt,
        source=str(path),
        trainee_names=trainee_names,
        owner_names=owner_names,
    )
    return [Utterance(speaker=e.speaker, text=e.text) for e in entries]
