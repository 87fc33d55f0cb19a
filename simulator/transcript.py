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
Japanese spreadsheets still write. Every error is a :class:`TranscriptError` (an
:class:`InputError`) naming the file and the 1-based line; its message is English for the
command line, and ``error.text("ja")`` gives the same message in Japanese for the web page.
A JSON line nested too deep to decode is such an error too, never a ``RecursionError``.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .acts import Utterance
from .errors import InputError

TRAINEE_ALIASES = ("支援者", "トレーニー", "trainee", "supporter")
OWNER_ALIASES = ("経営者", "社長", "owner")
FORMATS = ("txt", "csv", "jsonl")
_LABEL_RE = re.compile(r"^\s*([^:：]{1,20}?)\s*[:：]\s?(.*)$")
_NOT_IN_LABEL = set("。、，,.！!？?「」『』")
_BRACKETS = "【】[]()（）<>〈〉《》"
MAX_JSON_LINE_CHARS = 200_000

# key -> (Japanese, English): every message a transcript can get; {name}-style fields
MESSAGES: dict[str, tuple[str, str]] = {
    "unknown_speaker": (
        "話者「{name}」が分かりません。支援者・経営者と書くか、話者の対応づけで指定してください",
        "unknown speaker {name!r}: use 支援者 or 経営者, or map the name with --trainee NAME / "
        "--owner NAME",
    ),
    "both_roles": (
        "話者「{name}」が支援者と経営者の両方に指定されています",
        "speaker {name!r} is mapped to both trainee and owner",
    ),
    "cannot_read": ("ファイルを読めません：{why}", "cannot read the transcript: {why}"),
    "encoding": (
        "UTF-8 でも Shift_JIS でもないテキストです",
        "not UTF-8 or Shift_JIS text",
    ),
    "no_first_speaker": (
        "最初の発言に話者がありません。「支援者: 発言」「経営者: 発言」の形で書いてください",
        "the first turn has no speaker: write 「支援者: 発言」 or 「経営者: 発言」",
    ),
    "bad_csv": ("CSV として読めません（{why}）", "not valid CSV: {why}"),
    "csv_header": (
        "1行目の見出しに speaker と text の列が必要です（見つかった列：{found}）",
        "the header must have columns speaker,text (found: {found})",
    ),
    "csv_columns": ("speaker か text の列がありません", "missing speaker or text column"),
    "bad_json": ("JSON として読めません（{why}）", "not JSON: {why}"),
    "too_deep": (
        "JSON の入れ子が深すぎて読めません",
        "JSON nested too deep to read",
    ),
    "too_long_line": (
        "1行が長すぎます（{n:,}字、上限 {max:,}字）",
        "line too long ({n:,} characters, at most {max:,})",
    ),
    "not_object": (
        '{{"speaker": ..., "text": ...}} の形のオブジェクトが必要です',
        'expected an object {{"speaker": ..., "text": ...}}',
    ),
    "field_missing": (
        "項目「{field}」がないか、文字列ではありません",
        "missing or non-string field {field!r}",
    ),
    "empty_speaker": ("話者が空です", "empty speaker"),
    "empty_text": ("発言が空です", "empty text"),
    "unknown_format": (
        "ファイル形式「{suffix}」は読めません。.txt、.csv、.jsonl のいずれかにしてください",
        "unknown transcript format {suffix!r}: use .txt, .csv or .jsonl",
    ),
    "no_turns": ("発言が1つもありません", "the transcript has no turns"),
    "no_trainee": (
        "採点する支援者の発言がありません（話者の対応づけを確かめてください）",
        "the transcript has no supporter (支援者) turn to score",
    ),
}


class TranscriptError(InputError):
    """A transcript problem; ``str()`` is English, :meth:`text` gives either language."""

    def __init__(
        self, key: str, *, source: str | None = None, line: int | None = None, **params: object
    ) -> None:
        self.key = key
        self.params = params
        super().__init__(MESSAGES[key][1].format(**params), source=source, line=line)

    def text(self, lang: str = "ja") -> str:
        """The message in ``lang`` with the line (``3行目：…``), without the file's path."""
        message = MESSAGES[self.key][0 if lang == "ja" else 1].format(**self.params)
        if self.line:
            return f"{self.line}行目：{message}" if lang == "ja" else f"line {self.line}: {message}"
        return message


def normalise_name(name: str) -> str:
    return unicodedata.normalize("NFKC", name).strip().strip(_BRACKETS).strip().casefold()


@dataclass
class Entry:
    """An utterance with the line it starts on (for error messages)."""

    line: int
    speaker: str  # "trainee", "owner" or IGNORED
    text: str


IGNORED = "ignored"  # a speaker left out of the scoring (an observer, a facilitator)


class SpeakerMap:
    """Speaker label -> ``trainee`` / ``owner`` (or :data:`IGNORED`), after normalisation."""

    def __init__(
        self,
        trainee_names: Iterable[str] = (),
        owner_names: Iterable[str] = (),
        ignore_names: Iterable[str] = (),
    ):
        self.names: dict[str, str] = {}
        trainee_names, owner_names = tuple(trainee_names), tuple(owner_names)
        both = {normalise_name(n) for n in trainee_names} & {normalise_name(n) for n in owner_names}
        if both:
            raise TranscriptError("both_roles", name=sorted(both)[0])
        # the usual labels, then the names left out, then the user's own mapping
        for names, role in ((TRAINEE_ALIASES, "trainee"), (OWNER_ALIASES, "owner"),
                            (ignore_names, IGNORED), (trainee_names, "trainee"),
                            (owner_names, "owner")):  # fmt: skip
            for name in names:
                self.names[normalise_name(name)] = role

    def get(self, name: str) -> str | None:
        return self.names.get(normalise_name(name))

    def require(self, name: str, source: str, line: int) -> str:
        speaker = self.get(name)
        if speaker is None:
            raise TranscriptError("unknown_speaker", source=source, line=line, name=name.strip())
        return speaker


