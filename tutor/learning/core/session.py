"""The protocol every session speaks, and the status it reports to front ends.

Quiz, review and debate all implement :class:`Session`; the Textual app, plain mode
and tests drive any of them alike and only render the plain data they return
(:class:`~tutor.learning.turns.Turn`, :class:`~tutor.learning.feedback.Feedback`,
:class:`~tutor.learning.feedback.Debrief`, :class:`SessionStatus`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from tutor.learning.feedback import Debrief
from tutor.learning.turns import Turn


@dataclass(frozen=True)
class SessionStatus:
    """What the side panel shows: where the learner is and how it is going."""

    phase: str
    progress: tuple[int, int]
    scores: list[tuple[str, float]]
    flow: list[str] = field(default_factory=list)
    counted: bool = True
    """Whether the current step counts toward ``progress`` (framing does not)."""


class Session(Protocol):
    """A drill the learner talks to: answers in, turns carrying feedback out."""

    kind: str
    title: str
    """What the session is, for a header ("Quiz · …", "Debate · …")."""

    @property
    def session_id(self) -> int | None: ...
    @property
    def finished(self) -> bool: ...

    def start(self) -> list[Turn]:
        """The opening turns; the last one says what input is wanted."""
        ...

    def respond(self, text: str) -> list[Turn]:
        """An answer or a slash command, as typed."""
        ...

    def answer(self, text: str) -> list[Turn]:
        """Grade an answer; FEEDBACK turns carry their Feedback."""
        ...

    def hint(self) -> list[Turn]: ...
    def skip(self) -> list[Turn]: ...
    def appeal(self, reason: str) -> list[Turn]: ...
    def status(self) -> SessionStatus: ...

    def finish(self) -> Debrief:
        """The debrief: scores, misses, exactly what was scheduled (and a debate's ballot)."""
        ...

    def redo(self) -> Session | None:
        """A new session on the debrief's redo (a debate's missed rebuttal), if any."""
        ...
