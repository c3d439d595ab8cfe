"""Judging free-text answers (rebuttals, explanations) key point by key point.

For each key point the judge looks for stretches of the answer that make it: its cue
phrases (``cue_match``), its own text and its example phrasings (``meaning``). Each
stretch then gets a stance from the reading of the whole answer (``reading``): asserted,
denied (negated), conceded (inside a concession, or restating the opponent's claim), or
absent (a question, a hedge, a fragment or list, an echo of what the tutor showed). A
point is earned only when some stretch asserts it; otherwise the most telling stretch
decides the stance and the coaching note. The score is the asserted share of the key
points' weights. See ``docs/grading.md`` for the rules and their measured accuracy.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from tutor.grading.agreement import mark_agreement
from tutor.grading.coaching import PRIORITY, feedback, hint, note
from tutor.grading.cue_match import matches, polarity
from tutor.grading.meaning import Vocabulary, phrase_matches
from tutor.grading.normalize import truncate
from tutor.grading.reading import Reading
from tutor.grading.result import GradeResult, KeyPoint, KeyPointResult, Span, Stance, Verdict

Candidate = tuple[int, int, bool, str, float]
"""A stretch (lo, hi), whether negated, the phrase that found it, and its match score."""
CUE_SCORE = 1.0
"""Match score of a point found by one of its cues."""
PHRASE_SCORE = 0.9
"""Match score of a point found by its own text or an example phrasing."""


def grade_keypoints(
    answer: str,
    keypoints: Sequence[KeyPoint],
    threshold: float = 0.6,
    *,
    shown: Sequence[str] = (),
    opposing: str = "",
) -> GradeResult:
    """Grade a free-text answer by the weighted share of key points it asserts.

    ``shown`` is text the tutor itself showed the learner for this answer (the claim's
    opening, a hint, the card): typing it back earns nothing. ``opposing`` is the
    opponent's claim the answer rebuts (empty when there is none): restating it as the
    learner's own is arguing the other side, and counts as conceding.
    """
    text, cut = truncate(answer)
    reading = Reading.of(text, shown, opposing)
    topic = Vocabulary(opposing)
    found = [list(_candidates(reading, kp, topic)) for kp in keypoints]
    cues = [(c[0], c[1], i) for i, cands in enumerate(found) for c in cands if c[4] == CUE_SCORE]
    bare = reading.bare(cues)
    against = reading.affirming([t for kp in keypoints for t in polarity(kp.text, kp.cues)[0]])
    judged = [
        _judge(reading, i, kp, c, bare, against)
        for i, (kp, c) in enumerate(zip(keypoints, found, strict=True))
    ]
    results = tuple(r for r, _ in judged)
    reasons = [why for _, why in judged]
    agreed = mark_agreement(reading, results, keypoints) if opposing else None
    if agreed is not None:
        results, reasons = agreed[0], [agreed[1]] * len(results)
    score = _weighted(results, keypoints)
    verdict = _verdict(score, threshold, results)
    trace = [_trace_line(r, why) for r, why in judged]
    trace.append(f"score {score:.2f} vs threshold {threshold:.2f}")
    if cut:
        trace.append("answer truncated")
    spans = tuple(r.span for r in results if r.covered and r.span is not None)
    words, tip = feedback(results, reasons, cut), hint(results, keypoints, verdict is Verdict.CLOSE)
    return GradeResult(verdict, score, None, words, tip, tuple(trace), spans, results)


def _judge(
    reading: Reading,
    i: int,
    kp: KeyPoint,
    found: list[Candidate],
    bare: frozenset[int],
    against: frozenset[int],
) -> tuple[KeyPointResult, str]:
    best: tuple[Stance, str, Candidate] | None = None
    for cand in found:
        stance, why = reading.stance_at(cand[0], cand[1], cand[2], bare)
        if stance is Stance.ASSERTED and cand[0] in against:
            stance, why = Stance.CONCEDED, "other-side"
        if stance is Stance.ASSERTED:
            return _result(reading, i, kp, stance, why, cand), why
        if best is None or PRIORITY.index(why) < PRIORITY.index(best[1]):
            best = (stance, why, cand)
    if best is None:
        return KeyPointResult(i, False, None, None, False, 0.0), "absent"
    return _result(reading, i, kp, *best), best[1]


def _candidates(reading: Reading, kp: KeyPoint, topic: Vocabulary) -> Iterator[Candidate]:
    contrary = polarity(kp.text, kp.cues)[1]
    for cue in (c for c in kp.cues if c not in contrary):
        for lo, hi, negated in matches(reading.index, reading.owner, cue, 1.0):
            yield lo, hi, negated, cue, CUE_SCORE
    for phrase, score in [(kp.text, PHRASE_SCORE), *((e, PHRASE_SCORE) for e in kp.examples)]:
        for lo, hi, negated in phrase_matches(reading, phrase, topic):
            yield lo, hi, negated, phrase, score


def _result(
    reading: Reading, i: int, kp: KeyPoint, stance: Stance, why: str, cand: Candidate
) -> KeyPointResult:
    lo, hi, _, cue, score = cand
    words = reading.words(lo, hi)
    span = Span(reading.tokens[lo].start, reading.tokens[hi].end, i)
    covered = stance is Stance.ASSERTED
    return KeyPointResult(i, covered, span, cue, stance is Stance.DENIED, score if covered else 0.0,
                          stance, words, "" if covered else note(why, words, kp))  # fmt: skip


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


def _trace_line(r: KeyPointResult, why: str) -> str:
    n = r.index + 1
    if r.covered and r.span is not None:
        return f"key point {n}: covered by {r.cue!r} at {r.span.start}-{r.span.end}"
    if r.span is None:
        return f"key point {n}: not covered"
    if r.negated:
        return f"key point {n}: {r.cue!r} found but negated, not counted"
    return f"key point {n}: {r.cue!r} found but {why}, not counted"
