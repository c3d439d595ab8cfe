"""The one verdict table, and turning the deciding comparison into a result.

Kept apart from the matching rules so that the words a learner reads ("Close. Check
the spelling.") are in one place and consistent across every kind of question and
every session: :data:`LABELS` names each verdict, and :func:`reason` takes a leading
verdict word off a grader's message so that no front end says it twice.
"""

from __future__ import annotations

from tutor.grading.comparison import Comparison
from tutor.grading.result import MAX_ANSWER_CHARS, GradeResult, Verdict

TRUNCATED_NOTE = f"Only the first {MAX_ANSWER_CHARS:,} characters were graded."
LABELS: dict[Verdict, str] = {
    Verdict.CORRECT: "Correct",
    Verdict.CLOSE: "Close",
    Verdict.INCORRECT: "Not quite",
}
"""What each verdict is called, everywhere a learner reads it."""
_LEADS = (
    "correct.",
    "not correct.",
    "close.",
    "not quite.",
    "not yet.",
    "incorrect.",
    "that is not the answer.",
)


def label(verdict: Verdict) -> str:
    """The learner-facing name of ``verdict``."""
    return LABELS[verdict]


def reason(message: str) -> str:
    """``message`` without a leading verdict word ("Not correct. X" becomes "X")."""
    text = message.strip()
    while True:
        lead = next((w for w in _LEADS if text.lower().startswith(w)), None)
        if lead is None:
            return text
        text = text[len(lead) :].strip()


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
