"""Small, past-tense messages the widgets post upward; screens turn them into engine calls."""

from __future__ import annotations

from textual.message import Message


class AnswerSubmitted(Message):
    """The learner submitted an answer (or a slash command) in the answer bar."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
