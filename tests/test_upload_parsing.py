"""Transcripts for the upload page: speaker names to map, left-out speakers, and a message in
Japanese naming the line for every malformed file — a JSON line nested thousands deep included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.cli import main
from simulator.errors import InputError
from simulator.store import open_store
from simulator.store.importing import import_json
from simulator.transcript import (
    TranscriptError,
    decode,
    default_role,
    parse_entries,
    speaker_names,
    utterances,
)

DEEP = "[" * 100_000 + "]" * 100_000


def jsonl(*rows: object) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows)


@pytest.mark.parametrize(
    ("text", "line", "ja"),
    [
        (jsonl({"speaker": "支援者", "text": "はい"}, DEEP), 2, "入れ子が深すぎて"),
        (jsonl({"speaker": "支援者", "text": "はい"}, '{"speaker": ' + "[" * 5000 + "}"), 2,
         "入れ子が深すぎて"),
        (jsonl({"speaker": "支援者", "text": "はい"}, "", "not json"), 3, "JSON として読めません"),
        (jsonl({"speaker": "支援者", "text": "はい"}, {"speaker": "経営者"}), 2, "項目「text」"),
        (jsonl(["支援者", "はい"]), 1, "オブジェクトが必要です"),
        (jsonl({"speaker": "支援者", "text": "x" * 200_001}), 1, "1行が長すぎます"),
    ],
)  # fmt: skip
def test_every_malformed_jsonl_line_is_named_in_japanese(text: str, line: int, ja: str) -> None:
    with pytest.raises(TranscriptError) as err:
        parse_entries(text, "jsonl", source="up.jsonl")
    assert err.value.line == line
    assert err.value.text("ja").startswith(f"{line}行目：") and ja in err.value.text("ja")
    assert f"up.jsonl:{line}:" in str(err.value)  # the command line keeps its English message
    assert err.value.text("en").startswith(f"line {line}: ")


def test_the_cli_report_of_a_deeply_nested_line_is_an_error_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "deep.jsonl"
    src.write_text(jsonl({"speaker": "支援者", "text": "はい"}, DEEP), encoding="utf-8")
    assert main(["report", str(src)]) == 2
    err = capsys.readouterr().err
    assert "deep.jsonl:2:" in err and "nested too deep" in err and "Traceback" not in err


def test_a_json_session_export_nested_too_deep_is_an_input_error() -> None:
    with pytest.raises(InputError, match="nested too deep"):
        import_json(open_store(None), DEEP)


@pytest.mark.parametrize(
    ("fmt", "text", "line", "ja"),
    [
        ("txt", "こんにちは\n支援者：はい\n", 1, "最初の発言に話者がありません"),
        ("txt", "支援者：はい\n観察者：メモ\n", 2, "話者「観察者」が分かりません"),
        ("csv", "who,what\n支援者,はい\n", 1, "speaker と text の列"),
        ("csv", 'speaker,text\n支援者,"はい\nです"\n経営者,\n', 4, "発言が空です"),
        ("csv", "speaker,text\n支援者,はい\n,ええ\n", 3, "話者が空です"),
    ],
)
def test_txt_and_csv_errors_in_japanese(fmt: str, text: str, line: int, ja: str) -> None:
    with pytest.raises(TranscriptError) as err:
        parse_entries(text, fmt)
    assert err.value.line == line and ja in err.value.text("ja"), err.value.text("ja")


def test_file_level_errors_have_no_line_and_a_japanese_message() -> None:
    with pytest.raises(TranscriptError) as err:
        parse_entries("経営者：ひとりごと\n", "txt")
    assert err.value.line is None and "支援者の発言がありません" in err.value.text("ja")
    with pytest.raises(TranscriptError) as err:
        decode(b"abc\x81")  # a lead byte with nothing after it: neither UTF-8 nor cp932
    assert "UTF-8 でも Shift_JIS でもない" in err.value.text("ja")


def test_speaker_names_are_offered_in_order_with_their_counts() -> None:
    text = "田中：はじめまして\n鈴木社長：どうも\n観察者：（メモ）\n田中：今日は\n"
    assert speaker_names(text, "txt") == [("田中", 2), ("鈴木社長", 1), ("観察者", 1)]
    assert default_role("支援者") == "trainee" and default_role("【社長】") == "owner"
    assert default_role("田中") is None
    # a malformed line is found while listing the names too
    with pytest.raises(TranscriptError) as err:
        speaker_names(jsonl({"speaker": "A", "text": "x"}, DEEP), "jsonl")
    assert err.value.line == 2


def test_mapped_names_and_a_left_out_observer() -> None:
    text = "田中：はじめまして\n  続けて失礼します\n鈴木社長：どうも\n観察者：（メモ）\n続きのメモ\n田中：今日は\n"
    entries = parse_entries(
        text, "txt", trainee_names=["田中"], owner_names=["鈴木社長"], ignore_names=["観察者"]
    )
    assert [(u.speaker, u.text) for u in utterances(entries)] == [
        ("trainee", "はじめまして\n続けて失礼します"),
        ("owner", "どうも"),
        ("trainee", "今日は"),
    ]
    with pytest.raises(TranscriptError) as err:
        parse_entries(text, "txt", trainee_names=["田中"], owner_names=["田中"])
    assert "両方" in err.value.text("ja")
