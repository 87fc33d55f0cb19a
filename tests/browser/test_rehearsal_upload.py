"""A supporter builds a rehearsal owner and plays it, then edits it and plays again; an
instructor uploads a transcript with a malformed line, then a good one with its own speaker
names, filed for a trainee of the cohort."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from simulator.store import Store

from .conftest import PASSWORD, say, shot, sign_in

ROLEPLAY = """田中：本日はお時間をいただきありがとうございます。よろず支援拠点の田中です。
山田社長：どうも。まあ、座ってください。
田中：最近のお仕事のご様子を聞かせていただけますか？
山田社長：忙しいのは忙しいんだけど、利益が残らなくてね。
観察者：（メモ：うなずきが少ない）
田中：利益が残らない、というのは気がかりですね。いつ頃からそう感じていらっしゃいますか？
山田社長：ここ3年くらいかな。材料が上がってね。
田中：材料費が上がって、利益が圧迫されているということですね。価格の見直しをすべきだと思いませんか？
山田社長：…まあ、そう簡単にはいかないよ。
"""


@pytest.fixture(scope="module")
def people(app_store: Store) -> dict[str, int]:
    shimizu = app_store.add_user("up.shimizu", PASSWORD, "trainee", display_name="清水")
    ikeda = app_store.add_user("up.ikeda", PASSWORD, "trainee", display_name="池田")
    saito = app_store.add_user("up.saito", PASSWORD, "instructor", display_name="斎藤講師")
    cohort = app_store.create_cohort("2026年度 基礎スキルⅡ（名古屋）", saito.id)
    app_store.add_to_cohort(cohort.id, ikeda.id)
    return {"up.shimizu": shimizu.id, "up.ikeda": ikeda.id, "up.saito": saito.id}


def fill(page: Page, elem: str, text: str) -> None:
    page.locator(f"#{elem} textarea, #{elem} input").first.fill(text)


def test_a_supporter_builds_a_rehearsal_owner_and_plays_it(
    app_url: str, new_page, people: dict[str, int], app_store: Store
) -> None:
    page: Page = new_page()
    sign_in(page, app_url, "up.shimizu")
    expect(page.get_by_role("tab", name="講師の振り返り")).to_have_count(0)
    page.get_by_role("tab", name="訪問前リハーサル").click()
    page.get_by_label("「課題は分かっているから次に進んでくれ」タイプ（答えを急ぐ）").check()
    expect(page.locator("#rh-summary")).to_contain_text("答え")
    # the form refuses what is missing, in Japanese, next to the button
    page.locator("#rh-build").click()
    expect(page.locator("#rh-notice")).to_contain_text("業種を入力してください")
    expect(page.locator("#rh-notice")).to_contain_text("申込書の記載を入力してください")
    fill(page, "rh-industry", "漬物の製造販売")
    page.locator("#rh-employees input").fill("24")
    page.locator("#rh-founded input").fill("1978")
    fill(page, "rh-company", "<b>信州つけもの</b>株式会社")
    fill(page, "rh-application", "ネット販売を始めて売上を伸ばしたい。")
    fill(page, "rh-referral", "社長はせっかちで、すぐに答えを求めると聞いている。")
    fill(page, "rh-suspicion", "大口の取引先に頼りきりで、社内で話し合えていない")
    shot(page, "rehearsal_01_form")
    page.locator("#rh-build").click()
    # the meeting starts on the practice page with the owner built from the form
    expect(page.locator("#start-notice")).to_contain_text("をつくりました")
    card = page.locator("#owner-card")
    expect(card).to_contain_text("漬物の製造販売")
    expect(card).to_contain_text("ネット販売を始めて売上を伸ばしたい")
    expect(card).to_contain_text("<b>信州つけもの</b>株式会社")  # typed HTML shown as text
    expect(card.locator("b")).to_have_count(0)
    expect(card).not_to_contain_text("社内で話し合えていない")  # the hypothesis stays hidden
    say(page, "本日はお時間をいただきありがとうございます。よろず支援拠点の清水です。")
    say(page, "ネット販売に力を入れたいとのことですが、そう考えられたきっかけを教えていただけますか？")
    expect(page.locator("#feedback")).to_contain_text("発話の種類")
    shot(page, "rehearsal_02_playing_the_owner")
    owner_id = app_store.list_personas(user_id=people["up.shimizu"])[0].id
    # edit the owner and play again
    page.get_by_role("tab", name="訪問前リハーサル").click()
    expect(page.locator("#rh-mine input")).to_have_value(
        "リハーサル：<b>信州つけもの</b>株式会社 ― 「課題は分かっているから次に進んでくれ」タイプ（答えを急ぐ）"
    )
    expect(page.locator("#rh-build")).to_have_text("修正して、もう一度練習する")
    page.get_by_label("煮え切らない後継者タイプ（実権は先代や古参の役員に）").check()
    page.locator("#rh-build").click()
    expect(page.locator("#start-notice")).to_contain_text("煮え切らない後継者タイプ")
    say(page, "本日はありがとうございます。まずは御社のことを聞かせていただけますか？")
    shot(page, "rehearsal_03_edited_and_played_again")
    mine = app_store.list_personas(user_id=people["up.shimizu"])
    assert len(mine) == 2 and any(p.data.get("replaces") == owner_id for p in mine)
    # nobody else sees the owner
    other: Page = new_page()
    sign_in(other, app_url, "up.ikeda")
    other.get_by_role("tab", name="訪問前リハーサル").click()
    other.locator("#rh-mine input").click()
    expect(other.get_by_role("option")).to_have_count(1)  # only "(新しく作る)"
    other.keyboard.press("Escape")


def test_an_instructor_scores_an_uploaded_transcript_after_a_malformed_one(
    app_url: str, new_page, people: dict[str, int], tmp_path: Path, app_store: Store
) -> None:
    bad = tmp_path / "roleplay_bad.jsonl"
    bad.write_text(
        json.dumps({"speaker": "支援者", "text": "こんにちは"}, ensure_ascii=False) + "\n"
        + "[" * 20_000 + "]" * 20_000 + "\n",
        encoding="utf-8",
    )  # fmt: skip
    good = tmp_path / "roleplay_yamada.txt"
    good.write_bytes(ROLEPLAY.encode("cp932"))  # Shift_JIS, as Japanese Excel saves it
    before = len(app_store.list_sessions(limit=None))
    page: Page = new_page()
    sign_in(page, app_url, "up.saito")
    page.get_by_role("tab", name="逐語録の採点").click()
    page.locator("#up-file input[type=file]").set_input_files(str(bad))
    notice = page.locator("#up-notice")
    expect(notice).to_contain_text("2行目：JSON の入れ子が深すぎて読めません")
    expect(page.locator("#up-score")).to_be_disabled()
    shot(page, "upload_01_malformed_line", full=False)
    assert len(app_store.list_sessions(limit=None)) == before  # nothing stored
    page.locator("#up-file button[aria-label]").last.click()  # remove the bad file
    page.locator("#up-file input[type=file]").set_input_files(str(good))
    expect(notice).to_contain_text("3人の話者が見つかりました")
    expect(notice).to_contain_text("観察者（1）")
    page.locator("#up-trainee input").click()
    page.locator("#up-trainee").get_by_role("option", name="田中").click()
    page.keyboard.press("Escape")
    page.locator("#up-owner input").click()
    page.locator("#up-owner").get_by_role("option", name="山田社長").click()
    page.keyboard.press("Escape")
    page.locator("#up-for input").click()
    page.locator("#up-for").get_by_role("option", name="池田（up.ikeda・2026年度 基礎スキルⅡ（名古屋））").click()
    page.locator("#up-score").click()
    expect(notice).to_contain_text("採点して保存しました（4ターン）")
    report = page.locator("#up-report")
    expect(report).to_contain_text("振り返りレポート：実ロールプレイの採点")
    expect(report).to_contain_text("誘導・押しつけをしない")
    expect(page.locator("#up-chart svg, #up-chart canvas").first).to_be_visible()
    more = page.locator("#up-more")
    expect(more).to_contain_text("誘導質問")  # 「〜すべきだと思いませんか？」
    expect(more).not_to_contain_text("観察者")  # left out of the scoring
    page.wait_for_timeout(500)
    shot(page, "upload_02_scored_report")
    stored = app_store.list_sessions(user_id=people["up.ikeda"])
    assert len(stored) == 1 and stored[0].source == "imported"
    # it is in the instructor's review
    page.get_by_role("tab", name="講師の振り返り").click()
    expect(page.locator("#rv-table")).to_contain_text("取込")
    expect(page.locator("#rv-table")).to_contain_text("池田")
    expect(page.locator("#rv-table")).to_contain_text("取込：roleplay_yamada.txt")
    page.wait_for_timeout(800)
    shot(page, "upload_03_in_the_review_table", full=False)
