"""A rebuttal that grants the opponent's whole claim is coached, not silently zeroed."""

from __future__ import annotations

from tutor.grading import KeyPoint, Stance, Verdict, grade_keypoints

CLAIM = "Free buses cost the city too much"
POINTS = [
    KeyPoint("Fares pay little of the running cost", ("fares",)),
    KeyPoint("Fewer cars save the city more than the buses cost", ("fewer cars",)),
]


def test_agreeing_with_the_whole_claim_concedes_every_point_not_made() -> None:
    result = grade_keypoints("You are right, I agree: free buses cost too much.", POINTS,
                             opposing=CLAIM)  # fmt: skip
    assert result.verdict is Verdict.INCORRECT
    assert [k.stance for k in result.keypoints] == [Stance.CONCEDED, Stance.CONCEDED]
    assert "You agreed with your opponent" in result.feedback
    assert "free buses cost too much" in result.keypoints[0].words


def test_a_bare_i_agree_names_nothing_to_coach_on() -> None:
    result = grade_keypoints("I agree.", POINTS, opposing=CLAIM)
    assert [k.stance for k in result.keypoints] == [Stance.ABSENT, Stance.ABSENT]


def test_a_point_made_keeps_the_others_absent_rather_than_conceded() -> None:
    answer = "Fewer cars on the road mean cleaner air and cheaper road repairs."
    result = grade_keypoints(answer, POINTS, opposing=CLAIM)
    assert result.keypoints[1].stance is Stance.ASSERTED
    assert result.keypoints[0].stance is Stance.ABSENT


def test_without_an_opponent_agreement_is_not_a_concession() -> None:
    result = grade_keypoints("You are right, I agree: free buses cost too much.", POINTS)
    assert all(k.stance is Stance.ABSENT for k in result.keypoints)
