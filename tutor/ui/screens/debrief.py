"""After a session: score by skill, the flow sheet, the misses now due for review, export."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from tutor.learning.services import TutorServices
from tutor.ui.keys import QUIT_ON_Q
from tutor.ui.safe import indented, plain
from tutor.ui.widgets.side_panel import score_bar


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
        Binding("escape,enter", "leave", "Library", id="leave", tooltip="Back to the library"),
        QUIT_ON_Q,
    ]

    def __init__(self, services: TutorServices, session: Any) -> None:
        super().__init__()
        self.services = services
        self.session = session
        self.exported: str | None = None

    def compose(self) -> ComposeResult:
        debrief = self.services.debrief(self.session)
        scores = "\n".join(
            f"{skill[:12]:<12} {score_bar(s)} {s:>4.0%}" for skill, s in debrief.scores
        )
        misses = "\n".join(f"• {m}" for m in debrief.misses) or "Nothing missed: well done."
        yield Header()
        with VerticalScroll(id="debrief"):
            yield Static(plain(debrief.headline), id="debrief-headline")
            yield Static("Score by skill", classes="section-title")
            yield Static(plain(scores or "No answers."), id="debrief-scores")
            if debrief.flow:
                yield Static("Flow sheet", classes="section-title")
                yield Static(indented("\n".join(debrief.flow)), id="debrief-flow", classes="flow")
            yield Static("Scheduled for review", classes="section-title")
            yield Static(plain(misses), id="debrief-misses")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Debrief"
        self.sub_title = "e to export · Enter for the library"

    def action_export(self) -> None:
        path = self.services.export_markdown(self.session)
        self.exported = str(path)
        self.notify(f"Saved {path}", title="Exported", markup=False)

    def action_leave(self) -> None:
        self.app.pop_screen()
