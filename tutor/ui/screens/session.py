"""A tutoring session as a chat: transcript, answer bar and side panel.

Quiz, review and debate sessions all speak the same turn protocol, so one screen
serves them all. The screen forwards what the learner types to the session and
shows the turns that come back; it holds no rules. Answers are recorded by the
engine as they are graded, so leaving or quitting mid-session loses nothing.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Header

from tutor.errors import UserError
from tutor.learning.core.session import Session, SessionStatus
from tutor.learning.services import TutorServices
from tutor.learning.turns import Expects, InputKind, Turn
from tutor.text import clean
from tutor.ui.messages import AnswerSubmitted
from tutor.ui.widgets.answer_bar import AnswerBar
from tutor.ui.widgets.side_panel import SidePanel
from tutor.ui.widgets.transcript import Transcript


class SessionScreen(Screen[None]):
    """Runs one session until it finishes, then offers the debrief."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "send('/hint')", "Hint", id="hint", tooltip="A hint for this question"),
        Binding(
            "f2", "send('/evidence')", "Evidence", id="evidence", tooltip="Show the evidence card"
        ),
        Binding("f3", "send('/skip')", "Skip", id="skip", tooltip="Skip (it comes back in review)"),
        Binding("f4", "send('/flow')", "Flow", id="flow", tooltip="Show the flow sheet"),
        Binding(
            "escape",
            "leave",
            "Library",
            id="leave",
            tooltip="Back to the library (answers so far are saved)",
        ),
        Binding("pageup", "scroll('page_up')", "Scroll", id="page-up", key_display="PgUp/PgDn",
                priority=True,
                tooltip="Scroll the transcript a page (from the answer box)"),
        Binding("pagedown", "scroll('page_down')", "Page down", id="page-down", show=False,
                priority=True),
        Binding("ctrl+home", "scroll('scroll_home')", "Top/end", id="top",
                key_display="^Home/^End", tooltip="The top or the end of the transcript"),
        Binding("ctrl+end", "scroll('scroll_end')", "End", id="end", show=False),
    ]  # fmt: skip

    def __init__(self, services: TutorServices, session: Session, title: str) -> None:
        super().__init__()
        self.services = services
        self.session = session
        self.session_title = clean(title)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="session-body"):
            yield Transcript(id="transcript")
            yield SidePanel(id="side")
        yield AnswerBar(id="answer-bar")
        yield Footer()

    def on_mount(self) -> None:
        self.title = self.session_title
        try:
            turns = self.services.start(self.session)
        except UserError as error:  # the store cannot be written: say so, go back
            self._not_saved(error)
            self.app.pop_screen()
            return
        self._show(None, turns)

    def _not_saved(self, error: UserError) -> None:
        self.notify(str(error), title="Not saved", severity="error", markup=False, timeout=30)

    def _show(self, answer: tuple[str, str] | None, turns: list[Turn]) -> None:
        """The learner's answer (if any) and the turns the engine sent back."""
        self.query_one(Transcript).add_exchange(answer, turns)
        status = self.services.status(self.session)
        self.query_one(SidePanel).show(status)
        self.sub_title = header_progress(status, self.session_title)
        expects = next((t.expects for t in reversed(turns) if t.expects), None)
        if self.services.is_finished(self.session):
            expects = Expects(InputKind.CONTINUE, placeholder="Press Enter for the debrief")
        self.query_one(AnswerBar).expect(expects)

    @on(AnswerSubmitted)
    def _answer(self, event: AnswerSubmitted) -> None:
        event.stop()
        if self.services.is_finished(self.session) and not event.text.strip().startswith("/"):
            self.action_debrief()
            return
        answer = (event.text, event.shown) if event.text.strip() else None
        try:
            turns = self.services.respond(self.session, event.text)
        except UserError as error:  # not graded as far as the learner sees: nothing lost
            self._not_saved(error)
            return
        self._show(answer, turns)

    def action_scroll(self, how: str) -> None:
        """Scroll the transcript from wherever focus is (the answer box keeps it)."""
        transcript = self.query_one(Transcript)
        moves = {
            "page_up": transcript.scroll_page_up,
            "page_down": transcript.scroll_page_down,
            "scroll_home": transcript.scroll_home,
            "scroll_end": transcript.scroll_end,
        }
        moves[how](animate=False)

    def action_send(self, text: str) -> None:
        if not self.services.is_finished(self.session):
            self.post_message(AnswerSubmitted(text))

    def action_debrief(self) -> None:
        from tutor.ui.screens.debrief import DebriefScreen

        self.app.switch_screen(DebriefScreen(self.services, self.session))

    def action_leave(self) -> None:
        self.app.pop_screen()


def header_progress(status: SessionStatus, title: str) -> str:
    """ "Rebuttal · 9 of 14": the phase (unless the title says it) and the step counted.

    A step that is not counted (the framing) shows only its phase.
    """
    done, total = status.progress
    phase = "" if status.phase.lower() in title.lower() else status.phase
    if not status.counted or not total:
        return phase
    return " · ".join(p for p in (phase, f"{min(done + 1, total)} of {total}") if p)
