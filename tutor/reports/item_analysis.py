"""Item analysis: how hard each question was, how well it told learners apart, and why.

For each item, over each learner's first attempt:

- *share correct* (classical difficulty, p);
- *discrimination*: the point-biserial correlation between being right on this item
  and the learner's share right on the rest of the test (the item itself left out, so
  it does not correlate with itself). Near 0 or negative: strong learners do no better
  than weak ones, and the key or the wording deserves a look. None with fewer than
  three learners or when everyone scored the same;
- how often each option or known answer was chosen (what the grader matched, else
  what was typed), over every attempt;
- how many answers were appealed, by status.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from tutor.reports.class_data import Attempt
from tutor.reports.gradebook import first_attempts

MIN_LEARNERS = 3


@dataclass(frozen=True)
class ItemStats:
    item_key: str
    pack_id: str
    skill: str
    prompt: str
    learners: int
    share_correct: float
    discrimination: float | None
    choices: list[tuple[str, int]] = field(default_factory=list)
    appeals: dict[str, int] = field(default_factory=dict)


def pearson(xs: list[float], ys: list[float]) -> float | None:
    """The correlation of two equally long series; None when either is constant."""
    n = len(xs)
    if n < 2:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def _rest_scores(firsts: list[Attempt]) -> dict[tuple[str, str], float | None]:
    """For each (learner, item): the learner's share right on their other items."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for a in firsts:
        totals[a.learner][0] += a.right
        totals[a.learner][1] += 1
    rest: dict[tuple[str, str], float | None] = {}
    for a in firsts:
        right, n = totals[a.learner]
        others = n - 1
        rest[(a.learner, a.item_key)] = (right - a.right) / others if others else None
    return rest


def analyse_items(attempts: list[Attempt]) -> list[ItemStats]:
    firsts = first_attempts(attempts)
    rest = _rest_scores(firsts)
    by_item: dict[str, list[Attempt]] = defaultdict(list)
    for a in firsts:
        by_item[a.item_key].append(a)
    every: dict[str, list[Attempt]] = defaultdict(list)
    for a in attempts:
        every[a.item_key].append(a)
    return [_item(key, rows, every[key], rest) for key, rows in sorted(by_item.items())]


def _item(
    key: str,
    rows: list[Attempt],
    every: list[Attempt],
    rest: dict[tuple[str, str], float | None],
) -> ItemStats:
    pairs = [(float(a.right), rest[(a.learner, key)]) for a in rows]
    paired = [(x, y) for x, y in pairs if y is not None]
    r = pearson([x for x, _ in paired], [y for _, y in paired])
    chosen = Counter(a.chosen or a.response.strip() for a in every)
    appeals = Counter(a.appeal_status for a in every if a.appeal_status is not None)
    return ItemStats(
        item_key=key,
        pack_id=rows[0].pack_id,
        skill=rows[0].skill,
        prompt=rows[0].prompt,
        learners=len(rows),
        share_correct=sum(a.right for a in rows) / len(rows),
        discrimination=r if len(paired) >= MIN_LEARNERS else None,
        choices=chosen.most_common(),
        appeals=dict(sorted(appeals.items())),
    )
