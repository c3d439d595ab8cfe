"""Turning the deciding comparison into the learner-facing result and its wording.

Kept apart from the matching rules so that the words a learner reads ("Close. Check
the spelling.") are in one place and consistent across every kind of question.
"""

from __future__ import annotations

from tutor.grading.comparison import Comparison
from tutor.grading.result import MAX_ANSWER_CHARS, GradeResult, Verdict

TRUNCATED_NOTE = f"Only the first {MAX_ANSWER_CHARS:,} characters were graded."


def finish(c: Comparison, matched: str | None, truncated: bool, feedback: str = "") -> GradeResult:
    """Build the result for the comparison that decided."""
    trace = [c.rule] + ([f"answer truncated to {MAX_ANSWER_CHARS} characters"] if truncated else [])
    text = feedback or _default_feedback(c)
    if truncated:
        text = f"{text} {TRUNCATED_NOTE}"
    hint = c.hint if c.verdict is Verdict.CLOSE else ""
    score = max(0.0, min(1.0, c.score))
    return GradeResult(c.verdict, score, matched, text, hint, tuple(trace))


def _default_feedback(c: Comparison) -> str:
    if c.verdict is Verdict.CORRECT:
        return "Correct." if c.score >= 0.999 else "Correct (spelling or wording forgiven)."
    if c.verdict is Verdict.CLOSE:
        return f"Close. {c.hint}".strip()
    return f"Not correct. {c.feedback}".strip()