class _Collector(SpeakerMap):
    """Accepts every name and remembers them in order (to offer them for mapping)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: dict[str, tuple[str, int]] = {}  # normalised -> (as first written, count)

    def require(self, name: str, source: str, line: int) -> str:
        key = normalise_name(name)
        first, count = self.seen.get(key, (name.strip(), 0))
        self.seen[key] = (first, count + 1)
        return "trainee"


def read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TranscriptError("cannot_read", source=str(path), why=exc.strerror or exc) from None
    return decode(raw, str(path))


def decode(raw: bytes, source: str = "<transcript>") -> str:
    """UTF-8 (with or without BOM), else Shift_JIS (cp932)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return raw.decode("cp932")
        except UnicodeDecodeError:
            raise TranscriptError("encoding", source=source) from None


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
            raise TranscriptError("no_first_speaker", source=source, line=number)
    return entries


def parse_csv(text: str, speakers: SpeakerMap, source: str) -> list[Entry]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        return []
    except csv.Error as exc:
        raise TranscriptError("bad_csv", source=source, line=1, why=exc) from None
    columns = [normalise_name(h) for h in header]
    if "speaker" not in columns or "text" not in columns:
        raise TranscriptError("csv_header", source=source, line=1, found=",".join(header))
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
            raise TranscriptError("bad_csv", source=source, line=start, why=exc) from None
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) <= max(s_col, t_col):
            raise TranscriptError("csv_columns", source=source, line=start)
        entries.append(_entry(row[s_col], row[t_col], speakers, source, start))
    return entries


def parse_jsonl(text: str, speakers: SpeakerMap, source: str) -> list[Entry]:
    entries: list[Entry] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        obj = json_line(raw, source, number)
        if not isinstance(obj, dict):
            raise TranscriptError("not_object", source=source, line=number)
        for field in ("speaker", "text"):
            if not isinstance(obj.get(field), str):
                raise TranscriptError("field_missing", source=source, line=number, field=field)
        entries.append(_entry(obj["speaker"], obj["text"], speakers, source, number))
    return entries


def json_line(raw: str, source: str, number: int) -> object:
    """One JSON value; every failure — bad syntax, nesting too deep, a huge line — is a
    :class:`TranscriptError` naming the line (``json`` recurses once per nesting level)."""
    if len(raw) > MAX_JSON_LINE_CHARS:
        raise TranscriptError(
            "too_long_line", source=source, line=number, n=len(raw), max=MAX_JSON_LINE_CHARS
        )
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise TranscriptError("bad_json", source=source, line=number, why=exc.msg) from None
    except RecursionError:
        raise TranscriptError("too_deep", source=source, line=number) from None


def _entry(name: str, text: str, speakers: SpeakerMap, source: str, line: int) -> Entry:
    if not name.strip():
        raise TranscriptError("empty_speaker", source=source, line=line)
    speaker = speakers.require(name, source, line)
    if not text.strip():
        raise TranscriptError("empty_text", source=source, line=line)
    return Entry(line, speaker, text.strip())


def transcript_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in ("txt", "text", "md"):
        return "txt"
    if suffix in FORMATS:
        return suffix
    raise TranscriptError("unknown_format", source=str(path), suffix=suffix or "(none)")


def parse_entries(
    text: str,
    fmt: str,
    *,
    source: str = "<transcript>",
    trainee_names: Iterable[str] = (),
    owner_names: Iterable[str] = (),
    ignore_names: Iterable[str] = (),
) -> list[Entry]:
    """Parse transcript ``text`` in format ``fmt`` ("txt", "csv", "jsonl") with line numbers.

    Utterances of ``ignore_names`` (an observer, a facilitator) are left out."""
    speakers = SpeakerMap(trainee_names, owner_names, ignore_names)
    entries = [e for e in _parser(fmt, source)(text, speakers, source) if e.speaker != IGNORED]
    for entry in entries:
        if not entry.text.strip():
            raise TranscriptError("empty_text", source=source, line=entry.line)
    if not entries:
        raise TranscriptError("no_turns", source=source)
    if not any(e.speaker == "trainee" for e in entries):
        raise TranscriptError("no_trainee", source=source)
    return entries


Parser = Callable[[str, "SpeakerMap", str], list[Entry]]


def _parser(fmt: str, source: str) -> Parser:
    parser = {"txt": parse_txt, "csv": parse_csv, "jsonl": parse_jsonl}.get(fmt)
    if parser is None:
        raise TranscriptError("unknown_format", source=source, suffix=fmt)
    return parser


def speaker_names(text: str, fmt: str, *, source: str = "<transcript>") -> list[tuple[str, int]]:
    """Every speaker label of a transcript, in order of appearance, with its number of turns.

    The file's shape is checked as when it is parsed (a malformed line is an error naming it);
    only the names are not required to be known yet: this is what a user maps."""
    collector = _Collector()
    _parser(fmt, source)(text, collector, source)
    return list(collector.seen.values())


def default_role(name: str) -> str | None:
    """``trainee`` / ``owner`` for the usual labels (支援者, 社長 …), else ``None``."""
    return SpeakerMap().get(name)


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
    return utterances(entries)


def utterances(entries: list[Entry]) -> list[Utterance]:
    return [Utterance(speaker=e.speaker, text=e.text) for e in entries]  # type: ignore[arg-type]
