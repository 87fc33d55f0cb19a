"""``python -m simulator users``: accounts, roles and cohorts.

Passwords come from the ``SIM_PASSWORD`` environment variable or an interactive prompt —
never from a command-line argument (it would end up in the shell history and ``ps``).
"""

from __future__ import annotations

import argparse
import getpass
import os

from ..errors import InputError
from ..settings import Settings
from ..store import Store, open_store
from ..store.records import ROLES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("users", help="manage accounts and cohorts / アカウント管理")
    cmd = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)

    add = cmd.add_parser("add", help="create an account (password: $SIM_PASSWORD or prompt)")
    add.add_argument("username")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--name", help="display name (default: the username)")
    add.add_argument("--cohort", type=int, action="append", default=[], help="cohort id to join")
    add.set_defaults(func=run_add)

    ls = cmd.add_parser("list", help="list accounts")
    ls.add_argument("--role", choices=ROLES)
    ls.set_defaults(func=run_list)

    pw = cmd.add_parser("passwd", help="set a new password ($SIM_PASSWORD or prompt)")
    pw.add_argument("username")
    pw.set_defaults(func=run_passwd)

    dis = cmd.add_parser("disable", help="disable an account (it can no longer log in)")
    dis.add_argument("username")
    dis.add_argument("--enable", action="store_true", help="re-enable instead")
    dis.set_defaults(func=run_disable)

    cc = cmd.add_parser("cohort-create", help="create a cohort and print its id")
    cc.add_argument("name")
    cc.add_argument("--instructor", help="username of the instructor who teaches it")
    cc.set_defaults(func=run_cohort_create)

    ca = cmd.add_parser("cohort-add", help="add an account to a cohort")
    ca.add_argument("cohort_id", type=int)
    ca.add_argument("username")
    ca.set_defaults(func=run_cohort_add)

    cl = cmd.add_parser("cohorts", help="list cohorts")
    cl.set_defaults(func=run_cohorts)


def store_from_env() -> Store:
    return open_store(Settings.from_env().db_path)


def read_password(*, confirm: bool = True) -> str:
    env = os.environ.get("SIM_PASSWORD")
    if env:
        return env
    first = getpass.getpass("Password / パスワード: ")
    if confirm and getpass.getpass("Again / 再入力: ") != first:
        raise InputError("the two passwords differ")
    return first


def run_add(args: argparse.Namespace) -> int:
    with store_from_env() as store:
        for cohort_id in args.cohort:
            store.get_cohort(cohort_id)  # fail before asking for a password
        user = store.add_user(args.username, read_password(), args.role, args.name)
        for cohort_id in args.cohort:
            store.add_to_cohort(cohort_id, user.id)
        print(f"added {user.username} (id {user.id}, {user.role})")
    return 0


def run_list(args: argparse.Namespace) -> int:
    with store_from_env() as store:
        users = store.list_users(role=args.role)
    print("id\tusername\tname\trole\tcohorts\tstatus")
    for u in users:
        cohorts = ",".join(str(c) for c in u.cohort_ids) or "-"
        status = "disabled" if u.disabled else "active"
        print(f"{u.id}\t{u.username}\t{u.display_name}\t{u.role}\t{cohorts}\t{status}")
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    with store_from_env() as store:
        store.get_user(args.username)
        store.set_password(args.username, read_password())
    print(f"password changed for {args.username}")
    return 0


def run_disable(args: argparse.Namespace) -> int:
    with store_from_env() as store:
        user = store.disable_user(args.username, disabled=not args.enable)
    print(f"{user.username}: {'disabled' if user.disabled else 'enabled'}")
    return 0


def run_cohort_create(args: argparse.Namespace) -> int:
    with store_from_env() as store:
        instructor = store.get_user(args.instructor).id if args.instructor else None
        cohort = store.create_cohort(args.name, instructor)
    print(f"created cohort {cohort.id}: {cohort.name}")
    return 0


def run_cohort_add(args: argparse.Namespace) -> int:
    with store_from_env() as store:
        user = store.get_user(args.username)
        store.add_to_cohort(args.cohort_id, user.id)
    print(f"added {user.username} to cohort {args.cohort_id}")
    return 0


def run_cohorts(args: argparse.Namespace) -> int:
    with store_from_env() as store:
        cohorts = store.list_cohorts()
    print("id\tname\tinstructor\tmembers")
    for c in cohorts:
        print(f"{c.id}\t{c.name}\t{c.instructor_id or '-'}\t{len(c.member_ids)}")
    return 0
