"""Turn a grade into the :class:`~tutor.learning.feedback.Feedback` a learner reads.

The one place that words a verdict: its label comes from the verdict table
(:mod:`tutor.grading.verdicts`), the grader's message loses any verdict word it
starts with, and each key point becomes a :class:`PointFeedback` with the learner's
own words that earned it, or the card that supports it when it was missed. A point
the learner conceded gets the plain coaching a debate judge would give.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tutor.grading import GradeResult, KeyPointResult, Stance
from tutor.grading.verdicts import label, reason
from tutor.learning.feedback import Feedback, PointFeedback, ScheduledItem
from tutor.learning.turns import CardView

CONCEDED = "You agreed with your opponent here{said}. A rebuttal must deny or outweigh the claim."
DENIED = "That says the opposite of this point{said}."


@dataclass(frozen=True)
class PointSource:
    """A key point as the pack words it, with the card that supports it."""

    text: str
    card: CardView | None = None


@dataclass(frozen=True)
class Explained:
    """What the session knows about an item beyond its grade."""

    item_key: str = ""
    right_answer: str = ""
    explanation: str = ""
    cite: str = ""
    source_note: str = ""
    points: Sequence[PointSource] = ()
    scheduled: ScheduledItem | None = None


def feedback(
    grade: GradeResult, answer: str, about: Explained, answer_id: int | None = None
) -> Feedback:
    """The learner-facing feedback on ``answer``."""
    points = tuple(_point(r, answer, about.points) for r in grade.keypoints)
    return Feedback(
        verdict=grade.verdict,
        label=label(grade.verdict),
        score=grade.score,
        answer=answer,
        message=reason(grade.feedback),
        right_answer=about.right_answer,
        explanation=about.explanation,
        cite=about.cite,
        points=points,
        coaching=coaching(points),
        scheduled=about.scheduled,
        item_key=about.item_key,
        answer_id=answer_id,
        source_note=about.source_note,
    )


def _point(result: KeyPointResult, answer: str, sources: Sequence[PointSource]) -> PointFeedback:
    source = sources[result.index] if result.index < len(sources) else PointSource("")
    span = result.span if result.span is not None and result.span.end <= len(answer) else None
    words = result.words or (answer[span.start : span.end] if span else "")
    made = result.stance is Stance.ASSERTED
    return PointFeedback(
        text=source.text,
        stance=result.stance,
        words=words,
        span=span,
        card=None if made else source.card,
        note=result.note or _note(result.stance, words),
    )


def _said(words: str) -> str:
    return f": “{words}”" if words else ""


def _note(stance: Stance, words: str) -> str:
    if stance is Stance.CONCEDED:
        return CONCEDED.format(said=_said(words))
    if stance is Stance.DENIED:
        return DENIED.format(said=_said(words))
    return ""


def coaching(points: Sequence[PointFeedback]) -> str:
    """The word on the answer as a whole: a concession is said first and plainly."""
    conceded = next((p for p in points if p.stance is Stance.CONCEDED), None)
    if conceded is not None:
        return conceded.note or CONCEDED.format(said=_said(conceded.words))
    return ""
