"""A whole debate by key presses: side picked, every phase answered, the store has it all."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static
from ui_support import (
    answer_current,
    app_test,
    open_debate,
    screen_text,
)

from tutor.learning.services import TutorServices
from tutor.ui.app import TutorApp
from tutor.ui.screens.debrief import DebriefScreen
from tutor.ui.screens.session import SessionScreen
from tutor.ui.widgets.side_panel import SidePanel


@app_test
async def test_a_whole_debate_by_keys_is_recorded(services: TutorServices) -> None:
    app = TutorApp(services)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_debate(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        phases = set()
        while not screen.session.finished:
            phases.add(str(screen.session.phase))
            await answer_current(pilot, "deter")
        assert {"framing", "constructive", "cross-ex", "rebuttal", "weighing"} <= phases
        flow = screen.query_one(SidePanel).query_one("#flow", Static)
        assert "Rebuttal" in str(flow.visual)
        await pilot.press("enter")
        assert isinstance(app.screen, DebriefScreen)
        assert "Flow sheet" in screen_text(app)
        store = services.store
        sessions = store.list_sessions()
        assert [s["kind"] for s in sessions] == ["debate"]
        answers = store.session_answers(sessions[0]["id"])
        assert answers and {a["response"] for a in answers} >= {"deter"}
        await pilot.press("e")
        assert isinstance(app.screen, DebriefScreen)
        exported = app.screen.exported
        assert exported is not None and "Flow sheet" in Path(exported).read_text(encoding="utf-8")
