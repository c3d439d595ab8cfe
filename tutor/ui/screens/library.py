"""The library: packs, their motions and quizzes, progress and items due; type to filter.

Packs load in a worker with a progress bar; a pack that failed to load is listed with
its problem rather than hidden. Typing anywhere filters the list; Enter opens.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from tutor.errors import UserError
from tutor.learning.services import LibraryEntry, TutorServices, best_entry, filter_entries
from tutor.ui.keys import QUIT_ON_Q
from tutor.ui.messages import EntryOpened, ReviewWanted, StatsWanted
from tutor.ui.safe import NBSP, plain, styled

ICONS = {"review": "↻", "pack": "▣", "quiz": "?", "debate": "⚖", "failure": "✗"}


def entry_prompt(entry: LibraryEntry) -> Content:
    """Two lines: the entry, then its detail (pack text stays plain)."""
    indent = NBSP * 4 if entry.kind in ("quiz", "debate") else ""
    head_style = {"pack": "bold", "failure": "bold $error", "review": "bold"}.get(entry.kind, "")
    head = styled(f"{indent}{ICONS[entry.kind]} {entry.label}", head_style)
    detail_style = "$text-error" if entry.kind == "failure" else "dim"
    detail = styled(f"{indent}{NBSP * 2}{entry.detail}", detail_style)
    return Content.assemble(head, "\n", detail)


class LibraryScreen(Screen[None]):
    """Lists what can be studied; Enter opens the highlighted entry."""

    AUTO_FOCUS = "#entries"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "review", "Review due", id="review", tooltip="Review what is due today"),
        Binding("s", "stats", "Stats", id="stats", tooltip="Your progress"),
        Binding("slash", "filter", "Filter", id="filter", tooltip="Type to filter the list"),
        Binding("escape", "clear_filter", "Clear filter", id="clear-filter", show=False),
        QUIT_ON_Q,
    ]

    def __init__(self, services: TutorServices) -> None:
        super().__init__()
        self.services = services
        self.entries: list[LibraryEntry] = []
        self.typing = False  # the learner is typing a filter (keys go to it)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(
            placeholder="/ to filter packs and motions",
            id="filter",
            compact=True,
            select_on_focus=False,
        )
        yield ProgressBar(id="loading", show_eta=False)
        yield Static("Loading packs…", id="summary")
        yield OptionList(id="entries", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#filter", Input).can_focus = False
        self.title = "debate-tutor"
        self.sub_title = "Library"
        self.call_after_refresh(self._load)  # paint the first frame before loading packs

    @work(thread=True, exclusive=True)
    def _load(self) -> None:
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            if not worker.is_cancelled:
                self.app.call_from_thread(self._progress, done, total)

        try:
            self.services.load(on_progress=progress)
        except UserError as exc:  # e.g. the progress store cannot be opened
            self.app.call_from_thread(self._load_failed, str(exc))
            return
        except Exception as exc:  # a bug in loading must not take the app down
            message = f"Could not load the packs: {type(exc).__name__}: {exc}"
            self.app.call_from_thread(self._load_failed, message)
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self.refresh_entries)

    def _load_failed(self, message: str) -> None:
        self.query_one("#loading", ProgressBar).display = False
        self.query_one("#summary", Static).update(plain(message))
        self.notify(message, title="Library", severity="error", markup=False, timeout=15)

    def _progress(self, done: int, total: int) -> None:
        self.query_one("#loading", ProgressBar).update(total=max(total, 1), progress=done)

    def refresh_entries(self) -> None:
        """Rebuild the list from the engine (after loading, or after a session)."""
        self.query_one("#loading", ProgressBar).display = False
        self.entries = self.services.library_entries()
        self.query_one("#summary", Static).update(plain(self.services.summary_line()))
        for notice in self.services.notices:
            self.notify(notice, title="Progress store", severity="warning", markup=False)
        self.services.notices.clear()
        self._fill(self.query_one("#filter", Input).value)
        if not self.query_one("#filter", Input).has_focus:
            self.query_one("#entries", OptionList).focus()

    def _fill(self, needle: str) -> None:
        options = self.query_one("#entries", OptionList)
        options.clear_options()
        shown = filter_entries(self.entries, needle)
        options.add_options(
            [Option(entry_prompt(e), id=e.key, disabled=not e.enabled) for e in shown]
        )
        options.highlighted = best_entry(shown, needle)

    @on(Input.Changed, "#filter")
    def _filter(self, event: Input.Changed) -> None:
        if self.entries:
            self._fill(event.value)

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self._leave_filter()

    def _leave_filter(self) -> None:
        """Back to the list; the filter is focusable only while the learner types in it."""
        self.typing = False
        self.query_one("#filter", Input).can_focus = False
        self.query_one("#entries", OptionList).focus()

    def on_key(self, event: events.Key) -> None:
        """Typing on the list filters it (r, s, q and / stay bindings until typing starts)."""
        box = self.query_one("#filter", Input)
        entries = self.query_one("#entries", OptionList)
        character = event.character or ""
        if self.focused is not entries or not event.is_printable or not character:
            return
        if self.typing or character not in "rsq/ ":
            self.action_filter()
            box.insert_text_at_cursor(character)
            event.stop()

    @on(OptionList.OptionSelected, "#entries")
    def _open(self, event: OptionList.OptionSelected) -> None:
        entry = next(e for e in self.entries if e.key == event.option.id)
        self.post_message(EntryOpened(entry))

    def on_screen_resume(self) -> None:
        if self.entries:
            self.refresh_entries()
            self.call_after_refresh(self.query_one("#entries", OptionList).focus)

    def action_clear_filter(self) -> None:
        self.query_one("#filter", Input).value = ""
        self._leave_filter()

    def action_filter(self) -> None:
        box = self.query_one("#filter", Input)
        self.typing = True
        box.can_focus = True
        box.focus()

    def action_review(self) -> None:
        self.post_message(ReviewWanted())

    def action_stats(self) -> None:
        self.post_message(StatsWanted())
