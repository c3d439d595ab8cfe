"""A key point counts only when the rebuttal asserts it: concessions, denials, questions
and hedges earn nothing, and the learner is told which one they made."""

from __future__ import annotations

from judge_motion import judge, stances

from tutor.grading import Stance
from tutor.grading.coaching import OUTWEIGH

A, D, C, N = Stance.ASSERTED, Stance.DENIED, Stance.CONCEDED, Stance.ABSENT


def test_a_point_argued_with_its_reason_is_asserted_and_covered() -> None:
    result = judge("The new road will just fill up with new traffic, so the jams come back.")
    assert [k.stance for k in result.keypoints] == [A, N, N]
    assert result.keypoints[0].covered
    assert result.keypoints[0].words and result.keypoints[0].note == ""


def test_agreeing_with_the_opponent_concedes_and_the_note_says_so() -> None:
    result = judge(
        "He is right: the ring road fills up with more traffic at first, but that is fine."
    )
    point = result.keypoints[0]
    assert point.stance is C and not point.covered
    assert point.note.startswith("You agreed with your opponent here:")
    assert OUTWEIGH in point.note
    assert "You agreed with your opponent" in result.feedback


def test_granted_x_but_y_concedes_x_and_asserts_y() -> None:
    answer = (
        "Granted, more traffic is not the only problem, "
        "but buses and trams move far more people per lane."
    )
    assert stances(answer) == [C, A, N]


def test_fair_point_at_the_end_of_a_sentence_concedes_that_sentence() -> None:
    answer = (
        "Repair budgets are tight, fair point. "
        "But induced demand means the road fills up within years."
    )
    assert stances(answer) == [A, N, C]


def test_a_negated_marker_is_no_concession() -> None:
    assert (
        stances("He is not right: a new road fills up with new traffic within a few years.")[0] is A
    )


def test_saying_the_opposite_of_the_point_denies_it() -> None:
    result = judge("Induced demand does not happen here; the road will not fill up.")
    assert result.keypoints[0].stance is D
    assert result.keypoints[0].note.startswith("You said the opposite of this point")


def test_restating_the_opponents_claim_as_your_own_argues_their_side() -> None:
    result = judge(
        "A new ring road will cut congestion in the centre, and buses help with that too."
    )
    point = result.keypoints[1]
    assert point.stance is C
    assert point.note.startswith("You argued your opponent's side here:")


def test_reporting_the_opponents_claim_before_answering_it_is_not_conceding() -> None:
    answer = (
        "They say a new ring road will cut congestion, but buses move far more people per lane."
    )
    assert stances(answer)[1] is A


def test_a_question_claims_nothing() -> None:
    result = judge("Won't the new road just fill up with more traffic?")
    assert result.keypoints[0].stance is N
    assert "did not claim it" in result.keypoints[0].note


def test_a_hedged_point_is_not_claimed() -> None:
    result = judge("Maybe the road fills up with more traffic, I don't know.")
    assert result.keypoints[0].stance is N
    assert result.keypoints[0].note.startswith("You hedged")


def test_a_rebuttal_that_only_concedes_scores_zero_and_is_incorrect() -> None:
    result = judge("I agree with my opponent, the ring road will cut congestion and fill the gap.")
    assert result.score == 0 and result.verdict.value == "incorrect"


def test_a_negated_verb_after_the_subject_denies_a_cue_inside_the_subject() -> None:
    assert stances("The public transport plan was not a real answer at all.")[1] is D


def test_contracted_concessions_are_read_after_folding() -> None:
    assert stances("He's right that the road fills up with more traffic.")[0] is C
    assert stances("That's true, more traffic fills the road.")[0] is C


def test_a_point_rejected_or_called_useless_is_denied() -> None:
    assert stances("Public transport is useless for a city this size.")[1] is D
