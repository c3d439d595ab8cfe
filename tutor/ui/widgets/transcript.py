"""The scrolling conversation between tutor and learner, newest at the bottom.

Every layout of the screen (and an answer causes several: side panel, answer bar, footer)
walks every widget in the transcript, so a long session slowed each answer down. The
newest turns stay as widgets; older ones are folded, a batch at a time, into one
read-only widget that keeps their text and our colours but is a single thing to lay out.
"""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from tutor.learning.turns import Turn, TurnKind
from tutor.ui.widgets.turn_view import learner_bubble, render_turn, turn_content

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
        self.live: list[Widget] = []
        self.older: OlderTurns | None = None

    def add_exchange(self, answer: tuple[str, str] | None, turns: list[Turn]) -> None:
        """The learner's message (what the engine got, how it reads) and the tutor's reply.

        The answer is shown once, in its bubble, with the words that earned key points
        highlighted. Folding and mounting happen in one batch. The view then scrolls so
        the exchange starts at the top (a new phase at its heading), or to the end when
        it all fits, so feedback is never pushed off-screen by what follows it.
        """
        widgets = []
        if answer is not None:
            graded = next((t.feedback for t in turns if t.feedback is not None), None)
            widgets.append(learner_bubble(answer[1], answer[0], graded))
        widgets += [render_turn(t) for t in turns]
        if not widgets:
            return
        anchor = next(
            (w for w, t in zip(widgets[len(widgets) - len(turns) :], turns, strict=True)
             if t.kind is TurnKind.PHASE),
            widgets[0],
        )  # fmt: skip
        with self.app.batch_update():
            if len(self.live) + len(widgets) > LIVE + FOLD:
                self._fold(len(self.live) + len(widgets) - LIVE)
            self.live += widgets
            self.mount_all(widgets)
        self.call_after_refresh(self._show_from, anchor)

    def _show_from(self, anchor: Widget) -> None:
        """Scroll so ``anchor`` is at the top (as far as the content allows)."""
        self.scroll_to_widget(anchor, top=True, animate=False)

    def _fold(self, count: int) -> None:
        """Move the oldest ``count`` live turns into the older-turns widget."""
        folded, self.live = self.live[:count], self.live[count:]
        if self.older is None:
            self.older = OlderTurns()
            self.mount(self.older, before=0)
        self.older.fold(folded)
        self.remove_children(folded)
