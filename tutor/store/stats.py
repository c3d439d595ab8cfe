"""Progress in numbers: totals, accuracy per pack, tag, skill and day, and what is due.

An answer counts as right when graded correct or when an instructor accepted the
learner's appeal of it. One grouped scan of the answers feeds every
table: SQLite groups by (pack, skill, tags, day), walking an index in that order
(migration 3), and Python folds those few groups, so 100,000 answers take one pass,
not five. Appealed misses are added from a second, small query. Both count one
learner's answers only (the learner leads the index).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from tutor.store.backend import Connection
from tutor.store.reviews import due_count

DAYS_SHOWN = 30
KEYS = "pack_id, skill, tags, substr(answered, 1, 10)"
GROUPS = (
    f"SELECT {KEYS}, count(*), sum(CASE WHEN verdict = 'correct' THEN 1 ELSE 0 END)"
    f" FROM answers WHERE learner = ? GROUP BY {KEYS}"
)
APPEALED = (
    f"SELECT {KEYS}, 0, count(*) FROM answers WHERE learner = ? AND verdict <> 'correct'"
    f" AND id IN (SELECT answer_id FROM appeals WHERE status = 'accepted') GROUP BY {KEYS}"
)

Row = tuple[str, int, float]


@dataclass(frozen=True)
class Stats:
    """What ``tutor stats`` shows; tables are (key, answered, accuracy) sorted by key."""

    total: int
    accuracy: float
    due: int
    by_pack: list[Row] = field(default_factory=list)
    by_tag: list[Row] = field(default_factory=list)
    by_skill: list[Row] = field(default_factory=list)
    by_day: list[tuple[str, float]] = field(default_factory=list)  # last 30 days answered


class _Tally:
    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    def add(self, key: str, n: int, right: int) -> None:
        self.counts[key][0] += n
        self.counts[key][1] += right

    def rows(self) -> list[Row]:
        return [(k, n, right / n) for k, (n, right) in sorted(self.counts.items())]


def compute(db: Connection, learner: str, now: datetime) -> Stats:
    packs, tags, skills, days = _Tally(), _Tally(), _Tally(), _Tally()
    groups = [*db.execute(GROUPS, (learner,)), *db.execute(APPEALED, (learner,))]
    for pack, skill, tag_json, day, n, right in groups:
        n, right = int(n), int(right)
        packs.add(pack, n, right)
        skills.add(skill, n, right)
        days.add(day, n, right)
        for tag in _tags(tag_json):
            tags.add(tag, n, right)
    total = sum(n for n, _ in packs.counts.values())
    right = sum(r for _, r in packs.counts.values())
    recent = days.rows()[-DAYS_SHOWN:]
    return Stats(
        total=total,
        accuracy=right / total if total else 0.0,
        due=due_count(db, learner, now),
        by_pack=packs.rows(),
        by_tag=tags.rows(),
        by_skill=skills.rows(),
        by_day=[(day, accuracy) for day, _, accuracy in recent],
    )


def _tags(text: str) -> list[str]:
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return [str(t) for t in dict.fromkeys(value)] if isinstance(value, list) else []
