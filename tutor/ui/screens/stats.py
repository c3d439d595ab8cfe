"""Progress: accuracy over time, mastery by pack and by tag, items due."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Sparkline, Static

from tutor.learning.services import TutorServices
from tutor.ui.safe import cell, plain


class StatsScreen(Screen[None]):
    """Shows the engine's stats view."""

    BINDINGS = [Binding("escape", "leave", "Library", id="leave")]

    def __init__(self, services: TutorServices) -> None:
        super().__init__()
        self.services = services

    def compose(self) -> ComposeResult:
        view = self.services.stats_view()
        yield Header()
        with VerticalScroll(id="stats"):
            yield Static(plain(view.headline), id="stats-headline")
            yield Static("Accuracy per day", classes="section-title")
            yield Sparkline(view.daily_accuracy or [0.0], id="daily")
            yield Static("Mastery", classes="section-title")
            table: DataTable[object] = DataTable(id="mastery", cursor_type="row")
            table.add_columns("By", "Name", "Answered", "Accuracy")
            for group, name, answered, accuracy in view.rows:
                table.add_row(cell(group), cell(name), str(answered), f"{accuracy:.0%}")
            yield table
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Progress"

    def action_leave(self) -> None:
        self.app.pop_screen()
