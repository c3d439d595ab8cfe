"""The gradebook: one row per learner and pack, with the share right per skill.

A learner's score on an item is their first attempt at it (a retry after feedback is
practice, not the grade); an appeal the instructor accepted counts as right.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from tutor.reports.class_data import Attempt


@dataclass(frozen=True)
class GradebookRow:
    learner: str
    pack_id: str
    items: int
    right: int
    last: datetime
    by_skill: dict[str, float] = field(default_factory=dict)

    @property
    def share(self) -> float:
        return self.right / self.items if self.items else 0.0


def first_attempts(attempts: list[Attempt]) -> list[Attempt]:
    """Each learner's first answer to each item, in the order they were given."""
    seen: dict[tuple[str, str], Attempt] = {}
    for a in sorted(attempts, key=lambda a: (a.answered, a.answer_id)):
        seen.setdefault((a.learner, a.item_key), a)
    return list(seen.values())


def gradebook(attempts: list[Attempt]) -> list[GradebookRow]:
    groups: dict[tuple[str, str], list[Attempt]] = defaultdict(list)
    for a in first_attempts(attempts):
        groups[(a.learner, a.pack_id)].append(a)
    return [_row(learner, pack, rows) for (learner, pack), rows in sorted(groups.items())]


def _row(learner: str, pack_id: str, rows: list[Attempt]) -> GradebookRow:
    skills: dict[str, list[bool]] = defaultdict(list)
    for a in rows:
        skills[a.skill].append(a.right)
    return GradebookRow(
        learner=learner,
        pack_id=pack_id,
        items=len(rows),
        right=sum(a.right for a in rows),
        last=max(a.answered for a in rows),
        by_skill={s: sum(v) / len(v) for s, v in sorted(skills.items())},
    )


def skills_of(rows: list[GradebookRow]) -> list[str]:
    """Every skill any row has, sorted (the gradebook's columns)."""
    return sorted({s for r in rows for s in r.by_skill})
