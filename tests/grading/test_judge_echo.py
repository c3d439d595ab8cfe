"""What the tutor showed earns nothing when typed back; only the learner's own words count."""

from __future__ import annotations

from judge_motion import stances

from tutor.grading import Stance
from tutor.grading.echo import added_words, is_echo

HINT = "Hint: buses and trams carry far more people per lane than private cars"
CLAIM = "Building a new ring road will cut congestion"


def test_typing_the_hint_back_earns_nothing() -> None:
    answer = "Buses and trams carry far more people per lane than private cars."
    assert stances(answer)[1] is Stance.ASSERTED
    assert stances(answer, shown=(HINT,))[1] is Stance.ABSENT


def test_what_the_learner_adds_to_an_echo_still_counts() -> None:
    answer = "Buses and trams carry far more people per lane, and repair of potholes is cheaper."
    assert stances(answer, shown=(HINT,)) == [Stance.ABSENT, Stance.ABSENT, Stance.ASSERTED]


def test_added_words_keeps_only_what_was_not_shown_as_typed() -> None:
    answer = "Building a new ring road will cut congestion, because traffic moves off local streets"
    assert added_words(answer, [CLAIM]) == "because traffic moves off local streets"


def test_a_claim_finished_almost_word_for_word_is_an_echo() -> None:
    assert is_echo("Building a new ring road will cut the congestion.", [CLAIM])
    assert is_echo("building new ring road will cut congestion in town", [CLAIM])


def test_a_claim_with_its_own_reason_is_not_an_echo() -> None:
    answer = (
        "Building a new ring road will cut congestion because through traffic avoids the centre."
    )
    assert not is_echo(answer, [CLAIM])


def test_nothing_shown_means_nothing_is_an_echo() -> None:
    assert not is_echo("anything at all", [])
    assert added_words("anything at all", []) == "anything at all"
