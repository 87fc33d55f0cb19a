"""benchmarks/judge_mix.py: two builds' samples mixed for one blind judge, and tallied per build."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from judge_mix import mix, tally  # noqa: E402


def _row(i: str, turn: int, line: str) -> dict[str, object]:
    return {"id": i, "file": "t01_ja_mixed.jsonl", "turn": turn, "line": line}


def test_an_item_both_builds_give_is_judged_once_and_keyed_to_both(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    before = [_row("f001", 3, "一問一答です"), _row("f002", 5, "要約が必要でした")]
    after = [_row("f001", 5, "要約が必要でした"), _row("f002", 7, "伝え返しができています")]
    rows, key = mix(before, after, "line", "f")
    assert len(rows) == 3
    shared = next(r["id"] for r in rows if r["line"] == "要約が必要でした")
    assert sorted(key[shared]) == [["after", "f001"], ["before", "f002"]]
    assert all("id" in r and r["id"].startswith("f") for r in rows)
    # the judge calls the shared line unfair: it counts for both builds, the others for one each
    (tmp_path / "key_feedback.json").write_text(json.dumps(key), encoding="utf-8")
    verdicts = [{"id": r["id"], "verdict": "unfair" if r["id"] == shared else "fair"} for r in rows]
    (tmp_path / "feedback_judged.jsonl").write_text(
        "".join(json.dumps(v) + "\n" for v in verdicts), encoding="utf-8"
    )
    tally(tmp_path)
    out = capsys.readouterr().out
    assert "feedback before: 1/2 unfair" in out and "feedback after: 1/2 unfair" in out
