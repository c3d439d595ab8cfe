"""A real browser: Chromium opens ``tutor serve`` for Ann, answers one question, it lands.

Playwright drives the system Chromium (its own browser download is not needed). Skipped,
with the reason, only where no Chromium is installed; Playwright itself is a test
dependency, so a missing module fails.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright
from served import serving

from tutor.store import ProgressStore

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip


def chromium() -> str | None:
    explicit = os.environ.get("TUTOR_CHROMIUM")
    if explicit:
        return explicit
    return next(filter(None, map(shutil.which, ("chromium", "chromium-browser"))), None)


pytestmark = pytest.mark.skipif(
    chromium() is None, reason="no Chromium installed (apt-get install chromium)"
)


def answers_by(data: Path, learner: str) -> list[dict[str, object]]:
    with ProgressStore.open(data, learner=learner) as store:
        return [a for s in store.list_sessions() for a in store.session_answers(s["id"])]


def wait_for_answer(data: Path, learner: str, seconds: float = 20) -> list[dict[str, object]]:
    deadline = time.monotonic() + seconds
    while not (found := answers_by(data, learner)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return found


class Screen:
    """What the app sent the page over its WebSocket (read as Playwright sees the frames)."""

    def __init__(self, page: Page) -> None:
        self.page, self.seen = page, b""
        page.on("websocket", lambda ws: ws.on("framereceived", self._frame))

    def _frame(self, payload: bytes | str) -> None:
        self.seen += payload if isinstance(payload, bytes) else payload.encode()

    def wait_for(self, text: str, seconds: float = 20) -> None:
        deadline = time.monotonic() + seconds
        while text.encode() not in self.seen:
            assert time.monotonic() < deadline, f"{text!r} never reached the page"
            self.page.wait_for_timeout(50)


def press(page: Page, *keys: str) -> None:
    for key in keys:
        page.keyboard.press(key)
        page.wait_for_timeout(150)


def test_a_quiz_answer_in_the_browser_lands_under_the_learners_name(served_data: Path) -> None:
    with serving(served_data) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 700})
            screen = Screen(page)
            page.goto(url + "/?learner=Ann%20Lee")
            page.wait_for_function("document.body.classList.contains('-first-byte')")
            screen.wait_for("item(s) due")  # the library is painted
            page.focus("textarea.xterm-helper-textarea")  # keys to the terminal, no click
            press(page, "Slash")
            page.keyboard.type("USFK test", delay=30)
            page.wait_for_timeout(400)  # the list is filtered
            press(page, "ArrowDown", "Enter", "ArrowDown", "Enter")
            screen.wait_for("Skip")  # the quiz's first question, with its keys
            press(page, "F3")  # skip: recorded whatever the question's kind
            [answer] = wait_for_answer(served_data, "Ann Lee")
        finally:
            browser.close()
    assert answer["response"] == "/skip" and answer["learner"] == "Ann Lee"
    assert str(answer["item_key"]).startswith("usfk-test:")
    assert answers_by(served_data, "") == []
