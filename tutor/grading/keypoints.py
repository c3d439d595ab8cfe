"""Grading free-text answers (rebuttals, explanations) by key-point coverage.

Each key point is found through its cue phrases (or its own text): the cue's words
must appear close together in the answer, typos forgiven by word length. The matched
stretch becomes a span the UI can highlight; a negated match does not count.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from tutor.grading.cue_index import AnswerIndex, cue_words, stem
from tutor.grading.negation import NEGATING, count_negators, is_negated
from tutor.grading.normalize import tokenize, truncate
from tutor.grading.result import GradeResult, KeyPoint, KeyPointResult, Span, Stance, Verdict
from tutor.grading.verdicts import TRUNCATED_NOTE

CUE_SLACK = 3
"""A cue of n words must be found within 2n + CUE_SLACK words ("deter *any future* aggression")."""
TEXT_COVERAGE = 0.6
"""Share of a key point's own words needed when no cue matched (tuned on dev data)."""


def grade_keypoints(
    answer: str,
    keypoints: Sequence[KeyPoint],
    threshold: float = 0.6,
    *,
    shown: Sequence[str] = (),
) -> GradeResult:
    """Grade a free-text answer by the weighted share of key points it asserts.

    ``shown`` is text the tutor itself showed the learner for this answer (the claim's
    opening, a hint, the card): typing it back earns nothing.
    """
    text, cut = truncate(answer)
    index = AnswerIndex(text, tokenize(text))
    results = tuple(_words(text, _cover(index, i, kp)) for i, kp in enumerate(keypoints))
    score = _weighted(results, keypoints)
    verdict = _verdict(score, threshold, results)
    trace = [_trace_line(r) for r in results] + [f"score {score:.2f} vs threshold {threshold:.2f}"]
    if cut:
        trace.append("answer truncated")
    spans = tuple(r.span for r in results if r.covered and r.span is not None)
    feedback, hint = _feedback(verdict, results, keypoints, cut)
    return GradeResult(verdict, score, None, feedback, hint, tuple(trace), spans, results)


def _weighted(results: tuple[KeyPointResult, ...], keypoints: Sequence[KeyPoint]) -> float:
    total = sum(max(kp.weight, 0.0) for kp in keypoints)
    if total <= 0:
        return 0.0
    got = sum(max(kp.weight, 0.0) for kp, r in zip(keypoints, results, strict=True) if r.covered)
    return min(1.0, got / total)


def _verdict(score: float, threshold: float, results: tuple[KeyPointResult, ...]) -> Verdict:
    if results and score >= threshold:
        return Verdict.CORRECT
    return Verdict.CLOSE if any(r.covered for r in results) else Verdict.INCORRECT


def _words(text: str, r: KeyPointResult) -> KeyPointResult:
    """Fill in the stance and the learner's words from the span that decided it."""
    stance = Stance.ASSERTED if r.covered else Stance.DENIED if r.negated else Stance.ABSENT
    words = text[r.span.start : r.span.end] if r.span is not None else ""
    return replace(r, stance=stance, words=words)


def _cover(index: AnswerIndex, i: int, kp: KeyPoint) -> KeyPointResult:
    negated_cue: str | None = None
    for cue in kp.cues:
        span, negated = _find(index, cue, 1.0)
        if span is not None and not negated:
            return KeyPointResult(i, True, Span(span[0], span[1], i), cue, False, 1.0)
        negated_cue = negated_cue or (cue if negated else None)
    span, negated = _find(index, kp.text, TEXT_COVERAGE)
    if span is not None and not negated:
        return KeyPointResult(i, True, Span(span[0], span[1], i), kp.text, False, 0.9)
    negated_cue = negated_cue or (kp.text if negated else None)
    return KeyPointResult(i, False, None, negated_cue, negated_cue is not None, 0.0)


def _find(index: AnswerIndex, cue: str, coverage: float) -> tuple[tuple[int, int] | None, bool]:
    """The first stretch matching ``cue`` that is not negated; else whether one was negated."""
    required, negations, tail = _cue_parts(cue)
    if not required:
        return None, False
    need = len(required) if len(required) <= 3 else max(3, math.ceil(coverage * len(required)))
    if len(required) > 3 and coverage >= 1.0:
        need = math.ceil(0.75 * len(required))
    saw_negated = False
    for lo, hi in index.windows(required, need, 2 * len(required) + CUE_SLACK):
        if tail and not _ends_in_negator(index, required, hi):
            continue
        if not is_negated(index.text, index.tokens, lo, hi, negations):
            return (index.tokens[lo].start, index.tokens[hi].end), False
        saw_negated = True
    return None, saw_negated


@lru_cache(maxsize=4_096)
def _cue_parts(cue: str) -> tuple[tuple[str, ...], int, bool]:
    """The cue's words to find, its own negations, and whether a short cue ends on one."""
    all_words = tuple(t.text for t in tokenize(cue))
    required = cue_words(all_words)
    tail = 1 < len(required) <= 3 and required[-1] in NEGATING
    return required, count_negators(all_words), tail


def _ends_in_negator(index: AnswerIndex, required: tuple[str, ...], hi: int) -> bool:
    """A cue ending on a negator ("say no") needs it right after its other words."""
    tokens = index.tokens
    if tokens[hi].text not in NEGATING:
        return False
    content = set(required) - NEGATING
    return any(j >= 0 and stem(tokens[j].text) in content for j in (hi - 1, hi - 2))


def _trace_line(r: KeyPointResult) -> str:
    if r.covered and r.span is not None:
        return f"key point {r.index + 1}: covered by {r.cue!r} at {r.span.start}-{r.span.end}"
    if r.negated:
        return f"key point {r.index + 1}: {r.cue!r} found but negated, not counted"
    return f"key point {r.index + 1}: not covered"


def _feedback(
    verdict: Verdict, results: tuple[KeyPointResult, ...], kps: Sequence[KeyPoint], cut: bool
) -> tuple[str, str]:
    covered = sum(r.covered for r in results)
    text = f"You covered {covered} of {len(results)} key points."
    negated = [kps[r.index].text for r in results if r.negated]
    if negated:
        text += f" You said the opposite of: {negated[0]}"
    if cut:
        text += f" {TRUNCATED_NOTE}"
    missing = [kps[r.index].text for r in results if not r.covered]
    hint = f"Not yet covered: {missing[0]}" if verdict is Verdict.CLOSE and missing else ""
    return text, hint
