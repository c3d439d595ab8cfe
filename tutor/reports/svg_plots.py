"""Two small plots for the HTML report, drawn as inline SVG (no script, no network).

*Difficulty against discrimination*: one dot per item, share correct across, the
point-biserial up; items low on the chart (below 0.2) tell strong and weak learners
apart poorly. *Progress per skill*: the class's share right per skill, day by day.
Every label is escaped: item names come from packs.
"""

from __future__ import annotations

from collections import defaultdict
from html import escape

from tutor.reports.class_data import Attempt
from tutor.reports.item_analysis import ItemStats

W, H, PAD = 520, 310, 48
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf")


def _frame(title: str, x_label: str, y_label: str, body: list[str]) -> str:
    axes = [
        f'<line x1="{PAD}" y1="{H - PAD}" x2="{W - 10}" y2="{H - PAD}" stroke="#444"/>',
        f'<line x1="{PAD}" y1="10" x2="{PAD}" y2="{H - PAD}" stroke="#444"/>',
        f'<text x="{W / 2}" y="{H - 8}" text-anchor="middle">{escape(x_label)}</text>',
        f'<text x="12" y="{H / 2}" transform="rotate(-90 12 {H / 2})" '
        f'text-anchor="middle">{escape(y_label)}</text>',
    ]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" '
        f'height="{H}" role="img" font-size="11" font-family="sans-serif">'
        f"<title>{escape(title)}</title>" + "".join(axes + body) + "</svg>"
    )


def _x(share: float) -> float:
    return PAD + share * (W - 10 - PAD)


def _y(value: float, low: float, high: float) -> float:
    return H - PAD - (value - low) / (high - low) * (H - PAD - 10)


def _share_ticks(*, across: bool) -> list[str]:
    """0 %, 50 % and 100 % along the x axis (``across``) or up the y axis."""
    ticks = []
    for share in (0.0, 0.5, 1.0):
        if across:
            anchor = ("start", "middle", "end")[int(share * 2)]
            ticks.append(
                f'<text x="{_x(share):.1f}" y="{H - PAD + 14}" text-anchor="{anchor}">'
                f"{share:.0%}</text>"
            )
        else:
            ticks.append(
                f'<text x="{PAD - 4}" y="{_y(share, 0, 1) + 4:.1f}" text-anchor="end">'
                f"{share:.0%}</text>"
            )
    return ticks


def difficulty_plot(items: list[ItemStats]) -> str:
    """Share correct (x, 0–1) against discrimination (y, −1–1), one dot per item."""
    body = [
        *_share_ticks(across=True),
        f'<line x1="{PAD}" y1="{_y(0.2, -1, 1):.1f}" x2="{W - 10}" y2="{_y(0.2, -1, 1):.1f}" '
        'stroke="#bbb" stroke-dasharray="4 3"/>',
        f'<text x="{PAD - 4}" y="{_y(1, -1, 1) + 4:.1f}" text-anchor="end">1</text>',
        f'<text x="{PAD - 4}" y="{_y(0, -1, 1) + 4:.1f}" text-anchor="end">0</text>',
        f'<text x="{PAD - 4}" y="{_y(-1, -1, 1):.1f}" text-anchor="end">−1</text>',
    ]
    for item in items:
        if item.discrimination is None:
            continue
        cx, cy = _x(item.share_correct), _y(item.discrimination, -1, 1)
        tip = f"{item.item_key}: {item.share_correct:.0%} correct, r={item.discrimination:+.2f}"
        body.append(
            f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="4" fill="#1f77b4" fill-opacity="0.7">'
            f"<title>{escape(tip)}</title></circle>"
        )
    return _frame("Difficulty against discrimination", "share correct", "discrimination", body)


def skill_progress(attempts: list[Attempt]) -> str:
    """The class's share right per skill and day, one line per skill."""
    days: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for a in attempts:
        days[a.skill][a.answered.date().isoformat()].append(a.right)
    every_day = sorted({d for per in days.values() for d in per})
    step = (W - 10 - PAD) / max(1, len(every_day) - 1)
    body: list[str] = _share_ticks(across=False)
    for n, (skill, per) in enumerate(sorted(days.items())):
        colour = COLOURS[n % len(COLOURS)]
        points = [
            f"{PAD + every_day.index(d) * step:.1f},{_y(sum(v) / len(v), 0, 1):.1f}"
            for d, v in sorted(per.items())
        ]
        body.append(
            f'<polyline points="{" ".join(points)}" fill="none" stroke="{colour}" '
            f'stroke-width="2"><title>{escape(skill)}</title></polyline>'
        )
        body.append(
            f'<text x="{W - 12}" y="{14 + 13 * n}" text-anchor="end" fill="{colour}">'
            f"{escape(skill)}</text>"
        )
    if every_day:
        body.append(f'<text x="{PAD}" y="{H - PAD + 28}">{every_day[0]}</text>')
        body.append(
            f'<text x="{W - 10}" y="{H - PAD + 28}" text-anchor="end">{every_day[-1]}</text>'
        )
    return _frame("Progress per skill", "day", "share right", body)
