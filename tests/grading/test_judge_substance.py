"""Cue words without a claim are not a point: a list or a fragment is told to say why."""

from __future__ import annotations

from judge_motion import DEMAND, judge, stances

from tutor.grading import Stance


def test_a_bare_list_of_cue_words_earns_nothing() -> None:
    result = judge("induced demand, public transport, potholes")
    assert result.score == 0
    assert all(k.stance is Stance.ABSENT for k in result.keypoints)


def test_a_list_without_commas_earns_nothing_either() -> None:
    assert judge("induced demand buses potholes").score == 0


def test_a_fragment_gets_say_why_naming_the_point_it_needs() -> None:
    result = judge("Induced demand.")
    note = result.keypoints[0].note
    assert note.startswith("Say why:")
    assert DEMAND.text in note
    assert "Say why:" in result.feedback


def test_the_same_words_in_a_sentence_with_a_reason_earn_the_point() -> None:
    answer = "Induced demand kills the plan: drivers flock to the new road until it jams."
    assert stances(answer)[0] is Stance.ASSERTED


def test_a_short_claim_with_a_verb_still_counts() -> None:
    assert stances("Buses are the answer.")[1] is Stance.ASSERTED


def test_a_sentence_made_only_of_several_points_cues_is_a_list() -> None:
    assert judge("potholes, buses and trams, more traffic").score == 0
