"""``python -m simulator sessions``: list, export, import, and the cohort CSV."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..errors import InputError
from ..settings import Settings
from ..store import Store, open_store
from ..store.exporting import cohort_csv, export_csv, export_json, export_markdown
from ..store.importing import import_json, import_transcript


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sessions", help="list, export and import sessions / セッション管理")
    cmd = p.add_subparsers(dest="sessions_command", metavar="ACTION", required=True)

    ls = cmd.add_parser("list", help="list stored sessions, newest first")
    ls.add_argument("--user", help="only this username's sessions")
    ls.add_argument("--cohort", type=int, help="only sessions of this cohort's members")
    ls.add_argument("--limit", type=int, default=50)
    ls.set_defaults(func=run_list)

    ex = cmd.add_parser("export", help="export one session as Markdown, JSON or CSV")
    ex.add_argument("session_id")
    ex.add_argument("--format", choices=("md", "json", "csv"), default="md")
    ex.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    ex.set_defaults(func=run_export)

    im = cmd.add_parser(
        "import", help="import a transcript (.txt/.csv/.jsonl, scored) or a JSON export"
    )
    im.add_argument("file", type=Path)
    im.add_argument("--persona", default="imported", help="persona id to file it under")
    im.add_argument("--lang", default="ja", choices=("ja", "en"))
    im.add_argument("--trainee", action="append", default=[], help="speaker name of the supporter")
    im.add_argument("--owner", action="append", default=[], help="speaker name of the owner")
    im.add_argument("--user", help="username the session belongs to")
    im.add_argument("--title")
    im.set_defaults(func=run_import)

    cc = cmd.add_parser("cohort-csv", help="one CSV row per session of a cohort")
    cc.add_argument("cohort_id", type=int)
    cc.add_argument("-o", "--output", type=Path)
    cc.set_defaults(func=run_cohort_csv)


def store_from_env() -> Store:
    return open_store(Settings.from_env().db_path)


def write_output(text: str, output: Path | None, *, excel: bool = False) -> None:
    """Print, or write ``output`` atomically (UTF-8 with BOM for CSV, for Excel)."""
    if output is None:
        sys.stdout.write(text)
        return
    tmp = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8-sig" if excel else "utf-8")
    os.replace(tmp, output)
    print(f"wrote {output}", file=sys.stderr)


def run_list(args: argparse.Namespace) -> int:
    with store_from_env() as store:
        user_id = store.get_user(args.user).id if args.user else None
        records = store.list_sessions(user_id=user_id, cohort_id=args.cohort, limit=args.limit)
        names = {u.id: u.username for u in store.list_users()}
    print("id\tcreated_at\tuser\tpersona\tsource\tturns\tfinished\tparent")
    for r in records:
        user = names.get(r.user_id, "-") if r.user_id is not None else "-"
        print(
            f"{r.id}\t{r.created_at}\t{user}\t{r.persona_id}\t{r.source}\t{r.turn_count}\t"
            f"{'yes' if r.finished else 'no'}\t{r.parent_id or '-'}"
        )
    return 0


def run_export(args: argparse.Namespace) -> int:
    render = {"md": export_markdown, "json": export_json, "csv": export_csv}[args.format]
    with store_from_env() as store:
        text = render(store, args.session_id)
    write_output(text, args.output, excel=args.format == "csv")
    return 0


def run_import(args: argparse.Namespace) -> int:
    with store_from_env() as store:
        user_id = store.get_user(args.user).id if args.user else None
        if args.file.suffix.lower() == ".json":
            try:
                text = args.file.read_text(encoding="utf-8-sig")
            except OSError as exc:
                raise InputError(f"cannot read: {exc.strerror}", source=str(args.file)) from None
            try:
                record = import_json(store, text, user_id=user_id)
            except InputError as exc:
                raise InputError(str(exc), source=str(args.file)) from None
        else:
            record = import_transcript(
                store, args.file, persona_id=args.persona, lang=args.lang, user_id=user_id,
                trainee_names=args.trainee, owner_names=args.owner, title=args.title,
            )  # fmt: skip
    scores = ", ".join(f"{k} {v:.0f}" for k, v in (record.scores or {}).items())
    print(f"imported {record.id}: {record.turn_count} turns{f' ({scores})' if scores else ''}")
    return 0


def run_cohort_csv(args: argparse.Namespace) -> int:
    with store_from_env() as store:
        text = cohort_csv(store, args.cohort_id)
    write_output(text, args.output, excel=True)
    return 0
