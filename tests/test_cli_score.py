"""``python -m simulator score`` end to end, through a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RUBRICS = {"listening", "deep_dive", "summarising", "non_leading"}
OWNER_JA = "うちは職人の高齢化が進んでいて、若い人がなかなか定着しないんです。"


def run(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", "score", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
    )


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def line(id_: str, utterance: str, owner: str = OWNER_JA, **extra: Any) -> dict[str, Any]:
    return {
        "id": id_,
        "context": [{"speaker": "owner", "text": owner}],
        "utterance": utterance,
        **extra,
    }


def check_record(record: dict[str, Any]) -> None:
    assert set(record) == {"id", "acts", "scores", "evidence", "suggestion"}
    assert set(record["scores"]) == RUBRICS
    for value in record["scores"].values():
        assert value is None or 0 <= value <= 100
    assert isinstance(record["acts"], list) and isinstance(record["evidence"], list)
    assert record["suggestion"] is None or isinstance(record["suggestion"], str)


def test_happy_path_japanese_in_order(tmp_path: Path) -> None:
    src = write_jsonl(
        tmp_path / "in.jsonl",
        [
            line("b", "職人の高齢化が進んでいるのですね。それはご心配ですね。"),
            line("a", "若い人を採用すべきだと思いませんか？"),
            {"id": "c", "context": [], "utterance": "本日はお時間をいただきありがとうございます。"},
        ],
    )
    out = tmp_path / "out.jsonl"
    proc = run(src, "-o", out)
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["b", "a", "c"]
    for r in records:
        check_record(r)
    assert records[1]["scores"]["non_leading"] < records[0]["scores"]["non_leading"]
    assert records[1]["suggestion"]
    assert records[2]["scores"]["deep_dive"] is None


def test_happy_path_english_to_stdout(tmp_path: Path) -> None:
    owner = "Our sales have been flat for years and we rely on one big customer."
    src = write_jsonl(
        tmp_path / "in.jsonl",
        [
            line("1", "You rely on one big customer. How did that come about?", owner),
            line("2", "You should diversify your customers, shouldn't you?", owner),
        ],
    )
    proc = run(src, "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [r["id"] for r in records] == ["1", "2"]
    for r in records:
        check_record(r)
    assert records[0]["scores"]["deep_dive"] > records[1]["scores"]["deep_dive"]


def test_line_may_carry_its_own_language(tmp_path: Path) -> None:
    owner = "Our prices went up and customers stopped coming."
    src = write_jsonl(
        tmp_path / "in.jsonl", [line("x", "How many employees do you have?", owner, lang="en")]
    )
    proc = run(src)  # default --lang ja
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert record["suggestion"] is None or all(ord(ch) < 0x3000 for ch in record["suggestion"])


def test_bad_json_line_names_the_line_and_writes_nothing(tmp_path: Path) -> None:
    src = write_jsonl(
        tmp_path / "in.jsonl", [line("1", "なるほど。"), "{not json", line("3", "それで？")]
    )
    out = tmp_path / "out.jsonl"
    proc = run(src, "-o", out)
    assert proc.returncode == 2
    assert "in.jsonl:2:" in proc.stderr
    assert not out.exists()
    assert not list(tmp_path.glob(".out.jsonl.*"))


def test_missing_field_names_line_and_field(tmp_path: Path) -> None:
    rows: list[Any] = [line(str(i), "なるほど。") for i in range(1, 7)]
    rows.append({"id": "7", "context": []})
    src = write_jsonl(tmp_path / "INPUT.jsonl", rows)
    out = tmp_path / "out.jsonl"
    proc = run(src, "-o", out)
    assert proc.returncode == 2
    assert 'INPUT.jsonl:7: missing field "utterance"' in proc.stderr
    assert not out.exists()


def test_wrong_type_is_an_error(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "1", "context": "none", "utterance": 5}])
    proc = run(src)
    assert proc.returncode == 2
    assert "in.jsonl:1:" in proc.stderr and "utterance" in proc.stderr
    assert proc.stdout == ""


def test_unknown_language_in_a_line(tmp_path: Path) -> None:
    src = write_jsonl(
        tmp_path / "in.jsonl", [line("1", "なるほど。"), line("2", "Bonjour", lang="fr")]
    )
    proc = run(src)
    assert proc.returncode == 2
    assert "in.jsonl:2:" in proc.stderr and "unknown language" in proc.stderr
    assert proc.stdout == ""


def test_unknown_language_option(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [line("1", "なるほど。")])
    proc = run(src, "--lang", "fr")
    assert proc.returncode == 2
    assert "fr" in proc.stderr


def test_empty_file(tmp_path: Path) -> None:
    src = tmp_path / "empty.jsonl"
    src.write_text("", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = run(src, "-o", out)
    assert proc.returncode == 0
    assert out.read_text(encoding="utf-8") == ""
    assert "nothing to score" in proc.stderr


def test_missing_input_file(tmp_path: Path) -> None:
    proc = run(tmp_path / "nope.jsonl")
    assert proc.returncode == 2
    assert "nope.jsonl" in proc.stderr


def test_very_long_utterance(tmp_path: Path) -> None:
    long = "弊社の支援実績についてご説明します。" * 2800  # ≈ 50,000 characters
    src = write_jsonl(tmp_path / "in.jsonl", [line("long", long), line("short", "それで？")])
    proc = run(src, timeout=60)
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [r["id"] for r in records] == ["long", "short"]
    check_record(records[0])
    assert any("長文" in e for e in records[0]["evidence"])
    assert records[0]["scores"]["listening"] < 50
