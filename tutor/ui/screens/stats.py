"""Progress: accuracy over time, mastery by pack, tag and skill, items due."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from tutor.learning.services import TutorServices
from tutor.reports.stats_view import sparkline
from tutor.ui.keys import QUIT_ON_Q
from tutor.ui.safe import cell, plain


def daily_line(values: list[float]) -> str:
    """One bar per day on a fixed 0–100 % scale (a lone day is not stretched to full)."""
    if not values:
        return "No answers yet."
    bars = " ".join(sparkline([v]) * 2 for v in values)
    return f"{bars}   last day {values[-1]:.0%}"


class StatsScreen(Screen[None]):
    """Shows the engine's stats view."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "leave", "Library", id="leave", tooltip="Back to the library"),
        QUIT_ON_Q,
    ]

    def __init__(self, services: TutorServices) -> None:
        super().__init__()
        self.services = services

    def compose(self) -> ComposeResult:
        view = self.services.stats_view()
        first, last = view.days
        yield Header()
        with VerticalScroll(id="stats"):
            yield Static(plain(view.headline), id="stats-headline")
            days = f" ({first} to {last})" if first else ""
            yield Static(plain(f"Accuracy per day{days}"), classes="section-title")
            yield Static(plain(daily_line(view.daily_accuracy)), id="daily")
            yield Static("Mastery", classes="section-title")
            table: DataTable[object] = DataTable(
                id="mastery", cursor_type="row", zebra_stripes=True
            )
            table.add_columns("By", "Name", "Answered", "Right")
            for group, name, answered, accuracy in view.rows:
                table.add_row(cell(group), cell(name), str(answered), f"{accuracy:.0%}")
            yield table
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Progress"

    def action_leave(self) -> None:
        self.app.pop_screen()
