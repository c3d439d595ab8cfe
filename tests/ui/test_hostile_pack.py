"""Pack text is shown literally: markup is not parsed, bidi marks are removed, and a pack
holding escape sequences or bidi overrides is refused (listed with its problem)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets import Static
from ui_support import EditPack, app_test, make_services, screen_text

from tutor.ui.app import TutorApp
from tutor.ui.screens.session import SessionScreen

BOLD = "[bold]Loud[/bold]"
CLICK = "[@click=app.quit]Click me[/]"
ESCAPES = (
    "\x1b[31mred\x1b[0m\x1b]0;owned-title\x07\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\"
)
MARKS = "\u200fred\u200elink\u061c"
"""Direction marks: honest in right-to-left text, so the pack loads (with a warning)."""


def _poison(data: dict[str, Any], spoof: str = MARKS) -> None:
    data["metadata"]["title"] = f"Pack {BOLD} {spoof}"
    data["motions"][0]["title"] = f"Motion {CLICK}"
    free = next(q for q in data["questions"] if q["id"] == "mc")
    free["prompt"] = f"{CLICK} {BOLD} {spoof}?"
    free["options"] = [f"{CLICK} one", "[b]two[/b]", "three\u200f"]
    data["questions"] = [free]


@app_test
async def test_markup_and_bidi_marks_in_a_pack_show_as_plain_text(
    tmp_path: Path, edit_pack: EditPack
) -> None:
    edit_pack(_poison)
    app = TutorApp(make_services(tmp_path, edit_pack.folder))
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        library = screen_text(app)
        assert f"Pack {BOLD} redlink" in library
        assert f"Motion {CLICK}" in library
        await pilot.press("down", "enter")
        assert isinstance(app.screen, SessionScreen)
        session = screen_text(app)
        assert f"{CLICK} {BOLD} redlink?" in session
        assert f". {CLICK} one" in session and ". [b]two[/b]" in session  # shuffled order
        for text in (library, session):
            assert not {"\u200e", "\u200f", "\u061c"} & set(text)


@app_test
async def test_a_pack_with_escapes_or_overrides_is_listed_as_refused(
    tmp_path: Path, edit_pack: EditPack
) -> None:
    edit_pack(lambda data: _poison(data, f"{ESCAPES} gnp\u202e.exe"))
    app = TutorApp(make_services(tmp_path, edit_pack.folder))
    async with app.run_test(size=(160, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        library = screen_text(app)
        assert "✗" in library and "control or bidi characters" in library
        assert "\x1b" not in library and "\u202e" not in library and "owned-title" not in library


@app_test
async def test_clicking_pack_text_that_looks_like_an_action_does_nothing(
    tmp_path: Path, edit_pack: EditPack
) -> None:
    edit_pack(_poison)
    app = TutorApp(make_services(tmp_path, edit_pack.folder))
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("down", "enter")
        question = app.screen.query(".kind-question").last(Static)
        for x in range(0, 20, 2):
            await pilot.click(question, offset=(x, 1))
        assert app.is_running and isinstance(app.screen, SessionScreen)
        spans = getattr(question.visual, "spans", [])
        assert not any("click" in str(span.style) for span in spans)
