"""Small, past-tense messages the widgets post upward; screens turn them into engine calls."""

from __future__ import annotations

from textual.message import Message


class AnswerSubmitted(Message):
    """The learner submitted an answer (or a slash command).

    ``text`` goes to the engine; ``shown`` is how the answer reads in the transcript
    (e.g. "2. Busan" for the choice "2").
    """

    def __init__(self, text: str, shown: str | None = None) -> None:
        super().__init__()
        self.text = text
        self.shown = text if shown is None else shown
