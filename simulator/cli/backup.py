"""``python -m simulator backup``: an online, consistent copy of the store; verify; restore.

python -m simulator backup PATH            # copy the live store to PATH
python -m simulator backup --verify PATH   # integrity, schema version, row counts
python -m simulator backup --restore PATH  # replace the store's content (see docs/backup.md)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..settings import Settings
from ..store.backup import StoreCheck, backup_database, check_database, restore_database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="back up, verify or restore the session store")
    p.add_argument("path", type=Path, help="the backup file")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--verify", action="store_true", help="check PATH instead of writing it")
    mode.add_argument(
        "--restore", action="store_true", help="copy PATH back into the store (stop the app)"
    )
    p.add_argument("--force", action="store_true", help="replace an existing backup file")
    p.set_defaults(func=run)


def _report(check: StoreCheck) -> None:
    counts = ", ".join(f"{k} {v}" for k, v in check.counts.items())
    print(f"{check.path}: integrity {check.integrity}; {counts}")
    if check.pending:
        print(f"  schema older than this version (migrated on open): {', '.join(check.pending)}")
    if check.unknown:
        print(f"  written by a newer version: {', '.join(check.unknown)}")


def run(args: argparse.Namespace) -> int:
    live = Settings.from_env().db_path
    if args.verify:
        check = check_database(args.path)
        _report(check)
        return 0 if check.ok else 1
    if args.restore:
        check = restore_database(args.path, live)
        _report(check)
        return 0
    check = backup_database(live, args.path, overwrite=args.force)
    _report(check)
    return 0
