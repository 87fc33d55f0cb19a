"""benchmarks/play_cli.py: the blind playtests' shell tool keeps a session across calls."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "benchmarks/play_cli.py", *args],
        cwd=ROOT,
        env={"PLAY_DB": str(tmp_path / "play.db"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_session_goes_on_across_calls_and_ends_with_the_report(tmp_path: Path) -> None:
    started = run(tmp_path, "new", "reluctant_successor", "ja", "7")
    assert started.returncode == 0, started.stderr
    session_id = started.stdout.splitlines()[0].removeprefix("session: ")
    first = run(tmp_path, "say", session_id, "本日はお時間をいただきありがとうございます。")
    second = run(tmp_path, "say", session_id, "社長に就任されてから、いかがですか？")
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    assert first.stdout.startswith("OWNER: ") and second.stdout.startswith("OWNER: ")
    assert "scores: listening" in second.stdout
    report = run(tmp_path, "end", session_id)
    assert report.returncode == 0, report.stderr
    # the report covers both calls' turns: the second call's open question is counted
    assert "振り返りレポート" in report.stdout and "開いた質問 1回" in report.stdout
    assert "信頼度の推移" in report.stdout


def test_a_bad_call_says_how_to_use_it(tmp_path: Path) -> None:
    bad = run(tmp_path, "say", "only-one-argument")
    assert bad.returncode == 2 and "usage:" in bad.stderr
