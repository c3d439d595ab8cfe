"""The side panel: where the learner is (phase, progress), the score so far, the flow sheet."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import ProgressBar, Static

from tutor.learning.services import SessionStatus
from tutor.ui.safe import indented, plain

BAR_WIDTH = 10


def score_bar(score: float) -> str:
    """A ten-cell bar for a score in [0, 1]."""
    filled = round(max(0.0, min(1.0, score)) * BAR_WIDTH)
    return "█" * filled + "░" * (BAR_WIDTH - filled)


class SidePanel(VerticalScroll):
    """Shows a :class:`SessionStatus`; it computes nothing itself."""

    can_focus = False

    def compose(self) -> ComposeResult:
        yield Static("", id="phase", classes="panel-title")
        yield Static("", id="progress-text")
        yield ProgressBar(total=1, show_eta=False, show_percentage=False, id="progress")
        yield Static("Score", classes="panel-heading")
        yield Static("", id="score")
        yield Static("Flow", classes="panel-heading", id="flow-title")
        yield Static("", id="flow", classes="flow")

    def show(self, status: SessionStatus) -> None:
        self.query_one("#phase", Static).update(plain(status.phase))
        done, total = status.progress
        self.query_one("#progress-text", Static).update(plain(f"{done} of {total} done"))
        self.query_one("#progress", ProgressBar).update(total=max(total, 1), progress=done)
        lines = [
            f"{skill[:10]:<10} {score_bar(score)} {score:>4.0%}" for skill, score in status.scores
        ]
        self.query_one("#score", Static).update(plain("\n".join(lines) or "No answers yet"))
        self.query_one("#flow-title").display = bool(status.flow)
        flow = self.query_one("#flow", Static)
        flow.display = bool(status.flow)
        flow.update(indented("\n".join(status.flow)))
