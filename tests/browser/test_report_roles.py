"""The report page in Chromium as a trainee and as an instructor: the persona author's 表課題・
裏課題 description only for the instructor, the owner's own words for both (rep20, issue 8)."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from simulator.datafiles import load_persona
from simulator.store import Store

from .conftest import PASSWORD, end, say, shot, sign_in, start

LINES = [
    "本日はお時間をいただきありがとうございます。商工会の佐藤と申します。よろしくお願いします。",
    "最近、工場のほうはいかがですか？",
    "人手不足とおっしゃっていましたが、もう少し詳しく聞かせていただけますか？",
]


def _report(page: Page, url: str, user: str, name: str, *, staff: bool = False) -> str:
    sign_in(page, url, user)
    start(page)
    for line in LINES:
        say(page, line)
    end(page)
    more = page.locator("#report-more")
    expect(more).to_contain_text("社長が自分の言葉で話した課題")
    # the last section of the page when it is there: wait for it, not for a fixed time (a loaded
    # CI machine rendered the heading before it)
    expect(more).to_contain_text("信頼が大きく動いた場面")
    if staff:
        expect(more).to_contain_text("人物設定の作者による説明（講師のみに表示）")
    page.wait_for_timeout(500)
    shot(page, name)
    return more.inner_text()


def test_only_the_instructor_reads_the_authors_description(app_url: str, app_store: Store, new_page) -> None:
    persona = load_persona("distrustful_founder")
    author = persona.underlying_issue.text.ja[:30]
    # a trainee of its own: "noda" may hold a meeting another browser test left open
    app_store.add_user("trainee20", PASSWORD, "trainee", display_name="研修生")
    mine = _report(new_page(), app_url, "trainee20", "rep20_report_trainee")
    assert author not in mine and "作者" not in mine
    app_store.add_user("teacher20", PASSWORD, "instructor", display_name="講師")
    theirs = _report(new_page(), app_url, "teacher20", "rep20_report_instructor", staff=True)
    assert author in theirs and "人物設定の作者による説明（講師のみに表示）" in theirs
