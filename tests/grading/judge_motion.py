"""A small motion outside the shipped packs, so the judge's tests show it needs no topic words.

The opponent claims a new ring road will cut congestion; a rebuttal should make three
points. Shared by the ``test_judge_*`` files.
"""

from __future__ import annotations

from tutor.grading import GradeResult, KeyPoint, Stance, grade_keypoints

OPPOSING = "Building a new ring road will cut congestion in the city centre."
DEMAND = KeyPoint(
    "Induced demand: a new road fills with new traffic within a few years, so congestion returns.",
    ("induced demand", "more traffic", "fills up", "new traffic"),
    examples=("Every time a city widens a road, more people start driving until it jams again.",),
)
TRANSIT = KeyPoint(
    "Buses and trams carry far more people per lane than private cars.",
    ("buses", "trams", "public transport"),
)
REPAIR = KeyPoint(
    "The money is better spent maintaining the roads the city already has.",
    ("maintenance", "potholes", "repair"),
)
POINTS = (DEMAND, TRANSIT, REPAIR)


def judge(answer: str, shown: tuple[str, ...] = ()) -> GradeResult:
    """Grade a rebuttal of the ring-road claim the way a debate session does."""
    return grade_keypoints(answer, POINTS, shown=shown, opposing=OPPOSING)


def stances(answer: str, shown: tuple[str, ...] = ()) -> list[Stance]:
    return [k.stance for k in judge(answer, shown).keypoints]
