"""QA round 1 in Chromium: downloads that stay with their owner, exams closed until the end,
the start confirmation, the trainee's words quoted in the report, a phone's width, a page that
outlived its sign-in, the hint in view, copying the conversation."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from .conftest import BROWSER_TIMEOUT_MS, end, say, shot, sign_in, start

SECRET = "口座番号 1234-5678 の件です。"
BIG = "太い得意先があり危機感のない経営者"


def test_a_download_reaches_only_the_signed_in_browser(app_url: str, app_demo, new_page) -> None:
    from gradio.utils import get_cache_folder, get_upload_folder

    page: Page = new_page()
    sign_in(page, app_url, "mori")
    start(page, BIG)
    say(page, f"本日はありがとうございます。{SECRET}")
    end(page)
    with page.expect_download() as saved:
        page.locator("#dl-md").click()
    download = saved.value
    assert download.url.startswith("blob:")  # made in this tab: no server URL exists
    assert SECRET in Path(download.path()).read_text(encoding="utf-8")
    assert download.suggested_filename.endswith(".md")
    with page.expect_download() as saved_json:
        page.locator("#dl-json").click()
    assert '"mode": "practice"' in Path(saved_json.value.path()).read_text(encoding="utf-8")
    # the next person at the same PC (or anyone signed in elsewhere)
    other: Page = new_page()
    sign_in(other, app_url, "abe")
    try:
        status = other.request.get(download.url).status
    except Exception:  # noqa: BLE001 - a blob of another tab cannot even be asked for
        status = None
    assert status != 200
    # nothing holding the session was written where Gradio's file route serves from
    folders = [Path(get_cache_folder()), Path(get_upload_folder())]
    for folder in folders:
        for file in (f for f in folder.rglob("*") if f.is_file()) if folder.exists() else []:
            assert SECRET not in file.read_text(encoding="utf-8", errors="ignore"), file
            answer = other.request.get(f"{app_url}gradio_api/file={file}")
            assert SECRET not in answer.text()
    shot(page, "20_download_private")


def test_an_exam_under_way_has_no_report_to_open(app_url: str, new_page) -> None:
    page: Page = new_page()
    sign_in(page, app_url, "ono")
    start(page, exam=True)
    say(page, "本日はお時間をいただきありがとうございます。")
    say(page, "最近の工場の様子を聞かせていただけますか？")
    page.get_by_role("tab", name="これまでの面談").click()
    expect(page.locator("#sessions-table")).to_contain_text("試験")
    page.locator("#open-report").click()
    report = page.locator("#report")
    expect(report).to_contain_text("試験モードの面談です")
    expect(report).not_to_contain_text("傾聴")
    expect(page.locator("#dl-md")).to_be_hidden()
    expect(page.locator("#report-chart")).to_be_hidden()
    shot(page, "21_exam_report_closed", full=False)


def test_starting_again_keeps_the_chosen_language_and_mode(app_url: str, new_page) -> None:
    page: Page = new_page()
    sign_in(page, app_url, "ueda")
    start(page, exam=True)
    say(page, "本日はお時間をいただきありがとうございます。")
    page.reload()
    expect(page.locator("#start-notice")).to_contain_text("再開しました")
    expect(page.locator("#exam input")).to_be_checked()
    page.locator("#exam input").uncheck()
    page.get_by_label("English").check()
    page.get_by_label("I know the problem, move on").check()
    page.locator("#start").click()
    expect(page.locator("#start-notice")).to_contain_text("A meeting is in progress")
    expect(page.get_by_label("English")).to_be_checked()  # the page did not flip back
    expect(page.locator("#exam input")).not_to_be_checked()
    shot(page, "22_start_confirm_keeps_choice", full=False)
    page.locator("#start").click()
    expect(page.locator("#start-notice")).to_contain_text("The meeting has started")
    expect(page.locator("#chat [data-testid='user']")).to_have_count(0)
    page.locator("#message textarea").fill("Thank you for making time for me today.")
    page.locator("#send").click()
    expect(page.locator("#feedback")).to_contain_text("Acts")  # practice, in English
    expect(page.get_by_label("English")).to_be_checked()


def test_the_report_quotes_the_trainees_html_and_markdown(app_url: str, new_page) -> None:
    page: Page = new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    sign_in(page, app_url, "endo")
    start(page, BIG)
    lines = [
        "本日はお時間をいただきありがとうございます。",
        "<script>alert(3)</script>を導入すべきです。",
        "**社長**、[ここ](javascript:alert(4))を見てください。決算書はありますか？",
        "つまり<b>人手</b>と<i>設備</i>が課題ということですね。",
    ]
    for line in lines:
        say(page, line)
    end(page)
    area = page.locator("#report-area")
    expect(area.locator("b, i, a, script, img")).to_have_count(0)
    text = page.locator("#report").inner_text()
    quoted = [line for line in lines[1:] if line in text]
    assert quoted, text  # the hints section quotes them, as typed
    assert "を導入すべきです" not in text.replace(lines[1], "")  # never without its <script>
    assert dialogs == []
    shot(page, "23_report_quotes_text")


def test_a_phone_width_reads_normally(app_url: str, browser) -> None:
    context = browser.new_context(locale="ja-JP", viewport={"width": 390, "height": 844})
    context.set_default_timeout(BROWSER_TIMEOUT_MS)
    page = context.new_page()
    try:
        sign_in(page, app_url, "ishii")
        title = page.locator("#header h1").bounding_box()
        assert title and title["width"] > 250 and title["height"] < 100  # wraps, not a column
        shot(page, "24_mobile_top", full=False)
        start(page)
        say(page, "本日はお時間をいただきありがとうございます。")
        say(page, "最近の工場の様子を聞かせていただけますか？")
        end(page)
        legend = page.locator("#report-chart .sim-legend li")
        expect(legend).to_have_count(5)
        for i in range(5):
            box = legend.nth(i).bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390, box
        width = page.evaluate("() => document.scrollingElement.scrollWidth")
        assert width <= 391
        page.locator("#report-chart").scroll_into_view_if_needed()
        shot(page, "25_mobile_report_chart", full=False)
        page.emulate_media(media="print")
        expect(page.locator("#report")).to_contain_text("受講者：石井（ishii）")
        expect(page.locator("#report-actions")).to_be_hidden()
        shot(page, "26_mobile_print")
    finally:
        context.close()


def test_a_page_that_lost_its_sign_in_says_so_and_keeps_the_talk(
    app_url: str, app_demo, new_page
) -> None:
    from simulator.ui.app import _sign_out

    page: Page = new_page()
    sign_in(page, app_url, "kondo")
    start(page)
    say(page, "本日はお時間をいただきありがとうございます。")
    _sign_out(app_demo, "kondo")  # what a restart does to every open page's sign-in
    page.locator("#message textarea").fill("工場のことを聞かせていただけますか？")
    page.locator("#send").click()
    banner = page.locator("#sim-stale")
    expect(banner).to_contain_text("ページを再読み込みして、もう一度ログインしてください")
    expect(page.locator("#chat [data-testid='user']").first).to_be_visible()  # talk still there
    expect(page.locator("#message textarea")).to_have_value("工場のことを聞かせていただけますか？")
    page.wait_for_timeout(500)
    expect(page.get_by_text("エラー", exact=True).filter(visible=True)).to_have_count(0)
    shot(page, "27_stale_page_banner", full=False)
    banner.get_by_role("button").click()
    expect(page.get_by_label("パスワード")).to_be_visible()  # the reload asks to sign in


def test_the_hint_comes_into_view_and_copy_gives_the_text(app_url: str, new_page) -> None:
    page: Page = new_page()
    sign_in(page, app_url, "noda")
    start(page, BIG)
    say(page, "<b>太字</b> & &amp; はじめまして。")
    page.locator("#message textarea").fill("行1\n行2")
    page.locator("#send").click()
    expect(page.locator("#chat [data-testid='bot']")).to_have_count(2)
    page.evaluate("() => window.scrollTo(0, 0)")
    page.locator("#hint-btn").click()
    hint = page.locator("#hint")
    expect(hint).not_to_be_empty()
    page.wait_for_timeout(800)  # the smooth scroll
    box = hint.bounding_box()
    assert box and 0 <= box["y"] and box["y"] + box["height"] <= 900, box
    shot(page, "28_hint_in_view", full=False)
    expect(page.locator("#chat button[aria-label='Copy conversation']")).to_have_count(0)
    page.locator("#copy-chat").click()
    expect(page.locator("#notice")).to_contain_text("会話をコピーしました")
    copied = page.evaluate("() => window.simCopied")
    assert "支援者：<b>太字</b> & &amp; はじめまして。" in copied
    assert "支援者：行1\n行2" in copied and "&lt;" not in copied and "<br>" not in copied
    # Gradio's English accessibility labels read in Japanese on the Japanese page
    expect(page.locator("[aria-label^='支援者の発言：']").first).to_be_attached()
    english = page.evaluate(
        """() => Array.from(document.querySelectorAll('[aria-label], [title]'))
             .flatMap((e) => [e.getAttribute('aria-label'), e.getAttribute('title')])
             .filter((v) => v && /^(chatbot conversation|user's message|bot's message|More tabs|Fullscreen|Copy table data)/.test(v))"""
    )
    assert english == [], english
