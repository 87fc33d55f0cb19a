"""Exam integrity, private downloads and the trainee's words quoted as text (QA round 1).

App tier: the controller and the report page's functions, no server (the HTTP API's side is in
``test_app.py``, the browser's in ``browser/test_privacy_layout.py``)."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from simulator.datafiles import load_persona
from simulator.errors import NotFoundError
from simulator.report_names import RUBRIC_NAMES
from simulator.reporting import Report
from simulator.settings import Settings
from simulator.store import Store, open_store
from simulator.store.exporting import export_markdown
from simulator.ui import Controller, report_page
from simulator.ui.common import Ctx
from simulator.ui.report_view import safe_summary
from simulator.ui.texts import ExamInProgressError, error_text

PASSWORD = "correct horse 1"
GREETING = "本日はお時間をいただきありがとうございます。"
LINES = [GREETING, "最近の工場の様子を聞かせていただけますか？", "人手のことで、もう少し聞かせてください。"]
PAYLOADS = [
    "<script>alert(3)</script>を導入すべきです。",
    "**社長**、[ここ](javascript:alert(4))を見てください。決算書はありますか？",
    "つまり<b>人手</b>と<i>設備</i>が課題ということですね。",
]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "app.db")


@pytest.fixture
def users(store: Store) -> dict:
    return {n: store.add_user(n, PASSWORD, "trainee") for n in ("sato", "suzuki")}


def make_ctx(store: Store, tmp_path: Path) -> Ctx:
    return Ctx(Controller(Settings(data_dir=tmp_path), store, sign_in=True))


def rendered(markdown: str) -> str:
    """Markdown rendered as a viewer would (CommonMark with tables)."""
    return MarkdownIt("commonmark").enable("table").render(markdown)


def visible_text(page_html: str) -> str:
    import html

    return html.unescape(re.sub(r"<[^>]+>", "", page_html))


# -- MAJOR-1: exam mode -----------------------------------------------------------------------
def test_an_exam_shows_no_report_score_or_export_before_the_end(
    store: Store, tmp_path: Path, users: dict
) -> None:
    ctx = make_ctx(store, tmp_path)
    ctl, sato = ctx.ctl, users["sato"]
    sid = ctl.start(sato, "move_on_owner", "ja", exam=True).session.id
    for text in LINES:
        ctl.say(sato, sid, text)
    head, chart, tail, md, js, printing, report_sid, _ = report_page.render(ctx, sato, sid)
    assert head == error_text(ExamInProgressError())
    assert "試験モード" in head and not any(name["ja"] in head for name in RUBRIC_NAMES.values())
    assert chart["visible"] is False and tail == ""
    assert md["visible"] is False and js["visible"] is False and printing["visible"] is False
    assert report_sid == ""  # nothing for the download buttons to ask for
    for fmt in ("md", "json"):
        with pytest.raises(ExamInProgressError):
            report_page.export_payload(ctx, sato, sid, fmt)
    with pytest.raises(ExamInProgressError):
        ctl.report(sato, sid)
    # once over, everything is there
    ctl.finish(sato, sid)
    head, chart, tail, md, *_ = report_page.render(ctx, sato, sid)
    assert "振り返りレポート" in head and chart["visible"] is True and "聞き出せなかったこと" in tail
    saved = json.loads(report_page.export_payload(ctx, sato, sid, "md"))
    assert "## 総合スコア" in saved["text"] and "（試験モード）" in saved["text"]


def test_an_unfinished_exam_branch_stays_unscored_in_another_report(
    store: Store, tmp_path: Path, users: dict
) -> None:
    ctx = make_ctx(store, tmp_path)
    ctl, sato = ctx.ctl, users["sato"]
    first = ctl.start(sato, "move_on_owner", "ja", exam=True).session.id
    for text in LINES:
        ctl.say(sato, first, text)
    branch = ctl.branch(sato, first, 3).session.id
    ctl.say(sato, branch, "売上を伸ばしたいお気持ち、よく分かります。")
    ctl.finish(sato, first)
    tail = report_page.render(ctx, sato, first)[2]
    assert "やり直しの比較" in tail
    row = next(line for line in tail.splitlines() if "ターン3〜" in line)
    assert re.findall(r"\| (—|\d+) ", row)[1:] == ["—"] * len(RUBRIC_NAMES), row


# -- MAJOR-2: downloads reach only their owner, and nothing is written for a URL ---------------
def test_downloads_write_no_file_and_answer_only_their_owner(
    store: Store, tmp_path: Path, users: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "gradio-cache"
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(cache))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    ctx = make_ctx(store, tmp_path)
    ctl, sato = ctx.ctl, users["sato"]
    sid = ctl.start(sato, "family_values_owner", "ja").session.id
    ctl.say(sato, sid, "本日はありがとうございます。口座番号 1234-5678 の件です。")
    ctl.finish(sato, sid)
    outputs = report_page.render(ctx, sato, sid)
    # no output names a file for Gradio to serve (a /gradio_api/file= URL is readable by anyone
    # signed in); no file holding the session exists anywhere under the temporary folders
    for value in outputs:
        value = value.get("value") if isinstance(value, dict) else value
        assert not (isinstance(value, str) and Path(value).is_absolute() and Path(value).exists())
    payload = json.loads(report_page.export_payload(ctx, sato, sid, "md"))
    assert payload["name"].endswith(".md") and "1234-5678" in payload["text"]
    assert payload["type"].startswith("text/markdown")
    written = [p for p in (tmp_path / "tmp").rglob("*") if p.is_file()]
    written += [p for p in cache.rglob("*") if p.is_file()] if cache.exists() else []
    assert not [p for p in written if "1234-5678" in p.read_text(errors="ignore")]
    for fmt in ("md", "json"):
        with pytest.raises(NotFoundError):
            report_page.export_payload(ctx, users["suzuki"], sid, fmt)


# -- MAJOR-4: the trainee's words quoted as text ----------------------------------------------
def test_the_report_summary_quotes_html_and_markdown_as_typed() -> None:
    persona = load_persona("distrustful_founder")
    hints = [
        {"turn": i + 1, "index": i, "text": text, "trust_delta": -4.0, "problem": f"<i>{text}</i>",
         "suggestion": f"<u>{text}</u>", "low": 10.0}
        for i, text in enumerate(PAYLOADS)
    ]  # fmt: skip
    strengths = [
        {"turn": i + 1, "text": text, "acts": ["要約"], "what": "", "owner_words": f"<b>{text}</b>",
         "revealed": [], "trust_delta": 3.0}
        for i, text in enumerate(PAYLOADS)
    ]  # fmt: skip
    report = Report(
        persona_id=persona.id, lang="ja", scores={"listening": 50.0}, revealed=[persona.underlying_issue.fact],
        hidden_issue_reached=True, trust_curve=[30.0, 32.0], final_stage="rapport", turns=3,
        hints=hints, weakest_turns=hints, strengths=strengths,
        owner_words=[{"turn": 3, "text": PAYLOADS[0]}],
    )  # fmt: skip
    page = rendered(safe_summary(report, persona))
    page = page[page.index("よくできた点") :]  # the sections that quote the trainee and the owner
    ours = page.count("<strong>到達しました</strong>")  # the report's own emphasis
    for tag in ("<script", "<b>", "<i>", "<u>", "<strong>", "<em>", "<a "):
        assert page.count(tag) == (ours if tag == "<strong>" else 0), tag
    shown = visible_text(page)
    for text in PAYLOADS:
        assert shown.count(text) >= 5, text  # literally, markers and tags included, everywhere
    assert "改善のヒント" in shown and "経営者自身の言葉" in shown


def test_the_markdown_export_carries_no_html_of_the_trainee_or_the_name(
    store: Store, tmp_path: Path
) -> None:
    evil = store.add_user("evil", PASSWORD, "trainee", display_name="<img src=x onerror=alert(1)>")
    ctl = Controller(Settings(data_dir=tmp_path), store, sign_in=True)
    sid = ctl.start(evil, "big_customer_owner", "ja").session.id
    for text in [*PAYLOADS, "行1\n- 行2\n# 行3"]:
        ctl.say(evil, sid, text)
    page = rendered(export_markdown(store, sid, viewer=evil))
    for tag in ("<img", "<script", "<b>", "<i>", "<a ", "<h1>行3", "<li>行2"):
        assert tag not in page, tag
    shown = visible_text(page)
    assert "受講者：<img src=x onerror=alert(1)>（evil）" in shown
    for text in PAYLOADS:
        assert text in shown


def test_the_report_header_names_the_trainee_in_the_page_language(
    store: Store, tmp_path: Path
) -> None:
    """COSMETIC-4: the printout says whose session it is, with the page's punctuation."""
    from simulator.ui.report_view import report_meta

    trainee = store.add_user("evil", PASSWORD, "trainee", display_name="<b>悪</b>")
    ctl = Controller(Settings(data_dir=tmp_path), store, sign_in=True)
    record = ctl.record(trainee, ctl.start(trainee, "move_on_owner", "en", exam=True).session.id)
    ja, en = report_meta(record, trainee, "ja"), report_meta(record, trainee, "en")
    assert "受講者：&lt;b&gt;悪&lt;/b&gt;（evil）" in ja and "モード：試験" in ja
    assert "Trainee: &lt;b&gt;悪&lt;/b&gt; (evil)" in en and "（" not in en and "exam" in en
