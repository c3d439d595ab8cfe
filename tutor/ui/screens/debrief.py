"""After a session: score by skill, the flow sheet, the misses now due for review, export."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from tutor.learning.services import TutorServices
from tutor.ui.safe import plain


class DebriefScreen(Screen[None]):
    """Shows the engine's debrief of a finished session."""

    BINDINGS = [
        Binding("e", "export", "Export Markdown", id="export",
                tooltip="Write the transcript and flow sheet to a Markdown file"),
        Binding("escape,enter", "leave", "Library", id="leave"),
    ]

    def __init__(self, services: TutorServices, session: object) -> None:
        super().__init__()
        self.services = services
        self.session = session

    def compose(self) -> ComposeResult:
        debrief = self.services.debrief(self.session)
        yield Header()
        with VerticalScroll(id="debrief"):
            yield Static("Score by skill", classes="section-title")
            yield Static(plain(debrief.scores), id="debrief-scores")
            yield Static("Flow sheet", classes="section-title")
            yield Static(plain(debrief.flow), id="debrief-flow", classes="flow")
            yield Static("Scheduled for review", classes="section-title")
            yield Static(plain(debrief.misses), id="debrief-misses")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Debrief"

    def action_export(self) -> None:
        path = self.services.export_markdown(self.session)
        self.notify(f"Saved {path}", title="Exported", markup=False)

    def action_leave(self) -> None:
        self.app.pop_screen()
