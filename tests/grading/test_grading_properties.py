"""Properties that hold for any input: never raise, scores in range, verbatim answers."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tutor.grading import (
    MAX_ANSWER_CHARS,
    KeyPoint,
    Verdict,
    grade_keypoints,
    grade_numeric,
    grade_short,
    normalize,
)

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
answers = st.text(max_size=80)
phrases = st.text(
    alphabet=st.characters(categories=["L", "N", "Zs", "Pd"]), min_size=1, max_size=25
)


@FAST
@given(answer=answers, accept=st.lists(answers, max_size=3), reject=st.lists(answers, max_size=3))
def test_grade_short_never_raises_and_scores_in_unit_range(
    answer: str, accept: list[str], reject: list[str]
) -> None:
    result = grade_short(answer, accept, reject)
    assert 0.0 <= result.score <= 1.0


@FAST
@given(answer=answers, value=st.floats(allow_nan=False, allow_infinity=False, width=32))
def test_grade_numeric_never_raises_and_scores_in_unit_range(answer: str, value: float) -> None:
    assert 0.0 <= grade_numeric(answer, value).score <= 1.0


@FAST
@given(answer=st.text(max_size=300), texts=st.lists(phrases, min_size=1, max_size=4))
def test_grade_keypoints_never_raises_and_scores_in_unit_range(
    answer: str, texts: list[str]
) -> None:
    result = grade_keypoints(answer, [KeyPoint(t, (t,)) for t in texts])
    assert 0.0 <= result.score <= 1.0
    for span in result.spans:
        assert 0 <= span.start <= span.end <= len(answer)


@FAST
@given(accept=st.lists(phrases, min_size=1, max_size=3), reject=st.lists(phrases, max_size=3))
def test_every_accepted_answer_is_correct_verbatim_unless_also_rejected(
    accept: list[str], reject: list[str]
) -> None:
    rejected = {normalize(r) for r in reject}
    for answer in accept:
        if normalize(answer) and normalize(answer) not in rejected:
            assert grade_short(answer, accept, reject).verdict is Verdict.CORRECT, answer


@FAST
@given(
    accept=st.lists(phrases, min_size=1, max_size=3),
    reject=st.lists(phrases, min_size=1, max_size=3),
)
def test_a_known_wrong_answer_is_never_accepted_verbatim(
    accept: list[str], reject: list[str]
) -> None:
    for wrong in reject:
        if normalize(wrong):
            assert grade_short(wrong, accept, reject).verdict is not Verdict.CORRECT, wrong


def test_a_megabyte_answer_is_truncated_quickly_with_a_message() -> None:
    answer = "troops deter aggression " * 45_000
    started = time.perf_counter()
    short = grade_short(answer, ["South Korea"])
    points = grade_keypoints(answer, [KeyPoint("deterrence", ("deter",))])
    assert time.perf_counter() - started < 1.0
    assert str(f"{MAX_ANSWER_CHARS:,}") in short.feedback
    assert any("truncated" in line for line in short.trace + points.trace)
