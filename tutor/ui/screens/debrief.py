"""After a session: score by skill, the ballot, exactly what was scheduled, export, redo."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from tutor.learning.core.session import Session
from tutor.learning.debrief import ballot_lines, due_text
from tutor.learning.feedback import Debrief
from tutor.learning.services import TutorServices
from tutor.ui.keys import QUIT_ON_Q
from tutor.ui.messages import SessionWanted
from tutor.ui.safe import indented, plain
from tutor.ui.widgets.side_panel import score_bar


def scheduled_text(debrief: Debrief) -> str:
    """One line per item the store scheduled, with when it is due."""
    lines = [f"• {s.label} ({due_text(s.due)})" for s in debrief.scheduled]
    return "\n".join(lines) or "Nothing was scheduled."


def unscheduled_misses(debrief: Debrief) -> list[str]:
    """Misses that have no review item (e.g. weighing): to think over, not scheduled."""
    scheduled = {s.label for s in debrief.scheduled}
    return [m for m in debrief.misses if m not in scheduled]


class DebriefScreen(Screen[None]):
    """Shows the engine's debrief of a finished session."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "e",
            "export",
            "Export Markdown",
            id="export",
            tooltip="Write the transcript and flow sheet to a Markdown file",
        ),
        Binding("r", "redo", "Redo", id="redo", tooltip="Do the ballot's redo now"),
        Binding("escape,enter", "leave", "Library", id="leave", tooltip="Back to the library"),
        QUIT_ON_Q,
    ]

    def __init__(self, services: TutorServices, session: Session) -> None:
        super().__init__()
        self.services = services
        self.session = session
        self.debrief = services.debrief(session)
        self.exported: str | None = None

    def compose(self) -> ComposeResult:
        debrief = self.debrief
        scores = "\n".join(
            f"{skill[:12]:<12} {score_bar(s)} {s:>4.0%}" for skill, s in debrief.scores
        )
        yield Header()
        with VerticalScroll(id="debrief"):
            yield Static(plain(debrief.headline), id="debrief-headline")
            yield Static("Score by skill", classes="section-title")
            yield Static(plain(scores or "No answers."), id="debrief-scores")
            if debrief.ballot is not None:
                yield Static("Ballot", classes="section-title")
                yield Static(indented("\n".join(ballot_lines(debrief.ballot)[1:])), id="ballot")
            if debrief.flow:
                yield Static("Flow sheet", classes="section-title")
                yield Static(indented("\n".join(debrief.flow)), id="debrief-flow", classes="flow")
            yield Static("Scheduled for review", classes="section-title")
            yield Static(plain(scheduled_text(debrief)), id="debrief-scheduled")
            rest = unscheduled_misses(debrief)
            if rest:
                yield Static("Missed, with no review item", classes="section-title")
                yield Static(plain("\n".join(f"• {m}" for m in rest)), id="debrief-misses")
        yield Footer()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer the redo only when the ballot has one."""
        return action != "redo" or self._redo_offered()

    def _redo_offered(self) -> bool:
        return self.debrief.ballot is not None and self.debrief.ballot.redo is not None

    def on_mount(self) -> None:
        self.title = "Debrief"
        redo = self.debrief.ballot.redo if self.debrief.ballot else None
        self.sub_title = (
            "r to redo · e to export" if redo else "e to export · Enter for the library"
        )

    def action_export(self) -> None:
        from tutor.reports.export import export_session_markdown

        if self.session.session_id is None:
            self.notify("This session was not recorded.", severity="warning", markup=False)
            return
        path = export_session_markdown(
            self.services.store, self.session.session_id, self.services.exports_dir()
        )
        self.exported = str(path)
        self.notify(f"Saved {path}", title="Exported", markup=False)

    def action_redo(self) -> None:
        redo = self.services.redo(self.session)
        if redo is None:
            self.notify("There is nothing to redo.", markup=False)
            return
        self.app.pop_screen()
        self.post_message(SessionWanted(redo, redo.title))

    def action_leave(self) -> None:
        self.app.pop_screen()
