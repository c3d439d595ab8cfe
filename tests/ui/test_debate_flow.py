"""A whole debate by key presses: side picked, every phase answered, the store has it all."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Static
from ui_support import (
    answer_current,
    app_test,
    open_debate,
    screen_text,
)

from tutor.learning.debrief import due_text
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


async def _play_to_rebuttal(pilot: Pilot[None], screen: SessionScreen) -> None:
    while screen.session.status().phase != "Rebuttal":
        await answer_current(pilot, "deter")


@app_test
async def test_a_rebuttal_names_the_points_missed_with_the_learners_words_and_a_card(
    services: TutorServices,
) -> None:
    app = TutorApp(services)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_debate(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        await _play_to_rebuttal(pilot, screen)
        await answer_current(pilot, "they will not attack")
        missed = str(app.screen.query(".feedback").last(Static).visual)
        assert "✗ Missed: Point about tripwire" in missed
        assert "Card: “" in missed  # the card that supports the missed point
        await answer_current(pilot, "the tripwire keeps them out")
        made = str(app.screen.query(".feedback").last(Static).visual)
        assert "✓ Point about tripwire — you said “tripwire”" in made


def _scheduled_in_store(data_dir: Path) -> dict[str, str]:
    with sqlite3.connect(data_dir / "progress.db") as db:
        rows = db.execute("SELECT item_key, due FROM review_cards").fetchall()
    return {key: due_text(datetime.fromisoformat(due)) for key, due in rows}


@app_test
async def test_the_debrief_lists_exactly_what_the_store_scheduled_with_its_due_date(
    services: TutorServices,
) -> None:
    app = TutorApp(services)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_debate(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        while not screen.session.finished:
            await answer_current(pilot, "deter")
        await pilot.press("enter")
        assert isinstance(app.screen, DebriefScreen)
        listed = str(app.screen.query_one("#debrief-scheduled", Static).visual).splitlines()
        assert services.data_dir is not None
        stored = _scheduled_in_store(services.data_dir)
        assert len(listed) == len(stored) > 0
        assert sorted(line.rsplit("(", 1)[1].rstrip(")") for line in listed) == sorted(
            stored.values()
        )
        assert not any(key.endswith(":weighing") for key in stored)
        assert all("Which impact" not in line for line in listed)  # weighing is never scheduled


def test_the_header_does_not_count_the_framing_as_a_step() -> None:
    from tutor.learning.core.session import SessionStatus
    from tutor.ui.screens.session import header_progress

    framing = SessionStatus("Framing", (0, 14), [], counted=False)
    assert header_progress(framing, "Debate · Force posture") == "Framing"
    case = SessionStatus("Constructive", (0, 14), [])
    assert header_progress(case, "Debate · Force posture") == "Constructive · 1 of 14"
    assert header_progress(SessionStatus("Review", (0, 0), []), "Review") == ""
