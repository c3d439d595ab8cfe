"""The outcome of checking one answer against one expected answer.

Short-answer and numeric matching both produce a :class:`Comparison`; the
orchestrator picks the best one across all accepted and known wrong answers and
turns it into a :class:`~tutor.grading.result.GradeResult`.
"""

from __future__ import annotations

from dataclasses import dataclass

from tutor.grading.result import Verdict

_RANK = {Verdict.CORRECT: 2, Verdict.CLOSE: 1, Verdict.INCORRECT: 0}


@dataclass(frozen=True)
class Comparison:
    """A verdict against one expected answer, with the rule that produced it."""

    verdict: Verdict
    score: float
    rule: str
    hint: str = ""
    feedback: str = ""
    contained: bool = False
    expected: str = ""

    def key(self) -> tuple[int, float]:
        """Sort key: a better verdict first, then a higher score."""
        return _RANK[self.verdict], self.score


def best(comparisons: list[Comparison]) -> Comparison | None:
    """The strongest comparison, or None for an empty list."""
    return max(comparisons, key=Comparison.key, default=None)


def correct(score: float, rule: str, expected: str, contained: bool = False) -> Comparison:
    """A match that counts."""
    return Comparison(Verdict.CORRECT, score, rule, contained=contained, expected=expected)


def close(score: float, rule: str, hint: str, expected: str) -> Comparison:
    """A near miss worth a retry."""
    return Comparison(Verdict.CLOSE, score, rule, hint=hint, expected=expected)


def wrong(score: float, rule: str, feedback: str, expected: str) -> Comparison:
    """No match."""
    return Comparison(Verdict.INCORRECT, min(score, 0.39), rule, feedback=feedback,
                      expected=expected)  # fmt: skip
