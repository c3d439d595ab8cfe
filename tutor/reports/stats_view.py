"""Progress as text: totals, accuracy per pack, tag and skill, due today, a sparkline.

``tutor stats`` prints :func:`render_stats` of the store's ``stats(now)``. The
sparkline shows accuracy per day with the eight block characters, oldest first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from tutor.reports.rows import field
from tutor.text import clean

BARS = "▁▂▃▄▅▆▇█"


def sparkline(values: Sequence[float]) -> str:
    """One block per value in [0, 1] (values outside are clamped)."""
    top = len(BARS) - 1
    return "".join(BARS[round(max(0.0, min(1.0, v)) * top)] for v in values)


def _table(title: str, rows: Iterable[Sequence[Any]]) -> list[str]:
    body = [(clean(str(name)), int(n), float(acc)) for name, n, acc in rows]
    if not body:
        return []
    width = max(len(title), *(len(name) for name, _, _ in body))
    lines = [f"{title:<{width}}  {'answered':>8}  {'accuracy':>8}"]
    lines += [f"{name:<{width}}  {n:>8}  {acc:>8.0%}" for name, n, acc in body]
    return [*lines, ""]


def render_stats(stats: Any) -> str:
    """The stats screen as plain text."""
    total = int(field(stats, "total", 0))
    if total == 0:
        due = int(field(stats, "due", 0))
        return f"No answers recorded yet. {due} item(s) due today."
    lines = [
        f"Answered: {total}   Accuracy: {float(field(stats, 'accuracy', 0.0)):.0%}   "
        f"Due today: {int(field(stats, 'due', 0))}",
        "",
    ]
    for title, key in (("pack", "by_pack"), ("tag", "by_tag"), ("skill", "by_skill")):
        lines += _table(title, field(stats, key, ()) or ())
    days = list(field(stats, "by_day", ()) or ())
    if days:
        first, last = days[0][0], days[-1][0]
        lines.append(f"Accuracy per day ({first} to {last}): {sparkline([a for _, a in days])}")
    return "\n".join(lines).rstrip() + "\n"
