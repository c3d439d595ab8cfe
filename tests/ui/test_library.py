"""The library: what can be opened, what failed to load and why, filtering, resize, theme."""

from __future__ import annotations

import os
import time
from pathlib import Path

from ui_support import EditPack, app_test, screen_text

from tutor.learning.services import TutorServices
from tutor.ui.app import TutorApp
from tutor.ui.screens.session import SessionScreen
from tutor.ui.screens.side_picker import SidePicker
from tutor.ui.screens.stats import StatsScreen
from tutor.ui.widgets.side_panel import SidePanel


async def _open(app: TutorApp) -> None:
    await app.workers.wait_for_complete()


@app_test
async def test_a_broken_pack_is_listed_with_its_problem(
    services: TutorServices, pack_dir: Path
) -> None:
    (pack_dir / "broken.json").write_text('{"format": 1, "metadata": {"id": "oops"}}')
    app = TutorApp(services)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app)
        await pilot.pause()
        text = screen_text(app)
        assert "Could not load broken.json" in text
        assert "1 failed to load" in text
        assert "US forces in Korea" in text  # the good pack still loads


@app_test
async def test_typing_filters_the_library(services: TutorServices) -> None:
    app = TutorApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app)
        await pilot.pause()
        await pilot.press(*"zzz")
        assert "Force posture" not in screen_text(app)
        await pilot.press("backspace", "backspace", "backspace", *"posture")
        text = screen_text(app)
        assert "Force posture" in text and "US forces in Korea" in text and "Quiz" not in text


@app_test
async def test_stats_screen_opens_with_s_and_closes_with_escape(services: TutorServices) -> None:
    app = TutorApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app)
        await pilot.pause()
        await pilot.press("s")
        assert isinstance(app.screen, StatsScreen)
        assert "0 answered" in screen_text(app)
        await pilot.press("escape")
        assert not isinstance(app.screen, StatsScreen)


@app_test
async def test_a_debate_asks_for_a_side_first(services: TutorServices) -> None:
    app = TutorApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app)
        await pilot.pause()
        await pilot.press(*"posture", "enter", "enter")
        assert isinstance(app.screen, SidePicker)
        assert "Withdraw (for)" in screen_text(app)
        await pilot.press("escape")
        assert not isinstance(app.screen, SidePicker)


@app_test
async def test_the_session_screen_redraws_on_resize(services: TutorServices) -> None:
    app = TutorApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app)
        await pilot.pause()
        await pilot.press("down", "enter")
        panel = app.screen.query_one(SidePanel)
        assert app.screen.has_class("-narrow") and panel.outer_size.width == 32
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert app.screen.has_class("-wide") and panel.outer_size.width == 40
        assert "Question 1 of 11" in screen_text(app)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert panel.outer_size.width == 32 and "Question 1 of 11" in screen_text(app)


@app_test
async def test_ctrl_t_switches_between_light_and_dark(services: TutorServices) -> None:
    app = TutorApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app)
        await pilot.press("ctrl+t")
        assert app.theme == "textual-light" and not app.current_theme.dark
        await pilot.press("ctrl+t")
        assert app.theme == "textual-dark" and app.current_theme.dark


@app_test
async def test_q_quits_from_the_library(services: TutorServices) -> None:
    app = TutorApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app)
        await pilot.press("q")
    assert app.return_code == 0


@app_test
async def test_the_command_palette_starts_a_quiz(services: TutorServices) -> None:
    app = TutorApp(services)
    async with app.run_test(size=(100, 30)) as pilot:
        await _open(app)
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        await pilot.press(*"quiz")
        await pilot.pause(0.8)
        assert "Start quiz: US forces in Korea" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)


@app_test
async def test_review_with_nothing_due_says_so(services: TutorServices) -> None:
    app = TutorApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app)
        await pilot.pause()
        await pilot.press("r")
        assert isinstance(app.screen, SessionScreen)
        assert "Nothing is due for review" in screen_text(app)


@app_test
async def test_preview_reloads_the_pack_when_its_file_changes(
    tmp_path: Path, edit_pack: EditPack
) -> None:
    path = edit_pack(lambda data: None)
    services = TutorServices(
        data_dir=tmp_path / "data", pack_paths=(path,), builtin=False, user_packs=False
    )
    app = TutorApp(services, watch=path)
    async with app.run_test(size=(100, 30)) as pilot:
        await _open(app)
        await pilot.pause()
        edit_pack(lambda data: data["metadata"].update(title="Renamed while open"))
        os.utime(path, (time.time() + 5, time.time() + 5))
        await pilot.pause(0.8)
        assert "Renamed while open" in screen_text(app)
