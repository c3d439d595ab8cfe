"""What a grading call returns: one frozen result object every front end can show.

The TUI, the plain mode, ``tutor grade`` and pack lint all read the same fields, so
the verdict, the score, the spans to highlight and the rule trace live here, free of
any presentation code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

MAX_ANSWER_CHARS = 10_000
"""Answers longer than this are truncated before grading; the trace says so."""


class Verdict(StrEnum):
    """The three outcomes a learner sees."""

    CORRECT = "correct"
    CLOSE = "close"
    INCORRECT = "incorrect"


class Stance(StrEnum):
    """What an answer does with one key point. Only ``ASSERTED`` earns it.

    ``DENIED``: the answer says the point is false ("deterrence does not depend on
    troops"). ``CONCEDED``: the answer grants the opponent's claim the point exists to
    answer ("he is right that ..."). ``ABSENT``: the point is not addressed (or only
    named, with no claim and reason, or only echoed from what the tutor showed: see
    :attr:`KeyPointResult.note`).
    """

    ASSERTED = "asserted"
    DENIED = "denied"
    CONCEDED = "conceded"
    ABSENT = "absent"


@dataclass(frozen=True)
class Span:
    """A stretch of the learner's original answer, ``answer[start:end]``."""

    start: int
    end: int
    keypoint: int | None = None


@dataclass(frozen=True)
class KeyPoint:
    """One thing a good free-text answer says, with phrases that show it was said."""

    text: str
    cues: tuple[str, ...] = ()
    weight: float = 1.0
    examples: tuple[str, ...] = ()
    """Answers, in learners' own words, that must earn this point (pack self-tests)."""
    counterexamples: tuple[str, ...] = ()
    """Answers that must not earn it: concessions, denials, near misses."""


@dataclass(frozen=True)
class WrongAnswer:
    """A known wrong answer (a misconception) with its own corrective feedback."""

    answer: str
    feedback: str = ""


@dataclass(frozen=True)
class KeyPointResult:
    """What the answer did with one key point, where, and the words that did it.

    ``covered`` is true exactly when ``stance`` is :attr:`Stance.ASSERTED`. ``span``
    marks the learner's words that decided the stance (the words that earned the point,
    or the ones that denied or conceded it), ``words`` is that stretch of the answer as
    typed, and ``note`` is one learner-facing sentence of coaching when the point was
    not earned ("You agreed with your opponent here: ...", "Say why: ...").
    """

    index: int
    covered: bool
    span: Span | None
    cue: str | None
    negated: bool
    score: float
    stance: Stance = Stance.ABSENT
    words: str = ""
    note: str = ""


@dataclass(frozen=True)
class GradeResult:
    """The grader's verdict with everything needed to explain it."""

    verdict: Verdict
    score: float
    matched: str | None = None
    feedback: str = ""
    hint: str = ""
    trace: tuple[str, ...] = ()
    spans: tuple[Span, ...] = ()
    keypoints: tuple[KeyPointResult, ...] = field(default_factory=tuple)

    @property
    def passed(self) -> bool:
        """True when the answer counts as correct."""
        return self.verdict is Verdict.CORRECT

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (plain types only)."""
        return {
            "verdict": self.verdict.value,
            "score": round(self.score, 4),
            "matched": self.matched,
            "feedback": self.feedback,
            "hint": self.hint,
            "trace": list(self.trace),
            "spans": [_span_dict(s) for s in self.spans],
            "keypoints": [_keypoint_dict(k) for k in self.keypoints],
        }


def _span_dict(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "keypoint": span.keypoint}


def _keypoint_dict(kp: KeyPointResult) -> dict[str, Any]:
    return {
        "index": kp.index,
        "covered": kp.covered,
        "span": None if kp.span is None else _span_dict(kp.span),
        "cue": kp.cue,
        "negated": kp.negated,
        "score": round(kp.score, 4),
        "stance": kp.stance.value,
        "words": kp.words,
        "note": kp.note,
    }
