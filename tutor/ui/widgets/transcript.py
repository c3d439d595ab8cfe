"""The scrolling conversation between tutor and learner, newest at the bottom."""

from __future__ import annotations

from collections.abc import Callable

from textual.containers import VerticalScroll

from tutor.learning.turns import Turn
from tutor.ui.widgets.turn_view import learner_bubble, render_turn

MissedLookup = Callable[[Turn], list[str]]
KEEP = 150
"""Turns kept on screen: older ones are dropped (the store keeps every answer)."""


class Transcript(VerticalScroll):
    """Chat transcript: tutor turns and learner answers."""

    can_focus = False

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.last_answer = ""

    def add_exchange(
        self, answer: tuple[str, str] | None, turns: list[Turn], missed: MissedLookup
    ) -> None:
        """The learner's message (what the engine got, how it reads) and the tutor's reply.

        Feedback spans point into what the engine got, so that is kept for highlighting.
        """
        widgets = []
        if answer is not None:
            self.last_answer = answer[0]
            widgets.append(learner_bubble(answer[1]))
        widgets += [render_turn(t, self.last_answer, missed(t)) for t in turns]
        self.mount_all(widgets)
        extra = len(self.children) - KEEP
        if extra > 0:
            self.remove_children(list(self.children)[:extra])
        self.call_after_refresh(self.scroll_end, animate=False)
