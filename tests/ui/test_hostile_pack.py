"""Pack text is shown literally: markup is not parsed, escape sequences are removed."""

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


def _poison(data: dict[str, Any]) -> None:
    data["metadata"]["title"] = f"Pack {BOLD} {ESCAPES}"
    data["motions"][0]["title"] = f"Motion {CLICK}"
    free = next(q for q in data["questions"] if q["id"] == "mc")
    free["prompt"] = f"{CLICK} {BOLD} {ESCAPES}?"
    free["options"] = [f"{CLICK} one", "[b]two[/b]", "three\x1b[2J"]
    data["questions"] = [free]


@app_test
async def test_markup_and_escapes_in_a_pack_show_as_plain_text(
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
            assert "\x1b" not in text and "owned-title" not in text and "evil" not in text


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
