"""Browser tier: the app on 127.0.0.1 with sign-in, driven by Playwright in Debian's Chromium.

Chromium comes from the system (``apt-get install chromium fonts-noto-cjk``; ``.ci/run`` does
it), never from ``playwright install``. Every test saves screenshots under
``tests/browser/screenshots/`` (git-ignored): look at them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from simulator.settings import Settings
from simulator.store import Store, open_store
from simulator.ui import build_app, launch_options

CHROMIUM = os.environ.get("SIM_CHROMIUM", "/usr/bin/chromium")
SHOTS = Path(__file__).parent / "screenshots"
# Generous: on a loaded 2-core machine the first page load alone can take 20 s. A passing test
# never waits for it; only a failing one does.
BROWSER_TIMEOUT_MS = 60_000
expect.set_options(timeout=BROWSER_TIMEOUT_MS)
PASSWORD = "correct horse 1"
ACCOUNTS = {"sato": "佐藤", "suzuki": "鈴木", "yamada": "山田", "kato": "加藤", "ito": "伊藤",
            "kimura": "木村", "mori": "森", "abe": "阿部", "ono": "小野", "ueda": "上田",
            "endo": "遠藤", "ishii": "石井", "kondo": "近藤", "noda": "野田"}  # fmt: skip


@pytest.fixture(scope="session")
def app_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    data = tmp_path_factory.mktemp("browser-app")
    store = open_store(data / "simulator.db")
    for name, display in ACCOUNTS.items():
        store.add_user(name, PASSWORD, "trainee", display_name=display)
    return store


@pytest.fixture(scope="session")
def app_demo(app_store: Store) -> Iterator:
    demo = build_app(Settings(data_dir=_data_dir(app_store)), app_store, sign_in=True)
    options = launch_options(demo)
    options.update(server_port=None, prevent_thread_lock=True, quiet=True)
    demo.launch(**options)
    try:
        yield demo
    finally:
        demo.close()


@pytest.fixture(scope="session")
def app_url(app_demo) -> str:
    return app_demo.local_url


def _data_dir(store: Store) -> Path:
    from simulator.store.db import database_file

    return Path(database_file(store.db)).parent


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk")
    SHOTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield b
        b.close()


@pytest.fixture
def new_page(browser: Browser) -> Iterator:
    contexts = []

    def make() -> Page:
        context = browser.new_context(locale="ja-JP", viewport={"width": 1280, "height": 900})
        context.set_default_timeout(BROWSER_TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def shot(page: Page, name: str, *, full: bool = True) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full)


def sign_in(page: Page, url: str, user: str, password: str = PASSWORD) -> None:
    page.goto(url)
    page.get_by_label("ユーザー名").fill(user)
    page.get_by_label("パスワード").fill(password)
    page.get_by_role("button", name="ログイン").click()
    if password == PASSWORD:
        expect(page.locator("#start")).to_be_visible()
        expect(page.locator("#user-line")).to_contain_text(user)


def say(page: Page, text: str) -> None:
    """Type and send one line; wait until it and the owner's reply are on screen."""
    bubbles = page.locator(
        "#chat .message-row, #chat [data-testid='user'], #chat [data-testid='bot']"
    )
    before = page.locator("#chat [data-testid='bot']").count()
    page.locator("#message textarea").fill(text)
    page.locator("#send").click()
    expect(page.locator("#chat [data-testid='bot']")).to_have_count(before + 1)
    expect(page.locator("#message textarea")).to_have_value("")
    del bubbles


def end(page: Page) -> None:
    """End the meeting: the first press asks, the second ends (when anything was said)."""
    page.locator("#end").click()
    expect(page.locator("#notice")).to_contain_text("もう一度「面談を終える」")
    page.locator("#end").click()
    expect(page.locator("#report")).to_contain_text("振り返りレポート")


def start(page: Page, owner: str | None = None, *, exam: bool = False) -> None:
    if owner:
        page.get_by_label(owner).check()
    if exam:
        page.locator("#exam input").check()
    page.locator("#start").click()
    expect(page.locator("#start-notice")).to_contain_text("面談を始めました")
