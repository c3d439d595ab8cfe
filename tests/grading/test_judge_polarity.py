"""A cue opening on "not" says what its point is against: a clause affirming that topic
argues the other side, and a "not" cue that contradicts its own point finds nothing."""

from __future__ import annotations

from tutor.grading import KeyPoint, Stance, grade_keypoints
from tutor.grading.cue_match import polarity

OPPOSING = "The city should add car lanes to move commuters faster."
LANES = KeyPoint(
    "Capacity is not measured in car lanes but in people moved per hour.",
    ("car lanes", "not car lanes", "people moved"),
)
BUSES = KeyPoint("Buses move far more people per lane than cars.", ("buses", "trams"))
VETO = KeyPoint(
    "The council kept its veto over new routes; a free hand removes it.",
    ("veto", "no veto", "free hand"),
)
QUIET = KeyPoint("There is no time to lose: build the tram now.", ("no time", "tram"))


def stances(answer: str, *points: KeyPoint) -> list[Stance]:
    result = grade_keypoints(answer, points or (LANES, BUSES), opposing=OPPOSING)
    return [k.stance for k in result.keypoints]


def test_affirming_what_a_point_denies_earns_it_nothing() -> None:
    assert stances("Car lanes are what really counts for a growing city.")[0] is Stance.CONCEDED


def test_denying_the_topic_still_earns_the_point() -> None:
    answer = "Capacity is not about car lanes at all, it is the people moved each hour."
    assert stances(answer)[0] is Stance.ASSERTED


def test_another_points_cue_in_the_affirming_clause_earns_nothing_either() -> None:
    answer = "Car lanes do move crowds and buses only slow them down."
    assert stances(answer) == [Stance.CONCEDED, Stance.CONCEDED]


def test_a_negator_earlier_in_the_clause_keeps_the_clause_the_learners_own() -> None:
    answer = "Buses carry the crowds every morning, not more car lanes."
    assert stances(answer)[1] is Stance.ASSERTED


def test_a_not_cue_contradicting_its_point_is_ignored() -> None:
    assert polarity(VETO.text, VETO.cues)[1] == frozenset({"no veto"})
    assert stances("The council has no veto any more.", VETO) == [Stance.DENIED]
    kept = "The council kept its veto over every new route, so it still decides."
    assert stances(kept, VETO) == [Stance.ASSERTED]


def test_a_one_word_topic_is_too_loose_to_rule_a_clause_out() -> None:
    assert polarity(QUIET.text, QUIET.cues)[0] == ()
    answer = "Buses save commuters time every single day of the week."
    assert stances(answer, BUSES, QUIET)[0] is Stance.ASSERTED
