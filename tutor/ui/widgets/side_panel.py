"""The side panel: where the learner is (phase, progress), the score so far, the flow sheet."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import ProgressBar, Static

from tutor.learning.services import SessionStatus
from tutor.ui.safe import plain


class SidePanel(VerticalScroll):
    """Shows a :class:`SessionStatus`; it computes nothing itself."""

    can_focus = False

    def compose(self) -> ComposeResult:
        yield Static("", id="phase", classes="panel-title")
        yield ProgressBar(total=1, show_eta=False, id="progress")
        yield Static("", id="score")
        yield Static("", id="flow", classes="flow")

    def show(self, status: SessionStatus) -> None:
        self.query_one("#phase", Static).update(plain(status.phase))
        done, total = status.progress
        bar = self.query_one("#progress", ProgressBar)
        bar.update(total=max(total, 1), progress=done)
        self.query_one("#score", Static).update(plain(status.score_line))
        self.query_one("#flow", Static).update(plain(status.flow_text))
