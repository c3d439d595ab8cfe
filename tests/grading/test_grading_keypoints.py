"""Free-text answers are graded by which key points they cover, and where."""

from __future__ import annotations

from tutor.grading import KeyPoint, Verdict, grade_keypoints

DETER = KeyPoint("US troops deter North Korean aggression", ("deter", "deterrence"))
COST = KeyPoint("Withdrawal saves money", ("saves money", "cost"))
ALLIES = KeyPoint("Allies doubt US commitment", ("allies doubt", "credibility"), weight=2.0)


def test_covered_key_points_report_the_span_of_the_learners_words() -> None:
    answer = "Troops there deter aggression, and withdrawal saves money."
    result = grade_keypoints(answer, [DETER, COST])
    assert [k.covered for k in result.keypoints] == [True, True]
    spans = [answer[s.start : s.end] for s in result.spans]
    assert spans == ["deter", "saves money"]
    assert result.verdict is Verdict.CORRECT


def test_a_negated_cue_does_not_cover_its_key_point() -> None:
    result = grade_keypoints("Keeping troops would not deter anyone.", [DETER])
    assert result.keypoints[0].covered is False
    assert result.keypoints[0].negated is True
    assert "opposite" in result.feedback


def test_a_contracted_negation_also_counts() -> None:
    result = grade_keypoints("They wouldn't deter Pyongyang.", [DETER])
    assert result.keypoints[0].negated is True


def test_negation_before_a_clause_break_does_not_reach_the_cue() -> None:
    result = grade_keypoints("Not cheap, but troops deter attacks.", [DETER])
    assert result.keypoints[0].covered is True


def test_a_cue_that_itself_says_not_is_covered_by_a_negative_answer() -> None:
    point = KeyPoint("Troops do not deter", ("not deter",))
    assert grade_keypoints("they do not deter at all", [point]).keypoints[0].covered
    assert not grade_keypoints("they deter", [point]).keypoints[0].covered


def test_cue_words_may_be_inflected_or_misspelled() -> None:
    result = grade_keypoints("their presense is a deterrent that deters aggresion", [DETER])
    assert result.keypoints[0].covered


def test_the_score_is_weighted_by_key_point_weight() -> None:
    result = grade_keypoints("It saves money.", [COST, ALLIES])
    assert abs(result.score - 1 / 3) < 1e-9


def test_some_but_not_enough_points_is_close_with_a_hint_for_a_missing_point() -> None:
    result = grade_keypoints("It saves money.", [DETER, COST, ALLIES])
    assert result.verdict is Verdict.CLOSE
    assert result.hint.startswith("Not yet covered")


def test_no_point_covered_is_incorrect() -> None:
    assert grade_keypoints("I like turtles.", [DETER, COST]).verdict is Verdict.INCORRECT


def test_the_threshold_decides_pass_or_fail() -> None:
    answer = "Withdrawal saves money."
    assert grade_keypoints(answer, [DETER, COST], threshold=0.5).passed
    assert not grade_keypoints(answer, [DETER, COST], threshold=0.6).passed


def test_a_key_point_without_cues_is_found_by_its_own_words() -> None:
    point = KeyPoint("the battery terminals are not connected")
    result = grade_keypoints("because the terminals of the battery are not connected", [point])
    assert result.keypoints[0].covered


def test_no_key_points_scores_zero_without_raising() -> None:
    result = grade_keypoints("anything", [])
    assert result.score == 0.0
    assert result.verdict is Verdict.INCORRECT


def test_not_only_is_emphasis_and_still_covers_the_point() -> None:
    points = [KeyPoint(text="troops deter North Korea", cues=("deter",))]
    result = grade_keypoints("the troops not only deter Pyongyang but reassure Seoul", points)
    assert result.keypoints[0].covered


def test_double_negation_cancels_and_covers_the_point() -> None:
    points = [KeyPoint(text="troops deter North Korea", cues=("deter",))]
    assert grade_keypoints("it does not fail to deter", points).keypoints[0].covered
    assert not grade_keypoints("they never deter anyone", points).keypoints[0].covered
