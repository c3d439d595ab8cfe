"""The library: packs, their motions and quizzes, progress and items due; type to filter.

Packs load in a worker with a progress bar; a pack that failed to load is listed with
its problem rather than hidden.
"""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from tutor.learning.services import LibraryEntry, TutorServices
from tutor.ui.safe import plain


class LibraryScreen(Screen[None]):
    """Lists what can be studied; Enter opens the highlighted entry."""

    BINDINGS = [
        Binding("r", "review", "Review due", id="review", tooltip="Review what is due today"),
        Binding("s", "stats", "Stats", id="stats", tooltip="Your progress"),
        Binding("slash", "filter", "Filter", id="filter", tooltip="Type to filter the list"),
    ]

    def __init__(self, services: TutorServices) -> None:
        super().__init__()
        self.services = services
        self.entries: list[LibraryEntry] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Type to filter packs and motions", id="filter")
        yield ProgressBar(id="loading", show_eta=False)
        yield Static("", id="summary")
        yield OptionList(id="entries", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "debate-tutor"
        self.sub_title = "Library"
        self._load()

    @work(thread=True, exclusive=True)
    def _load(self) -> None:
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            if not worker.is_cancelled:
                self.app.call_from_thread(self._progress, done, total)

        self.services.load(on_progress=progress)
        if not worker.is_cancelled:
            self.app.call_from_thread(self.refresh_entries)

    def _progress(self, done: int, total: int) -> None:
        self.query_one("#loading", ProgressBar).update(total=max(total, 1), progress=done)

    def refresh_entries(self) -> None:
        """Rebuild the list from the engine (after loading, or after a session)."""
        self.query_one("#loading", ProgressBar).display = False
        self.entries = self.services.library_entries()
        self.query_one("#summary", Static).update(plain(self.services.summary_line()))
        self._fill(self.query_one("#filter", Input).value)
        self.query_one("#entries", OptionList).focus()

    def _fill(self, needle: str) -> None:
        options = self.query_one("#entries", OptionList)
        options.clear_options()
        wanted = needle.casefold().strip()
        for entry in self.entries:
            if wanted and wanted not in entry.label.casefold():
                continue
            options.add_option(Option(plain(entry.label), id=entry.key, disabled=not entry.enabled))
        if options.option_count:
            options.highlighted = next(
                (i for i in range(options.option_count) if not options.get_option_at_index(i).disabled),
                0,
            )

    @on(Input.Changed, "#filter")
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one("#entries", OptionList).focus()

    @on(OptionList.OptionSelected, "#entries")
    def _open(self, event: OptionList.OptionSelected) -> None:
        entry = next(e for e in self.entries if e.key == event.option.id)
        self.app.open_entry(entry)  # type: ignore[attr-defined]

    def on_screen_resume(self) -> None:
        if self.entries:
            self.refresh_entries()

    def action_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_review(self) -> None:
        self.app.start_review()  # type: ignore[attr-defined]

    def action_stats(self) -> None:
        self.app.show_stats()  # type: ignore[attr-defined]
