"""The shipped packs' self-tests: every argument key point carries its own test answers.

Each key point of every argument lists answers a learner might type that must earn it
(``examples``) and answers that must not (``counterexamples``). The first tests hold the
packs to that; the last runs the judge on all of them, the way ``tutor lint`` does.
"""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz
from shipped import PACK_FILES, load

from tutor.authoring.lint_selftests import selftests

NAMES = [path.stem for path in PACK_FILES]
NEAR_COPY = 85
"""``fuzz.ratio`` at or above which an example only restates its key point."""


@pytest.mark.parametrize("name", NAMES)
def test_every_argument_key_point_has_two_examples_and_a_counterexample(name: str) -> None:
    thin = [
        f"{argument.id}: {point.text}"
        for motion in load(name).motions
        for argument in motion.arguments
        for point in argument.key_points
        if len(point.examples) < 2 or not point.counterexamples
    ]
    assert thin == []


@pytest.mark.parametrize("name", NAMES)
def test_no_example_is_a_near_copy_of_its_key_point(name: str) -> None:
    """A copy of the point passes any judge and tests nothing: examples are learners' words."""
    echoes = [
        example
        for motion in load(name).motions
        for argument in motion.arguments
        for point in argument.key_points
        for example in point.examples
        if fuzz.ratio(example.casefold(), point.text.casefold()) >= NEAR_COPY
    ]
    assert echoes == []


@pytest.mark.xfail(
    strict=False,
    reason="the stance-aware judge (issue 14, judge branch) is not merged yet: today's cue "
    "judge misses own-words examples and credits concessions and denials",
)
@pytest.mark.parametrize("name", NAMES)
def test_the_judge_passes_every_self_test_of_the_shipped_packs(name: str) -> None:
    failed = [f"{p.pointer}: {p.message}" for p in selftests(load(name))]
    assert failed == []
