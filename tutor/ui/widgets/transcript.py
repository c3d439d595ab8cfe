"""The scrolling conversation between tutor and learner, newest at the bottom.

Every layout of the screen (and an answer causes several: side panel, answer bar, footer)
walks every widget in the transcript, so a long session slowed each answer down. The
newest turns stay as widgets; older ones are folded, a batch at a time, into one
read-only widget that keeps their text and our colours but is a single thing to lay out.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from tutor.learning.turns import Turn
from tutor.ui.widgets.turn_view import learner_bubble, render_turn, turn_content

MissedLookup = Callable[[Turn], list[str]]
KEEP = 150
"""Turns kept on screen: older ones are dropped (the store keeps every answer)."""
LIVE = 40
"""Newest turns kept as widgets of their own (bubbles, cards, borders)."""
FOLD = 20
"""Turns folded at a time once there are LIVE + FOLD, so the fold is rare."""


class OlderTurns(Static):
    """Older turns, one after another in a single widget: their text, highlights, colours."""

    DEFAULT_CSS = """
    OlderTurns { margin: 1 0 0 0; padding: 0 1; color: $text-muted; }
    """

    def __init__(self) -> None:
        super().__init__(classes="older-turns")
        self.parts: list[Content] = []

    def fold(self, widgets: list[Widget]) -> None:
        """Take in the content of these turns (oldest first), dropping beyond the cap."""
        self.parts += [turn_content(widget) for widget in widgets]
        del self.parts[: max(0, len(self.parts) - (KEEP - LIVE - FOLD))]
        self.update(Content("\n\n").join(self.parts))


class Transcript(VerticalScroll):
    """Chat transcript: tutor turns and learner answers."""

    can_focus = False

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.last_answer = ""
        self.live: list[Widget] = []
        self.older: OlderTurns | None = None

    def add_exchange(
        self, answer: tuple[str, str] | None, turns: list[Turn], missed: MissedLookup
    ) -> None:
        """The learner's message (what the engine got, how it reads) and the tutor's reply.

        Feedback spans point into what the engine got, so that is kept for highlighting.
        Folding and mounting happen in one batch, and the view scrolls to the end once.
        """
        widgets = []
        if answer is not None:
            self.last_answer = answer[0]
            widgets.append(learner_bubble(answer[1]))
        widgets += [render_turn(t, self.last_answer, missed(t)) for t in turns]
        with self.app.batch_update():
            if len(self.live) + len(widgets) > LIVE + FOLD:
                self._fold(len(self.live) + len(widgets) - LIVE)
            self.live += widgets
            self.mount_all(widgets)
        self.call_after_refresh(self.scroll_end, animate=False)

    def _fold(self, count: int) -> None:
        """Move the oldest ``count`` live turns into the older-turns widget."""
        folded, self.live = self.live[:count], self.live[count:]
        if self.older is None:
            self.older = OlderTurns()
            self.mount(self.older, before=0)
        self.older.fold(folded)
        self.remove_children(folded)
