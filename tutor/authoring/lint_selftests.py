"""Pack self-tests: the judge must credit a key point's examples and not its counterexamples.

An author writes a key point together with answers a learner might type: ``examples``
that must earn it and ``counterexamples`` that must not (a concession, a denial, the
other side's argument, a near miss). This rule grades each one the way the tutor will
grade a learner, and warns at the exact example the judge gets wrong, so an author
sees where the cues or the point's wording mislead the grader before a learner does.

An argument's key points are graded together, as the debate round grades a rebuttal
of that argument; a free-text question's key points, with the question's threshold.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from tutor import grading
from tutor.packs.diagnostics import Problem
from tutor.packs.models import FreeText, KeyPoint, Pack
from tutor.packs.positions import pointer
from tutor.text import clean

REBUTTAL_THRESHOLD = 0.6
"""The share the debate round asks of a rebuttal (``grade_keypoints``' default)."""
SHOWN_CHARS = 60
READING = {
    grading.Stance.ABSENT: "it finds no such point in the answer",
    grading.Stance.DENIED: "it reads the answer as denying the point",
    grading.Stance.CONCEDED: "it reads the answer as conceding the opponent's claim",
}


def selftests(pack: Pack) -> Iterator[Problem]:
    """A warning for every example the judge does not credit and counterexample it does."""
    for m, motion in enumerate(pack.motions):
        for a, argument in enumerate(motion.arguments):
            where = pointer("motions", m, "arguments", a, "key_points")
            yield from _run(argument.key_points, where, REBUTTAL_THRESHOLD, argument.claim)
    for q, question in enumerate(pack.questions):
        if isinstance(question, FreeText):
            where = pointer("questions", q, "key_points")
            yield from _run(question.key_points, where, question.threshold)


def judged(points: Sequence[KeyPoint]) -> list[grading.KeyPoint]:
    """The pack's key points as the judge takes them."""
    return [
        grading.KeyPoint(
            k.text,
            tuple(k.cues),
            k.weight,
            examples=tuple(k.examples),
            counterexamples=tuple(k.counterexamples),
        )
        for k in points
    ]


def _run(
    points: Sequence[KeyPoint], where: str, threshold: float, opposing: str = ""
) -> Iterator[Problem]:
    """Grade as the debate round does: the argument's claim is the opponent's."""
    keypoints = judged(points)
    for i, point in enumerate(points):
        for e, answer in enumerate(point.examples):
            result = _grade(answer, _without(keypoints, i, e), threshold, i, opposing)
            if not result.covered:
                yield _missed(f"{where}/{i}/examples/{e}", i, point, result)
        for c, answer in enumerate(point.counterexamples):
            result = _grade(answer, keypoints, threshold, i, opposing)
            if result.covered:
                yield _credited(f"{where}/{i}/counterexamples/{c}", i, point, result)


def _without(keypoints: list[grading.KeyPoint], i: int, e: int) -> list[grading.KeyPoint]:
    """The key points with example ``e`` of point ``i`` held out: the judge also matches
    answers against a point's examples, and an example always matches itself."""
    held = keypoints[i]
    rest = held.examples[:e] + held.examples[e + 1 :]
    return [*keypoints[:i], replace(held, examples=rest), *keypoints[i + 1 :]]


def _grade(
    answer: str, keypoints: list[grading.KeyPoint], threshold: float, i: int, opposing: str
) -> grading.KeyPointResult:
    return grading.grade_keypoints(answer, keypoints, threshold, opposing=opposing).keypoints[i]


def _missed(where: str, i: int, point: KeyPoint, result: grading.KeyPointResult) -> Problem:
    found = READING.get(result.stance, READING[grading.Stance.ABSENT])
    if result.words:
        found += f" (on '{_short(result.words)}')"
    if result.note:
        found += f"; its note: '{_short(result.note)}'"
    return Problem(
        where,
        f"self-test failed: the judge does not credit this example with key point {i + 1} "
        f"('{_short(point.text)}'): {found}",
        "add a cue for this phrasing, or reword the example",
        severity="warning",
    )


def _credited(where: str, i: int, point: KeyPoint, result: grading.KeyPointResult) -> Problem:
    words = f" on '{_short(result.words)}'" if result.words else ""
    return Problem(
        where,
        f"self-test failed: the judge credits this counterexample with key point {i + 1} "
        f"('{_short(point.text)}'){words}",
        "make the point's cues more specific, so this answer does not match them",
        severity="warning",
    )


def _short(text: str) -> str:
    text = " ".join(clean(text).split())
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1].rstrip() + "…"
