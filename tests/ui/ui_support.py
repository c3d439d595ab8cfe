"""What the app tests share: the test pack, a fixed clock and seed, and driving the app by
keys the way a learner would, reading the screen back."""

from __future__ import annotations

import asyncio
import functools
import html
import json
import re
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ParamSpec

from textual.app import App
from textual.content import Content
from textual.pilot import Pilot
from textual.widgets import Input, Static

from tutor.learning.services import TutorServices
from tutor.ui.screens.session import SessionScreen
from tutor.ui.widgets.pickers import ChoiceList, MatchBoard, ReorderList

FIXED_NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
DATA = Path(__file__).parent / "data"
TEST_PACK = DATA / "packs" / "usfk-test.json"


def make_services(root: Path, packs: Path, **kwargs: Any) -> TutorServices:
    return TutorServices(
        data_dir=root / "data",
        pack_paths=(packs,),
        builtin=False,
        user_packs=False,
        clock=lambda: FIXED_NOW,
        seed=7,
        **kwargs,
    )


class EditPack:
    """Rewrite the test pack in place with ``change(data)``; ``folder`` holds it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def __call__(self, change: Callable[[dict[str, Any]], Any]) -> Path:
        path = self.folder / TEST_PACK.name
        data = json.loads(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(json.dumps(data), encoding="utf-8")
        return path


P = ParamSpec("P")


def app_test(test: Callable[P, Coroutine[Any, Any, None]]) -> Callable[P, None]:
    """Run an async Pilot test with asyncio (no async pytest plugin is needed)."""

    @functools.wraps(test)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


def screen_text(app: App[None]) -> str:
    """Everything on screen as text (from the SVG screenshot, tags stripped)."""
    svg = app.export_screenshot()
    texts = re.findall(r"<text[^>]*>(.*?)</text>", svg, re.DOTALL)
    return html.unescape("".join(texts)).replace("\xa0", " ")


async def answer_current(pilot: Pilot[None], text: str = "deterrence") -> str:
    """Answer whatever the focused widget asks for, by keys; returns what kind it was."""
    focused = pilot.app.focused
    if isinstance(focused, ChoiceList):
        await pilot.press("1")
        return "choice"
    if isinstance(focused, ReorderList):
        await pilot.press("shift+down", "enter")
        return "order"
    if isinstance(focused, MatchBoard):
        letters = "abcdefgh"[: len(focused.lefts)]
        await pilot.press(*letters, "enter")
        return "match"
    assert isinstance(focused, Input), f"nothing to answer with: {focused!r}"
    if focused.has_class("blank"):
        await pilot.press(*"x", "enter", *"y", "enter")
        return "blanks"
    await pilot.press(*text, "enter")
    return "text"


async def answer_directly(pilot: Pilot[None], text: str = "x") -> None:
    """Answer as the focused widget would, posting the message (fast: no key presses)."""
    from tutor.ui.messages import AnswerSubmitted

    focused = pilot.app.focused
    if isinstance(focused, ChoiceList):
        text = "1"
    elif isinstance(focused, ReorderList):
        text = " ".join(str(n) for n in range(1, len(focused.items) + 1))
    elif isinstance(focused, MatchBoard):
        text = " ".join(f"{n}a" for n in range(1, len(focused.lefts) + 1))
    elif isinstance(focused, Input) and focused.has_class("blank"):
        text = "; ".join("x" for _ in focused.parent.children)  # type: ignore[union-attr]
    pilot.app.screen.post_message(AnswerSubmitted(text))
    await pilot.pause()


def highlighted_words(widget: Static) -> list[str]:
    """The stretches of a widget's text shown highlighted (reverse video)."""
    content = widget.visual
    assert isinstance(content, Content)
    text = content.plain
    return [text[s.start : s.end] for s in content.spans if "reverse" in str(s.style)]


async def open_debate(pilot: Pilot[None]) -> None:
    """From the library: filter to the motion, open it, pick the first side."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.press(*"posture", "enter", "enter", "enter")
    await pilot.pause()


async def reach_rebuttal_feedback(pilot: Pilot[None]) -> None:
    """Answer until the rebuttal phase, then rebut with words that cover one key point."""
    await open_debate(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, SessionScreen)
    while str(screen.session.phase) != "rebuttal":
        await answer_directly(pilot, "x")
    await pilot.press(*"the tripwire is a bluff", "enter")
    await pilot.pause()
    answer = pilot.app.screen.query(".learner").last(Static)
    assert "tripwire" in highlighted_words(answer), "the covering word is not highlighted"
