"""Parsing real role-play transcripts: .txt, .csv, .jsonl; errors name the line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.errors import InputError
from simulator.transcript import parse_transcript


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def pairs(utterances: list) -> list[tuple[str, str]]:
    return [(u.speaker, u.text) for u in utterances]


def test_txt_with_both_colons_aliases_blank_and_continuation_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "\ufeff社長: いらっしゃい。\n\n支援者：本日はありがとうございます。\n"
                 "経営者： 売上がね。\n  落ちているんだよ。\nsupporter: I see.\nOWNER: yes\n"
                 "【トレーニー】：続けてください\n")  # fmt: skip
    assert pairs(parse_transcript(path)) == [
        ("owner", "いらっしゃい。"),
        ("trainee", "本日はありがとうございます。"),
        ("owner", "売上がね。\n落ちているんだよ。"),
        ("trainee", "I see."),
        ("owner", "yes"),
        ("trainee", "続けてください"),
    ]


def test_txt_names_mapped_by_the_user(tmp_path: Path) -> None:
    path = write(tmp_path, "b.txt", "田中：はじめまして\n鈴木社長：どうも\n")
    utts = parse_transcript(path, trainee_names=["田中"], owner_names=["鈴木社長"])
    assert pairs(utts) == [("trainee", "はじめまして"), ("owner", "どうも")]


def test_txt_unknown_speaker_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "c.txt", "支援者：こんにちは\n経営者：どうも\n\n佐藤：横から失礼\n")
    with pytest.raises(InputError) as err:
        parse_transcript(path)
    assert err.value.line == 4 and "佐藤" in str(err.value) and "c.txt:4" in str(err.value)


def test_txt_first_line_without_speaker(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=":1:"):
        parse_transcript(write(tmp_path, "d.txt", "こんにちは\n支援者：はい\n"))


def test_colon_inside_a_sentence_is_a_continuation(tmp_path: Path) -> None:
    path = write(tmp_path, "e.txt", "支援者：三点あります。\nつまり、要点は：売上です\n")
    assert pairs(parse_transcript(path)) == [
        ("trainee", "三点あります。\nつまり、要点は：売上です")
    ]


def test_shift_jis_file(tmp_path: Path) -> None:
    path = write(tmp_path, "f.txt", "支援者：こんにちは\n経営者：どうも\n", encoding="cp932")
    assert len(parse_transcript(path)) == 2


def test_csv(tmp_path: Path) -> None:
    path = write(
        tmp_path, "g.csv", 'turn,speaker,text\n0,支援者,"はい、\nそうですね"\n1,owner,ええ\n'
    )
    assert pairs(parse_transcript(path)) == [("trainee", "はい、\nそうですね"), ("owner", "ええ")]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("who,what\n支援者,はい\n", 1),
        ("speaker,text\n支援者,はい\n誰か,ええ\n", 3),
        ('speaker,text\n支援者,"はい\nです"\n経営者,\n', 4),
    ],
)
def test_csv_errors_name_the_line(tmp_path: Path, text: str, line: int) -> None:
    with pytest.raises(InputError) as err:
        parse_transcript(write(tmp_path, "h.csv", text))
    assert err.value.line == line


def test_jsonl(tmp_path: Path) -> None:
    lines = [{"speaker": "trainee", "text": "どうぞ"}, {"speaker": "経営者", "text": "はい"}]
    path = write(tmp_path, "i.jsonl", "\n".join(json.dumps(x, ensure_ascii=False) for x in lines))
    assert pairs(parse_transcript(path)) == [("trainee", "どうぞ"), ("owner", "はい")]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('{"speaker": "trainee", "text": "a"}\nnot json\n', 2),
        ('{"speaker": "trainee", "text": "a"}\n\n{"speaker": "owner"}\n', 3),
        ('["trainee", "a"]\n', 1),
    ],
)
def test_jsonl_errors_name_the_line(tmp_path: Path, text: str, line: int) -> None:
    with pytest.raises(InputError) as err:
        parse_transcript(write(tmp_path, "j.jsonl", text))
    assert err.value.line == line


def test_unknown_format_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown transcript format"):
        parse_transcript(write(tmp_path, "k.docx", "x"))
    with pytest.raises(InputError, match="no turns"):
        parse_transcript(write(tmp_path, "l.txt", "\n\n"))
    with pytest.raises(InputError, match="no supporter"):
        parse_transcript(write(tmp_path, "m.txt", "経営者：ひとりごと\n"))
    with pytest.raises(InputError, match="both"):
        parse_transcript(write(tmp_path, "n.txt", "A：x\n"), trainee_names=["A"], owner_names=["A"])
