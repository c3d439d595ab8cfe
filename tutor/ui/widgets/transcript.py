"""The scrolling conversation between tutor and learner."""

from __future__ import annotations

from textual.containers import VerticalScroll

from tutor.learning.turns import Turn
from tutor.ui.widgets.turn_view import learner_bubble, render_turn


class Transcript(VerticalScroll):
    """Chat transcript: tutor turns and learner answers, newest at the bottom."""

    can_focus = False

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.last_answer = ""

    def add_learner(self, text: str) -> None:
        self.last_answer = text
        self.mount(learner_bubble(text))
        self.scroll_end(animate=False)

    def add_turns(self, turns: list[Turn]) -> None:
        self.mount_all([render_turn(turn, self.last_answer) for turn in turns])
        self.scroll_end(animate=False)
