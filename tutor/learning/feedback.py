"""The plain data every front end renders after an answer and at the end of a session.

This is where the judge (``tutor.grading``) and the session core meet. After every
graded answer a session returns one :class:`Feedback`: the verdict, and for each key
point its :class:`~tutor.grading.Stance` with the learner's own words that earned (or
denied, or conceded) it, and for each point not earned the card that supports it. At
the end it returns one :class:`Debrief` that lists exactly what the store scheduled and,
for a debate, the judge's :class:`Ballot`. Front ends only lay these out: they never
probe sessions, grade results or turns with ``getattr``.

Every string here may come from an untrusted pack: front ends show it as plain text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from tutor.grading.result import Span, Stance, Verdict
from tutor.learning.turns import CardView


@dataclass(frozen=True)
class PointFeedback:
    """One key point, as the learner's answer treated it."""

    text: str
    """The key point, in the pack's words."""
    stance: Stance
    words: str = ""
    """The learner's words that decided the stance ("" when the point was absent)."""
    span: Span | None = None
    """Where :attr:`words` sit in :attr:`Feedback.answer`."""
    card: CardView | None = None
    """The evidence card that supports the point (shown for points not earned)."""
    note: str = ""
    """Coaching for a point not earned: a concession, a denial, an echo, a bare cue."""

    @property
    def made(self) -> bool:
        return self.stance is Stance.ASSERTED


@dataclass(frozen=True)
class ScheduledItem:
    """One item the store scheduled for review, and when it is due."""

    item_key: str
    label: str
    due: datetime


@dataclass(frozen=True)
class Feedback:
    """The verdict on one answer, with everything needed to explain it."""

    verdict: Verdict
    label: str
    """The verdict's learner-facing label, from the one verdict table."""
    score: float
    answer: str
    """The answer as typed (spans index into it)."""
    message: str = ""
    """One line saying why."""
    right_answer: str = ""
    explanation: str = ""
    cite: str = ""
    """A one-line citation of the source behind the answer."""
    points: tuple[PointFeedback, ...] = ()
    """Every key point of a free-text answer, in the pack's order."""
    coaching: str = ""
    """The tutor's word on the answer as a whole ("You agreed with your opponent ...")."""
    scheduled: ScheduledItem | None = None
    """What the store scheduled for this item, once the item is concluded."""
    item_key: str = ""
    answer_id: int | None = None
    """The stored answer this feedback belongs to (for appeals)."""
    source_note: str = ""
    """How far to trust the cited source: given once per source per session."""

    @property
    def made(self) -> tuple[PointFeedback, ...]:
        return tuple(p for p in self.points if p.made)

    @property
    def missed(self) -> tuple[PointFeedback, ...]:
        return tuple(p for p in self.points if not p.made)

    @property
    def spans(self) -> tuple[Span, ...]:
        return tuple(p.span for p in self.made if p.span is not None)


class ClashResult(StrEnum):
    """What the learner did with one opposing argument over the round."""

    ANSWERED = "answered"
    DROPPED = "dropped"
    CONCEDED = "conceded"


@dataclass(frozen=True)
class BallotLine:
    """One argument on the ballot: an opponent's (with its result) or the learner's own."""

    argument_id: str
    claim: str
    result: str
    """For an opponent's argument a :class:`ClashResult` value; for the learner's own,
    "extended" or "not extended"."""


@dataclass(frozen=True)
class Redo:
    """The one concrete thing to do again: rebut an argument, aiming at a missed point."""

    argument_id: str
    claim: str
    missed_point: str
    text: str
    """"Rebut X again; the point you missed was Y"."""


@dataclass(frozen=True)
class Ballot:
    """A judge's ballot for a debate round, built only from the flow sheet and pack text."""

    opponents: tuple[BallotLine, ...]
    extended: tuple[BallotLine, ...]
    decision: str
    """Which side the judge would vote for, in one line."""
    clash: str
    """The clash that decided the round."""
    reason: str
    """The reason for decision: 3-5 sentences, built only from pack text."""
    redo: Redo | None = None


@dataclass(frozen=True)
class Debrief:
    """The end of a session: scores, misses, exactly what was scheduled, the ballot."""

    headline: str
    scores: tuple[tuple[str, float], ...]
    misses: tuple[str, ...]
    scheduled: tuple[ScheduledItem, ...]
    """Exactly the items the store scheduled in this session, with their due dates."""
    flow: tuple[str, ...] = ()
    ballot: Ballot | None = None
