"""One real-browser smoke test: Debian's Chromium asks the chat a question."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from assistant.settings import Settings
from assistant.texts import DISCLAIMER

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def chat_url(tiny_settings: Settings) -> Iterator[str]:
    """`spinewise serve` on a free loopback port, stopped when the test ends."""
    port = _free_port()
    env = {**os.environ, "SPINEWISE_DATA_DIR": str(tiny_settings.data_dir)}
    command = [sys.executable, "-m", "assistant", "serve", "--port", str(port)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and server.poll() is None:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.5)
        if server.poll() is not None:
            pytest.fail(f"the chat server stopped: {server.stderr.read().decode() if server.stderr else ''}")
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=30)
        if server.stderr:
            server.stderr.close()


def test_chat_answers_with_a_citation_and_the_disclaimer(chat_url: str) -> None:
    if not shutil.which("chromium"):
        pytest.fail("chromium is missing: `make test` installs it with apt-get")
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page()
        page.goto(chat_url, wait_until="domcontentloaded")
        expect(page.locator("#disclaimer-banner")).to_contain_text("Not medical advice", timeout=30_000)
        box = page.get_by_role("textbox").first
        box.fill("Is it safe to sleep on a heating pad?")
        box.press("Enter")
        bot = page.locator(".message.bot, [data-testid='bot']").last
        expect(bot).to_contain_text("[1]", timeout=60_000)
        expect(bot).to_contain_text(DISCLAIMER[:60], timeout=60_000)
        expect(bot.locator("summary")).to_contain_text("Sources")
        browser.close()


def test_markup_in_a_question_never_runs_in_the_page(chat_url: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    dialogs: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page()
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(chat_url, wait_until="domcontentloaded")
        box = page.get_by_role("textbox").first
        expect(box).to_be_visible(timeout=30_000)
        box.fill('<img src=x onerror="alert(1)"><script>alert(2)</script> does heat help a stiff back?')
        box.press("Enter")
        bot = page.locator(".message.bot, [data-testid='bot']").last
        expect(bot).to_contain_text(DISCLAIMER[:60], timeout=60_000)
        assert page.locator("img[onerror]").count() == 0
        assert page.locator("#chat script").count() == 0
        assert dialogs == []
        browser.close()
