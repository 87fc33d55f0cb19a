"""``python -m simulator report TRANSCRIPT`` as contracts.md specifies."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.cli import main

RUBRICS = {"listening", "deep_dive", "summarising", "non_leading"}
TEXT = """経営者：今日は何の用ですか。
支援者：本日はお時間をいただきありがとうございます。御社のことを教えていただけますか。
経営者：売上が落ちていてね。
支援者：売上が落ちているのですね。いつ頃からですか？
"""


def test_report_to_file(tmp_path: Path) -> None:
    src = tmp_path / "t.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "r.json"
    assert main(["report", str(src), "-o", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert set(report["scores"]) == RUBRICS
    assert all(0 <= v <= 100 for v in report["scores"].values())
    assert [t["speaker"] for t in report["turns"]] == ["owner", "trainee", "owner", "trainee"]
    trainee = report["turns"][1]
    assert trainee["index"] == 1 and trainee["text"].startswith("本日は")
    assert trainee["acts"] and set(trainee["scores"]) == RUBRICS
    assert "patterns" in report and report["counts"]["trainee_turns"] == 2


def test_report_formats_and_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    jsonl = tmp_path / "t.jsonl"
    jsonl.write_text(
        '{"speaker": "A", "text": "Thanks for your time. How is business?"}\n'
        '{"speaker": "B", "text": "Sales are down."}\n',
        encoding="utf-8",
    )
    assert main(["report", str(jsonl), "--lang", "en", "--trainee", "A", "--owner", "B"]) == 0
    assert json.loads(capsys.readouterr().out)["lang"] == "en"


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("bad.txt", "支援者：こんにちは\n鈴木：はい\n", 2),
        ("bad.jsonl", '{"speaker": "trainee", "text": "a"}\n{oops\n', 2),
        ("bad.csv", "speaker,text\ntrainee,a\n,b\n", 3),
    ],
)
def test_malformed_transcript_exit_2_names_line_no_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, text: str, line: int
) -> None:
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "r.json"
    assert main(["report", str(src), "-o", str(out)]) == 2
    assert f"{src}:{line}:" in capsys.readouterr().err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [src]


def test_unknown_language_exit_2(tmp_path: Path) -> None:
    src = tmp_path / "t.txt"
    src.write_text(TEXT, encoding="utf-8")
    assert main(["report", str(src), "--lang", "fr"]) == 2


def test_module_entry_point(tmp_path: Path) -> None:
    src = tmp_path / "t.txt"
    src.write_text(TEXT, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "simulator", "report", str(src)],
        capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1], timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert set(json.loads(done.stdout)["scores"]) == RUBRICS
