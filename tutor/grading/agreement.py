"""A rebuttal that grants the opponent's claim as a whole, without touching any point.

"You are right, I agree: basing troops costs too much." names none of the key points, so
no point is conceded one by one; yet the answer gives the round away, and a silent zero
would teach nothing. When nothing is asserted and the answer concedes content words
(inside a concession, or restating the opponent's claim as its own), every point not
made is marked conceded with those words, so the learner is coached and the ballot
records the argument as conceded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tutor.grading.coaching import note
from tutor.grading.reading import LIGHT, Reading
from tutor.grading.result import KeyPoint, KeyPointResult, Span, Stance

MIN_CONCEDED_WORDS = 2
"""Content words a concession must grant to count as granting the claim ("I agree." alone
grants nothing we can name)."""


def agreed_stretch(reading: Reading) -> tuple[int, int, str] | None:
    """The first stretch (lo, hi, reason) where the answer grants the opponent's claim."""
    for positions, reason in ((reading.conceded, "conceded"),):
        content = sorted(i for i in positions if reading.tokens[i].text not in LIGHT)
        if len(content) >= MIN_CONCEDED_WORDS:
            return content[0], content[-1], reason
    return None


def mark_agreement(
    reading: Reading, results: Sequence[KeyPointResult], keypoints: Sequence[KeyPoint]
) -> tuple[tuple[KeyPointResult, ...], str] | None:
    """Every point absent is conceded when the answer asserts none and grants the claim."""
    if any(r.stance is not Stance.ABSENT for r in results):
        return None
    stretch = agreed_stretch(reading)
    if stretch is None:
        return None
    lo, hi, reason = stretch
    words = reading.words(lo, hi)
    start, end = reading.tokens[lo].start, reading.tokens[hi].end
    marked = tuple(
        replace(
            r,
            span=Span(start, end, r.index),
            stance=Stance.CONCEDED,
            words=words,
            note=note(reason, words, keypoints[r.index]),
        )
        for r in results
    )
    return marked, reason
