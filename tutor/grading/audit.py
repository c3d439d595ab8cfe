"""Grader-aware checks for pack authors, called by ``tutor validate``.

A distractor or known wrong answer that the grader would accept teaches a falsehood,
so it is an error; an accepted answer the grader only calls ``close`` against the
rest of its own list is likely a typo or an inconsistent alias, so it is a warning.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from tutor.grading.normalize import normalize
from tutor.grading.result import Verdict, WrongAnswer
from tutor.grading.short_answer import grade_short

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class AuditFinding:
    """One problem in a question's answer data."""

    severity: Severity
    message: str
    value: str


def audit_short_answer(
    accept: Sequence[str],
    reject: Sequence[WrongAnswer | str] = (),
    *,
    variants: Sequence[Sequence[str]] = (),
) -> list[AuditFinding]:
    """Problems the grader would cause with these accepted and known wrong answers
    (``variants``: the pack's own table, as the tutor grades with it)."""
    wrongs = [r.answer if isinstance(r, WrongAnswer) else r for r in reject]
    if not any(normalize(a) for a in accept):
        return [AuditFinding("error", "no accepted answer has any gradable text", "")]
    findings = [f for w in wrongs for f in _check_wrong(w, accept, variants)]
    findings += [f for a in accept for f in _check_accepted(a, accept, reject, variants)]
    return findings


def _check_wrong(
    wrong: str, accept: Sequence[str], variants: Sequence[Sequence[str]]
) -> list[AuditFinding]:
    result = grade_short(wrong, accept, variants=variants)
    if result.verdict is not Verdict.CORRECT:
        return []
    why = "; ".join(result.trace)
    return [
        AuditFinding(
            "error", f"known wrong answer {wrong!r} would be graded correct ({why})", wrong
        )
    ]


def _check_accepted(
    answer: str,
    accept: Sequence[str],
    reject: Sequence[WrongAnswer | str],
    variants: Sequence[Sequence[str]],
) -> list[AuditFinding]:
    own = grade_short(answer, accept, reject, variants=variants)
    if own.verdict is not Verdict.CORRECT:
        why = "; ".join(own.trace)
        message = f"accepted answer {answer!r} would be graded {own.verdict.value} ({why})"
        return [AuditFinding("error", message, answer)]
    others = [a for a in accept if a != answer]
    if others and grade_short(answer, others, reject, variants=variants).verdict is Verdict.CLOSE:
        message = (
            f"accepted answer {answer!r} is only a near miss of the others; check it for a typo"
        )
        return [AuditFinding("warning", message, answer)]
    return []


def audit_choices(correct: str, distractors: Sequence[str]) -> list[AuditFinding]:
    """A multiple-choice distractor the grader would accept as the correct answer."""
    findings = []
    for distractor in distractors:
        result = grade_short(distractor, [correct])
        if result.verdict is Verdict.CORRECT:
            why = "; ".join(result.trace)
            message = f"distractor {distractor!r} would be graded correct for {correct!r} ({why})"
            findings.append(AuditFinding("error", message, distractor))
    return findings
