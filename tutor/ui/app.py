"""The Textual app: screens and navigation over the engine facade, no rules of its own."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import App
from textual.binding import Binding, BindingType

from tutor.learning.core.session import Session
from tutor.learning.services import LibraryEntry, TutorServices
from tutor.ui.commands import TutorCommands
from tutor.ui.messages import EntryOpened, ReviewWanted, SessionWanted, StatsWanted

DARK, LIGHT = "textual-dark", "textual-light"


class TutorApp(App[None]):
    """debate-tutor in the terminal."""

    TITLE = "debate-tutor"
    CSS_PATH = Path(__file__).with_name("app.tcss")
    COMMANDS = App.COMMANDS | {TutorCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+q",
            "quit",
            "Quit",
            id="quit",
            tooltip="Quit (answers are already saved; asks first during a drill)",
            priority=True,
        ),
        Binding("ctrl+t", "toggle_theme", "Theme", id="theme", tooltip="Light or dark theme"),
    ]

    def __init__(
        self,
        services: TutorServices,
        *,
        watch: Path | None = None,
        start: Session | None = None,
        start_title: str = "",
    ) -> None:
        super().__init__()
        self.services = services
        self.start_session = start
        self.start_title = start_title
        self.watched = watch
        self._watched_mtime = watch.stat().st_mtime if watch else 0.0
        self.theme = DARK

    def on_mount(self) -> None:
        if self.services.needs_learner():
            from tutor.ui.screens.sign_in import SignIn

            self.push_screen(SignIn(self.services), lambda _: self._open_library())
        else:
            self._open_library()
        if self.watched is not None:
            self.set_interval(0.5, self._check_watched)

    def _open_library(self) -> None:
        from tutor.ui.screens.library import LibraryScreen

        self.push_screen(LibraryScreen(self.services))
        if self.services.learner:
            self.sub_title = self.services.learner
        if self.start_session is not None:
            session = self.start_session
            self._run(session, self.start_title or session.title)

    def on_unmount(self) -> None:
        self.services.close()

    def _check_watched(self) -> None:
        """Preview mode: reload the pack when its file changes on disk."""
        assert self.watched is not None
        try:
            mtime = self.watched.stat().st_mtime
        except OSError:
            return
        if mtime != self._watched_mtime:
            self._watched_mtime = mtime
            self.services.reload()
            self.notify(f"Reloaded {self.watched.name}", markup=False)
            from tutor.ui.screens.library import LibraryScreen

            if isinstance(self.screen, LibraryScreen):
                self.screen.refresh_entries()

    @on(EntryOpened)
    def _entry_opened(self, event: EntryOpened) -> None:
        self.open_entry(event.entry)

    @on(ReviewWanted)
    def _review_wanted(self) -> None:
        self.start_review()

    @on(StatsWanted)
    def _stats_wanted(self) -> None:
        self.show_stats()

    @on(SessionWanted)
    def _session_wanted(self, event: SessionWanted) -> None:
        self._run(event.session, event.title)

    def open_entry(self, entry: LibraryEntry) -> None:
        """Start what a library entry offers (a debate asks for a side first)."""
        if entry.kind == "debate" and entry.motion is not None:
            self._pick_side(entry)
        elif entry.kind in ("quiz", "pack"):
            self._run(self.services.new_quiz(entry.pack_id), f"Quiz · {entry.pack_title}")
        elif entry.kind == "review":
            self.start_review()

    def _pick_side(self, entry: LibraryEntry) -> None:
        from tutor.ui.screens.side_picker import SidePicker

        assert entry.motion is not None

        def chosen(side: str | None) -> None:
            if side:
                session = self.services.new_debate(entry.pack_id, entry.motion_id, side)
                self._run(session, entry.label)

        self.push_screen(SidePicker(entry.motion), chosen)

    def start_review(self) -> None:
        self._run(self.services.new_review(), "Review")

    def show_stats(self) -> None:
        from tutor.ui.screens.stats import StatsScreen

        self.push_screen(StatsScreen(self.services))

    def _run(self, session: Session, title: str) -> None:
        from tutor.ui.screens.session import SessionScreen

        self.push_screen(SessionScreen(self.services, session, title))

    async def action_quit(self) -> None:
        """Quit; in the middle of a drill, only after the learner says yes."""
        from tutor.ui.screens.confirm_quit import ConfirmQuit
        from tutor.ui.screens.session import SessionScreen

        screen = self.screen
        if isinstance(screen, SessionScreen) and not self.services.is_finished(screen.session):
            self.push_screen(ConfirmQuit(), self._quit_if_confirmed)
        else:
            self.exit()

    def _quit_if_confirmed(self, confirmed: bool | None) -> None:
        if confirmed:
            self.exit()

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT if self.theme == DARK else DARK
