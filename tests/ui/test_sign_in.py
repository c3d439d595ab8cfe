"""Class mode asks who is answering, once; one person on their own machine is never asked."""

from __future__ import annotations

from pathlib import Path

from ui_support import app_test, make_services, screen_text

from tutor.learning.services import TutorServices
from tutor.ui.app import TutorApp
from tutor.ui.screens.library import LibraryScreen
from tutor.ui.screens.sign_in import SignIn


@app_test
async def test_without_class_mode_the_library_opens_with_no_sign_in(
    services: TutorServices,
) -> None:
    app = TutorApp(services)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


@app_test
async def test_signing_in_opens_the_library_for_that_learner(
    tmp_path: Path, pack_dir: Path
) -> None:
    services = make_services(tmp_path, pack_dir, sign_in=True)
    app = TutorApp(services)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SignIn)
        await pilot.press(*"[b]x", "enter")
        assert "not [ ]" in screen_text(app)
        await pilot.press(*["backspace"] * 4, *"Ann Lee", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert services.store.learner == "Ann Lee"


@app_test
async def test_a_learner_given_on_the_command_line_is_not_asked_again(
    tmp_path: Path, pack_dir: Path
) -> None:
    services = make_services(tmp_path, pack_dir, sign_in=True, learner="Ben")
    app = TutorApp(services)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
