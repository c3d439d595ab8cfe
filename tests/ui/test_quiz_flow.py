"""A whole quiz by key presses: every question type answered, each answer in the store."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Static
from ui_support import (
    EditPack,
    answer_current,
    app_test,
    highlighted_words,
    make_services,
    screen_text,
)

from tutor.learning.services import TutorServices
from tutor.ui.app import TutorApp
from tutor.ui.screens.debrief import DebriefScreen
from tutor.ui.screens.library import LibraryScreen
from tutor.ui.screens.session import SessionScreen


@app_test
async def test_a_whole_quiz_by_keys_is_recorded_answer_by_answer(services: TutorServices) -> None:
    app = TutorApp(services)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("down", "enter")  # the quiz under the pack heading
        assert isinstance(app.screen, SessionScreen)
        kinds = []
        while not app.screen.session.finished:
            kinds.append(await answer_current(pilot))
        assert {"choice", "order", "match", "blanks", "text"} <= set(kinds)
        assert "Press Enter for the debrief" in screen_text(app)
        await pilot.press("enter")
        assert isinstance(app.screen, DebriefScreen)
        store = services.store
        answers = store.session_answers(store.list_sessions()[-1]["id"])
        assert len(answers) >= 11  # one per question, plus any retry after a near miss
        assert "deterrence" in [a["response"] for a in answers]
        await pilot.press("enter")
        assert isinstance(app.screen, LibraryScreen)
        assert f"{len(answers)} answered" in screen_text(app)


@app_test
async def test_quitting_mid_quiz_keeps_the_answers_given(services: TutorServices) -> None:
    app = TutorApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("down", "enter")
        await answer_current(pilot)
        await pilot.press("ctrl+q", "y")  # mid-drill, quitting asks first
    assert app.return_code == 0
    reopened = TutorServices(data_dir=services.data_dir)
    assert len(reopened.store.session_answers(1)) == 1
    reopened.close()


@app_test
async def test_free_text_feedback_shows_the_answer_once_with_points_made_and_missed(
    tmp_path: Path, edit_pack: EditPack
) -> None:
    edit_pack(
        lambda data: data.update(questions=[q for q in data["questions"] if q["id"] == "free"])
    )
    app = TutorApp(make_services(tmp_path, edit_pack.folder))
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("down", "enter")
        await answer_current(pilot, "it will deter them")
        answer = app.screen.query(".learner").last(Static)
        assert highlighted_words(answer) == ["deter"]  # the words that earned the point
        feedback = app.screen.query(".feedback").last(Static)
        assert "it will deter them" not in str(feedback.visual)  # the answer is shown once
        shown = str(feedback.visual)
        assert "✓ Deterrence — you said “deter”" in shown
        assert "✗ Missed: Cost" in shown
        assert "Card: “U.S. Forces Korea numbers about 28,500 troops.”" in shown


@app_test
async def test_slash_commands_are_completed_and_listed(services: TutorServices) -> None:
    app = TutorApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("down", "enter")
        app.screen.query_one("#answer").focus()
        await pilot.press("/", "h")
        assert "/hint" in screen_text(app) and "/help" in screen_text(app)
        await pilot.press("i", "enter")  # "/hi" is completed to "/hint"
        assert "Hint:" in screen_text(app)


@app_test
async def test_typing_q_in_an_answer_does_not_quit(tmp_path: Path, edit_pack: EditPack) -> None:
    edit_pack(
        lambda data: data.update(questions=[q for q in data["questions"] if q["id"] == "short"])
    )
    app = TutorApp(make_services(tmp_path, edit_pack.folder))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("down", "enter", *"iraq")
        assert app.is_running and app.screen.query_one("#answer", Input).value == "iraq"
