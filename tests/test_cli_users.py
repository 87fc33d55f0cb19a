"""``python -m simulator users`` and ``sessions``: accounts from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.cli import main
from simulator.settings import Settings
from simulator.store import open_store


def db_path() -> Path:
    return Settings.from_env().db_path  # tmp_path via the autouse fixture


def test_add_list_passwd_disable(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIM_PASSWORD", "sup3r-secret")
    assert main(["users", "add", "sensei", "--role", "instructor", "--name", "山田"]) == 0
    assert main(["users", "cohort-create", "2026春", "--instructor", "sensei"]) == 0
    assert main(["users", "add", "taro", "--role", "trainee", "--cohort", "1"]) == 0
    assert main(["users", "list"]) == 0
    out = capsys.readouterr().out
    assert "sensei\t山田\tinstructor\t1\tactive" in out and "taro\ttaro\ttrainee\t1" in out
    assert "sup3r-secret" not in out

    store = open_store(db_path())
    assert store.authenticate("taro", "sup3r-secret") is not None
    raw = db_path().read_bytes()
    store.close()
    assert b"sup3r-secret" not in raw

    monkeypatch.setenv("SIM_PASSWORD", "another-one")
    assert main(["users", "passwd", "taro"]) == 0
    assert main(["users", "disable", "sensei"]) == 0
    store = open_store(db_path())
    assert store.authenticate("taro", "another-one") is not None
    assert store.authenticate("sensei", "sup3r-secret") is None
    store.close()


def test_password_prompt_and_errors(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["prompted-pw", "prompted-pw", "one-password", "other-password"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["users", "add", "admin", "--role", "admin"]) == 0
    assert main(["users", "add", "bob", "--role", "trainee"]) == 2
    assert "differ" in capsys.readouterr().err
    assert main(["users", "passwd", "nobody"]) == 2
    assert "no such user" in capsys.readouterr().err
    monkeypatch.setenv("SIM_PASSWORD", "short")
    assert main(["users", "add", "carol", "--role", "trainee"]) == 2
    err = capsys.readouterr().err
    assert "at least 8" in err and "short" not in err.replace("at least", "")


def test_password_is_not_a_command_line_argument() -> None:
    with pytest.raises(SystemExit):
        main(["users", "add", "x", "--role", "trainee", "--password", "p"])


def test_sessions_cli_import_export_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    transcript = tmp_path / "t.txt"
    transcript.write_text("田中：本日はよろしくお願いします。\n社長：どうも。\n", encoding="utf-8")
    assert main(["sessions", "import", str(transcript), "--trainee", "田中"]) == 0
    session_id = capsys.readouterr().out.split()[1].rstrip(":")
    assert main(["sessions", "list"]) == 0
    assert session_id in capsys.readouterr().out
    out = tmp_path / "s.json"
    assert main(["sessions", "export", session_id, "--format", "json", "-o", str(out)]) == 0
    assert main(["sessions", "import", str(out)]) == 0
    assert main(["sessions", "export", session_id, "--format", "md"]) == 0
    assert "**支援者：** 本日は" in capsys.readouterr().out
    assert main(["sessions", "export", "missing", "--format", "csv"]) == 2
