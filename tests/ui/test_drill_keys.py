"""No printable key leaves a drill, whichever answer widget has focus; ctrl+q asks first."""

from __future__ import annotations

import re
import string
import unicodedata
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Button, Input
from ui_support import EditPack, app_test, make_services

from tutor.learning.services import TutorServices
from tutor.ui.app import TutorApp
from tutor.ui.screens.confirm_quit import ConfirmQuit
from tutor.ui.screens.session import SessionScreen
from tutor.ui.widgets.pickers import ChoiceList, MatchBoard, ReorderList

PRINTABLE = [chr(c) for c in range(0x20, 0x7F)]
assert len(PRINTABLE) == 95 and set(string.ascii_letters) <= set(PRINTABLE)
CLICK = "[@click=app.quit]x[/]"
WIDGETS: dict[str, type[Widget]] = {
    "mc": ChoiceList,
    "order": ReorderList,
    "match": MatchBoard,
    "cloze": Input,  # one box per blank
    "short": Input,
}


def _key(character: str) -> str:
    """Textual's name for the key that types ``character`` ("q", "left_square_bracket")."""
    if character.isalnum():
        return character
    return unicodedata.name(character).lower().replace("-", "_").replace(" ", "_")


async def type_text(pilot: Pilot[None], text: str) -> None:
    """Type ``text`` as a fast typist (or a paste) does: keys arrive in bursts.

    Digits are pressed one at a time, waiting for the app, because a digit may answer a
    choice (and the answer must be handled before the next key is routed)."""
    for run in re.split(r"(\d)", text):
        if run.isdigit():
            await pilot.press(run)
            continue
        for character in run:
            pilot.app.post_message(events.Key(_key(character), character))
        await pilot.pause()


def _only(edit_pack: EditPack, question_id: str) -> None:
    edit_pack(
        lambda data: data.update(questions=[q for q in data["questions"] if q["id"] == question_id])
    )


@pytest.mark.parametrize("question_id", list(WIDGETS))
@app_test
async def test_typing_every_printable_character_keeps_the_app_on_the_session(
    question_id: str, tmp_path: Path, edit_pack: EditPack
) -> None:
    _only(edit_pack, question_id)
    app = TutorApp(make_services(tmp_path, edit_pack.folder))
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.focused, WIDGETS[question_id])
        await type_text(pilot, CLICK + "".join(PRINTABLE))
        assert app.is_running and isinstance(app.screen, SessionScreen)
        assert not isinstance(app.screen, ConfirmQuit)


@app_test
async def test_typed_markup_stays_text_in_the_answer_box(
    tmp_path: Path, edit_pack: EditPack
) -> None:
    _only(edit_pack, "short")
    app = TutorApp(make_services(tmp_path, edit_pack.folder))
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("down", "enter")
        await type_text(pilot, CLICK + "".join(PRINTABLE))
        assert app.screen.query_one("#answer", Input).value == CLICK + "".join(PRINTABLE)


@app_test
async def test_ctrl_q_mid_drill_asks_and_stay_goes_back_to_the_question(
    services: TutorServices,
) -> None:
    app = TutorApp(services)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("down", "enter", "ctrl+q")
        assert isinstance(app.screen, ConfirmQuit)
        assert isinstance(app.focused, Button) and app.focused.id == "stay"
        await pilot.press("enter")
        assert app.is_running and isinstance(app.screen, SessionScreen)
        await pilot.press("ctrl+q", "n")
        assert app.is_running and isinstance(app.screen, SessionScreen)


@app_test
async def test_q_still_quits_from_the_library_without_asking(services: TutorServices) -> None:
    app = TutorApp(services)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("q")
    assert app.return_code == 0 and not app.is_running
