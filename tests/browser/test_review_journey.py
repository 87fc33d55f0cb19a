"""An instructor's review in Chromium: sign in, filter the cohort, open a transcript, comment,
correct a score with a reason, export for Excel; the trainee reads the comment; an instructor
of another cohort cannot open these sessions."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from simulator.bots import GoodTrainee, PoorTrainee, play
from simulator.session import open_session
from simulator.store import Store

from .conftest import PASSWORD, shot, sign_in

COMMENT = "ここで社長の「人手」という言葉を拾えたのが良かったです。"


@pytest.fixture(scope="module")
def cohort(app_store: Store) -> dict[str, str]:
    """kobayashi teaches kimura and mori; nakamura teaches hayashi. Sessions played by bots."""
    add = app_store.add_user
    kobayashi = add("rv.kobayashi", PASSWORD, "instructor", display_name="小林講師")
    nakamura = add("rv.nakamura", PASSWORD, "instructor", display_name="中村講師")
    kimura = add("rv.kimura", PASSWORD, "trainee", display_name="木村")
    mori = add("rv.mori", PASSWORD, "trainee", display_name="森")
    hayashi = add("rv.hayashi", PASSWORD, "trainee", display_name="林")
    a = app_store.create_cohort("2026年度 基礎スキルⅠ（東京）", kobayashi.id)
    b = app_store.create_cohort("2026年度 基礎スキルⅠ（大阪）", nakamura.id)
    for user in (kimura, mori):
        app_store.add_to_cohort(a.id, user.id)
    app_store.add_to_cohort(b.id, hayashi.id)
    ids: dict[str, str] = {}
    for key, user, persona, bot, turns in (
        ("kimura_good", kimura, "distrustful_founder", GoodTrainee(), 30),
        ("kimura_poor", kimura, "move_on_owner", PoorTrainee(), 5),
        ("rv.mori", mori, "reluctant_successor", GoodTrainee(), 10),
        ("rv.hayashi", hayashi, "big_customer_owner", GoodTrainee(), 8),
    ):
        session = open_session(persona, "ja", store=app_store, user_id=user.id, backend="offline")
        play(session, bot, turns=turns)
        if not session.finished:
            session.end()
        session.report()
        ids[key] = session.id or ""
    return ids


def pick(page: Page, elem: str, option: str) -> None:
    page.locator(f"#{elem} input").click()
    page.get_by_role("option", name=option).first.click()


def test_instructor_reviews_comments_corrects_exports_and_the_trainee_reads_it(
    app_url: str, new_page, cohort: dict[str, str], tmp_path: Path
) -> None:
    page: Page = new_page()
    sign_in(page, app_url, "rv.kobayashi")
    page.get_by_role("tab", name="講師の振り返り").click()
    expect(page.locator("#rv-cohort input")).to_have_value("2026年度 基礎スキルⅠ（東京）")
    table = page.locator("#rv-table")
    expect(table).to_contain_text("木村")
    expect(table).to_contain_text("森")
    expect(table).not_to_contain_text("林")  # another cohort's trainee
    expect(page.locator("#rv-count")).to_contain_text("3件の面談（全3件中）")
    # a column's menu sorts the whole table, in Japanese (no English "Filter" items)
    header = table.locator("[role=columnheader]", has_text="傾聴")
    header.hover()
    header.locator("button.cell-menu-button").click()
    menu = page.locator(".cell-menu[role=menu]")
    expect(menu.get_by_role("menuitem", name="降順に並べ替え")).to_be_visible()
    for english in ("Filter", "Clear filters"):
        expect(menu.get_by_text(english, exact=True)).to_be_hidden()
    menu.get_by_role("menuitem", name="降順に並べ替え").click()
    scores = [float(x) for x in table.locator("[role=gridcell][data-col='6']").all_inner_texts()]
    assert len(scores) == 3 and scores == sorted(scores, reverse=True)
    pick(page, "rv-trainee", "木村（rv.kimura）")
    pick(page, "rv-reached", "到達")
    page.locator("#rv-apply").click()
    expect(page.locator("#rv-count")).to_contain_text("1件の面談（全3件中）")
    expect(table).not_to_contain_text("森")
    expect(table).to_contain_text("不信感のある創業者")
    shot(page, "review_01_cohort_filtered")
    # open the transcript by clicking its row
    table.locator("[role=gridcell]", has_text="不信感のある創業者").first.click()
    transcript = page.locator("#rv-transcript")
    expect(transcript).to_contain_text("ターン2　経営者の信頼")
    expect(transcript).to_contain_text("発話の種類：")
    expect(transcript).to_contain_text("裏課題への到達：到達")
    for english in ("open_question", "reflection", "summary", "empathy"):
        expect(transcript).not_to_contain_text(english)
    # a comment on turn 2
    pick(page, "rv-target", "ターン2")
    page.locator("#rv-comment textarea").fill(COMMENT)
    page.locator("#rv-add").click()
    expect(page.locator("#rv-comment-notice")).to_contain_text("コメントを残しました")
    expect(transcript).to_contain_text(COMMENT)
    # a correction needs a reason
    pick(page, "rv-target", "面談全体")
    pick(page, "rv-rubric", "要約・言い換え")
    page.locator("#rv-score input").fill("40")
    page.locator("#rv-override").click()
    expect(page.locator("#rv-override-notice")).to_contain_text("修正の理由を書いてください")
    page.locator("#rv-reason textarea").fill("要約はしているが、社長に確かめる問いかけがない")
    page.locator("#rv-override").click()
    expect(page.locator("#rv-override-notice")).to_contain_text("要約・言い換えのスコアを40に修正しました")
    expect(transcript).to_contain_text("社長に確かめる問いかけがない")
    page.locator("#rv-read-notice").scroll_into_view_if_needed()
    shot(page, "review_02_transcript_correction", full=False)
    transcript.get_by_text(COMMENT).scroll_into_view_if_needed()
    shot(page, "review_03_transcript_comment_on_turn_2", full=False)
    # where not to trust the tool
    page.get_by_role("tab", name="一覧").click()
    page.locator("#rv-refresh").click()
    page.get_by_role("tab", name="自動採点との一致").click()
    agree = page.locator("#rv-agree")
    expect(agree).to_contain_text("要約・言い換え")
    expect(page.locator("#rv-agree-md")).to_contain_text("自動採点をそのまま信じずに")
    shot(page, "review_04_agreement", full=False)
    # progress of one trainee
    page.get_by_role("tab", name="受講者の推移").click()
    pick(page, "rv-progress-pick", "木村（rv.kimura）")
    expect(page.locator("#rv-progress-md")).to_contain_text("2回の面談")
    expect(page.locator("#rv-progress-plot svg, #rv-progress-plot canvas").first).to_be_visible()
    expect(page.locator("#rv-progress-table")).to_contain_text("40")  # the correction is used
    page.wait_for_timeout(500)
    shot(page, "review_05_progress")
    # export for Excel
    page.get_by_role("tab", name="一覧").click()
    with page.expect_download() as info:  # saved in this tab from a blob: no server file
        page.locator("#rv-export").click()
    expect(page.locator("#rv-export-notice")).to_contain_text("3件の面談をCSVにしました")
    assert info.value.url.startswith("blob:")
    assert info.value.suggested_filename.endswith(".csv")
    data = Path(info.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:4] == ["日時（日本時間）", "受講者", "ユーザー名", "経営者"]
    assert len(rows) == 4 and {r[1] for r in rows[1:]} == {"木村", "森"}
    good = next(r for r in rows if r[-1] == cohort["kimura_good"])
    assert "要約・言い換え" in good[12] and "→40" in good[12] and good[16] == "1"
    shot(page, "review_06_export_ready", full=False)

    # the trainee reads the comment in the report; the review tab is not there for them
    trainee: Page = new_page()
    sign_in(trainee, app_url, "rv.kimura")
    expect(trainee.get_by_role("tab", name="講師の振り返り")).to_have_count(0)
    trainee.get_by_role("tab", name="これまでの面談").click()
    trainee.locator("#pick input").click()
    trainee.get_by_role("option", name="不信感のある創業者").first.click()
    trainee.locator("#open-report").click()
    more = trainee.locator("#report-more")
    expect(more).to_contain_text("講師からのコメント")
    expect(more).to_contain_text(COMMENT)
    expect(more).to_contain_text("講師によるスコアの修正")
    more.get_by_text("講師からのコメント").scroll_into_view_if_needed()
    shot(trainee, "review_07_trainee_reads_the_comment", full=False)


def test_an_instructor_of_another_cohort_cannot_open_these_sessions(
    app_url: str, new_page, cohort: dict[str, str]
) -> None:
    page: Page = new_page()
    sign_in(page, app_url, "rv.nakamura")
    page.get_by_role("tab", name="講師の振り返り").click()
    expect(page.locator("#rv-cohort input")).to_have_value("2026年度 基礎スキルⅠ（大阪）")
    expect(page.locator("#rv-table")).to_contain_text("林")
    expect(page.locator("#rv-table")).not_to_contain_text("木村")
    page.locator("#rv-cohort input").click()
    expect(page.get_by_role("option", name="2026年度 基礎スキルⅠ（東京）")).to_have_count(0)
    page.keyboard.press("Escape")
    page.get_by_role("tab", name="記録を読む").click()
    for session_id in (cohort["kimura_good"], "0" * 32):
        page.locator("#rv-by-id textarea").fill(session_id)
        page.locator("#rv-open").click()
        expect(page.locator("#rv-read-notice")).to_contain_text("その面談は見つかりません。")
        expect(page.locator("#rv-transcript")).not_to_contain_text("不信感のある創業者")
    shot(page, "review_08_other_cohort_not_found", full=False)
    # a trainee typing an id into the review handlers fares no better: the tab is not even there
    trainee: Page = new_page()
    sign_in(trainee, app_url, "rv.hayashi")
    expect(trainee.get_by_role("tab", name="講師の振り返り")).to_have_count(0)
