"""The key points learners drop or concede most, over every graded free-text answer.

A rebuttal's grade keeps a stance per key point (asserted, denied, conceded, absent).
*Dropped* is absent: the learner never answered that part of the argument. *Conceded*
is agreeing with the opponent on it. Ranked by how often either happened.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from tutor.reports.class_data import Attempt

DROPPED, CONCEDED = "absent", "conceded"


@dataclass(frozen=True)
class PointTally:
    item_key: str
    index: int
    answers: int
    dropped: int
    conceded: int

    @property
    def missed_share(self) -> float:
        return (self.dropped + self.conceded) / self.answers if self.answers else 0.0


def dropped_points(attempts: list[Attempt], limit: int = 10) -> list[PointTally]:
    counts: dict[tuple[str, int], Counter[str]] = defaultdict(Counter)
    for a in attempts:
        for index, stance in enumerate(a.stances):
            counts[(a.item_key, index)][stance] += 1
    tallies = [
        PointTally(key, index, sum(c.values()), c[DROPPED], c[CONCEDED])
        for (key, index), c in counts.items()
    ]
    tallies = [t for t in tallies if t.dropped + t.conceded]
    tallies.sort(key=lambda t: (-(t.dropped + t.conceded), -t.missed_share, t.item_key, t.index))
    return tallies[:limit]
