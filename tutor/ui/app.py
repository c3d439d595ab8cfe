"""The Textual app: screens and navigation over the engine facade, no rules of its own."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding

from tutor.learning.services import LibraryEntry, TutorServices
from tutor.ui.commands import TutorCommands


class TutorApp(App[None]):
    """debate-tutor in the terminal."""

    CSS_PATH = Path(__file__).with_name("app.tcss")
    COMMANDS = App.COMMANDS | {TutorCommands}
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", id="quit", tooltip="Quit (answers are already saved)",
                priority=True),
        Binding("q", "quit", "Quit", id="quit-q", show=False),
        Binding("ctrl+t", "toggle_theme", "Light/dark", id="theme", tooltip="Switch theme"),
    ]

    def __init__(self, services: TutorServices, *, watch: Path | None = None) -> None:
        super().__init__()
        self.services = services
        self.watch = watch
        self._watched_mtime = watch.stat().st_mtime if watch else 0.0

    def on_mount(self) -> None:
        from tutor.ui.screens.library import LibraryScreen

        self.push_screen(LibraryScreen(self.services))
        if self.watch is not None:
            self.set_interval(0.5, self._check_watched)
        for notice in self.services.notices:
            self.notify(notice, title="Progress store", severity="warning", markup=False,
                        timeout=10)

    def _check_watched(self) -> None:
        """Preview mode: reload the pack when its file changes on disk."""
        assert self.watch is not None
        try:
            mtime = self.watch.stat().st_mtime
        except OSError:
            return
        if mtime != self._watched_mtime:
            self._watched_mtime = mtime
            self.services.reload()
            self.notify(f"Reloaded {self.watch.name}", markup=False)
            self.screen.refresh_entries() if hasattr(self.screen, "refresh_entries") else None

    def open_entry(self, entry: LibraryEntry) -> None:
        """Start what a library entry offers (a debate asks for a side first)."""
        if entry.kind == "debate" and entry.motion is not None:
            from tutor.ui.screens.side_picker import SidePicker

            def chosen(side: str | None) -> None:
                if side:
                    self._run(self.services.new_debate(entry.pack_id, entry.motion_id, side),
                              entry.label)

            self.push_screen(SidePicker(entry.motion), chosen)
        elif entry.kind == "quiz":
            self._run(self.services.new_quiz(entry.pack_id), entry.label)
        elif entry.kind == "review":
            self.start_review()

    def start_review(self) -> None:
        self._run(self.services.new_review(), "Review")

    def show_stats(self) -> None:
        from tutor.ui.screens.stats import StatsScreen

        self.push_screen(StatsScreen(self.services))

    def _run(self, session: object, title: str) -> None:
        from tutor.ui.screens.session import SessionScreen

        self.push_screen(SessionScreen(self.services, session, title))

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"
