"""Small, past-tense messages the widgets post upward; screens turn them into engine calls."""

from __future__ import annotations

from textual.message import Message

from tutor.learning.core.session import Session
from tutor.learning.services import LibraryEntry


class AnswerSubmitted(Message):
    """The learner submitted an answer (or a slash command).

    ``text`` goes to the engine; ``shown`` is how the answer reads in the transcript
    (e.g. "2. Busan" for the choice "2").
    """

    def __init__(self, text: str, shown: str | None = None) -> None:
        super().__init__()
        self.text = text
        self.shown = text if shown is None else shown


class EntryOpened(Message):
    """The learner chose a library entry to open (a quiz, a debate, review)."""

    def __init__(self, entry: LibraryEntry) -> None:
        super().__init__()
        self.entry = entry


class ReviewWanted(Message):
    """The learner asked to review what is due."""


class StatsWanted(Message):
    """The learner asked for the progress screen."""


class SessionWanted(Message):
    """A session to run next (e.g. the debrief's redo)."""

    def __init__(self, session: Session, title: str) -> None:
        super().__init__()
        self.session = session
        self.title = title
