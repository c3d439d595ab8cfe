"""The answer grader: forgive typos and formatting, never a wrong fact.

Pure Python with no UI import, so the TUI, the plain mode, ``tutor grade`` and pack
lint all grade the same way. See ``docs/grading.md`` for the rules and their measured
accuracy.
"""

from __future__ import annotations

from tutor.grading.keypoints import grade_keypoints
from tutor.grading.normalize import normalize
from tutor.grading.numbers import ParsedNumber, parse_number
from tutor.grading.numeric import grade_numeric
from tutor.grading.result import (
    MAX_ANSWER_CHARS,
    GradeResult,
    KeyPoint,
    KeyPointResult,
    Span,
    Stance,
    Verdict,
    WrongAnswer,
)
from tutor.grading.short_answer import grade_short

__all__ = [
    "MAX_ANSWER_CHARS",
    "GradeResult",
    "KeyPoint",
    "KeyPointResult",
    "ParsedNumber",
    "Span",
    "Stance",
    "Verdict",
    "WrongAnswer",
    "grade_keypoints",
    "grade_numeric",
    "grade_short",
    "normalize",
    "parse_number",
]
