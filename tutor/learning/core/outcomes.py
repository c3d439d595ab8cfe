"""How each concluded item went, and the scores by skill every session reports.

One :class:`Outcome` per concluded item (question, debate step), kept in a
:class:`Scorecard`. An appeal does not change an outcome: the original score stands
until an instructor accepts the appeal (see :mod:`tutor.learning.core.appeals`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from tutor.grading import Verdict


@dataclass(frozen=True)
class Outcome:
    """One concluded item: its key, skill, learner-facing label, verdict and score."""

    key: str
    skill: str
    label: str
    verdict: Verdict
    score: float
    answer_id: int | None = None

    @property
    def right(self) -> bool:
        return self.verdict is Verdict.CORRECT

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "verdict": self.verdict.value}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Outcome:
        known = {k: data[k] for k in ("key", "skill", "label", "score", "answer_id") if k in data}
        return cls(verdict=Verdict(data["verdict"]), **known)


@dataclass
class Scorecard:
    """The outcomes of one session, in order, with the sums front ends show."""

    outcomes: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)

    def __len__(self) -> int:
        return len(self.outcomes)

    @property
    def right(self) -> int:
        return sum(o.right for o in self.outcomes)

    def last(self) -> Outcome | None:
        return self.outcomes[-1] if self.outcomes else None

    def scores_by_skill(self) -> dict[str, float]:
        """Mean score per skill, in the order skills first appeared."""
        totals: dict[str, list[float]] = {}
        for o in self.outcomes:
            totals.setdefault(o.skill, []).append(o.score)
        return {skill: sum(v) / len(v) for skill, v in totals.items()}

    def tallies(self) -> dict[str, tuple[int, int]]:
        """Right and asked per skill."""
        counts: dict[str, tuple[int, int]] = {}
        for o in self.outcomes:
            ok, n = counts.get(o.skill, (0, 0))
            counts[o.skill] = (ok + o.right, n + 1)
        return counts

    def misses(self) -> list[str]:
        """The items not answered right, learner-facing."""
        return [o.label for o in self.outcomes if not o.right]

    def summary_lines(self) -> list[str]:
        """One line per skill: right of asked and the mean score."""
        scores = self.scores_by_skill()
        return [f"  {s:<10} {ok}/{n}  {scores[s]:.0%}" for s, (ok, n) in self.tallies().items()]

    def to_list(self) -> list[dict[str, Any]]:
        return [o.to_dict() for o in self.outcomes]

    @classmethod
    def from_list(cls, rows: list[dict[str, Any]]) -> Scorecard:
        return cls([Outcome.from_dict(r) for r in rows])
