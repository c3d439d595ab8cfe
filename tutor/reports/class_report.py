"""``tutor class report``: the gradebook, item analysis and dropped arguments, built once.

:func:`build_report` reads every learner's answers and appeals from the store (of one
pack, if asked) and computes each part; :func:`to_markdown` and :func:`to_csv` write it
out (HTML, with plots, is :mod:`tutor.reports.html`). Learner names and pack text are
data: control characters are stripped, and Markdown table cells cannot break the table.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field, replace
from typing import Any

from tutor.reports.arguments import PointTally, dropped_points
from tutor.reports.class_data import Appeal, Attempt, Labels, appeals_from, attempts_from
from tutor.reports.gradebook import GradebookRow, gradebook, skills_of
from tutor.reports.item_analysis import ItemStats, analyse_items
from tutor.store.learners import shown
from tutor.text import clean

TABLES = ("gradebook", "items", "arguments", "appeals")


@dataclass(frozen=True)
class ClassReport:
    pack_id: str | None
    attempts: list[Attempt]
    gradebook: list[GradebookRow]
    items: list[ItemStats]
    arguments: list[PointTally]
    appeals: list[Appeal]
    labels: Labels = field(default_factory=Labels)

    @property
    def learners(self) -> list[str]:
        return sorted({a.learner for a in self.attempts})


def build_report(store: Any, labels: Labels, pack_id: str | None = None) -> ClassReport:
    appeal_rows = store.class_appeals(pack_id)
    read = attempts_from(store.class_answers(pack_id), appeal_rows)
    attempts = [replace(a, chosen=labels.choice(a)) for a in read]
    return ClassReport(
        pack_id=pack_id,
        attempts=attempts,
        gradebook=gradebook(attempts),
        items=analyse_items(attempts),
        arguments=dropped_points(attempts),
        appeals=appeals_from(appeal_rows),
        labels=labels,
    )


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def signed(value: float | None) -> str:
    return "–" if value is None else f"{value:+.2f}"


def choices_text(item: ItemStats, limit: int = 4) -> str:
    return "; ".join(f"{clean(text) or '(blank)'} ×{n}" for text, n in item.choices[:limit])


def tables(report: ClassReport) -> dict[str, tuple[list[str], list[list[str]]]]:
    """Every table of the report as (header, rows) of plain strings."""
    skills = skills_of(report.gradebook)
    label = report.labels
    prompts = {a.item_key: a.prompt for a in report.attempts}

    def name(key: str) -> str:
        return label.item(key, prompts.get(key, ""))

    return {
        "gradebook": (
            ["learner", "pack", "items", "right", "share", *skills, "last answer"],
            [
                [shown(r.learner), r.pack_id, str(r.items), str(r.right), percent(r.share)]
                + [percent(r.by_skill.get(s)) for s in skills]
                + [r.last.strftime("%Y-%m-%d %H:%M")]
                for r in report.gradebook
            ],
        ),
        "items": (
            ["item", "pack", "skill", "learners", "correct", "discrimination", "chosen", "appeals"],
            [
                [
                    name(i.item_key),
                    i.pack_id,
                    i.skill,
                    str(i.learners),
                    percent(i.share_correct),
                    signed(i.discrimination),
                    choices_text(i),
                    ", ".join(f"{n} {s}" for s, n in i.appeals.items()),
                ]
                for i in report.items
            ],
        ),
        "arguments": (
            ["argument", "key point", "answers", "dropped", "conceded"],
            [
                [
                    name(t.item_key),
                    label.point(t.item_key, t.index),
                    str(t.answers),
                    str(t.dropped),
                    str(t.conceded),
                ]
                for t in report.arguments
            ],
        ),
        "appeals": (
            ["id", "learner", "item", "answered", "reason", "status"],
            [
                [
                    str(a.appeal_id),
                    shown(a.learner),
                    name(a.item_key),
                    a.response,
                    a.reason,
                    a.status,
                ]
                for a in report.appeals
            ],
        ),
    }


TITLES = {
    "gradebook": "Gradebook",
    "items": "Item analysis",
    "arguments": "Arguments dropped or conceded most",
    "appeals": "Appeals",
}


def _cell(text: str) -> str:
    return " ".join(clean(text).split()).replace("|", "\\|")


def to_markdown(report: ClassReport) -> str:
    scope = f"pack {report.pack_id}" if report.pack_id else "every pack"
    lines = [
        f"# Class report ({_cell(scope)})",
        "",
        f"{len(report.learners)} learner(s), {len(report.attempts)} answer(s).",
    ]
    for name, (header, rows) in tables(report).items():
        lines += ["", f"## {TITLES[name]}", ""]
        if not rows:
            lines.append("Nothing yet.")
            continue
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|" + "---|" * len(header))
        lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    pending = [a for a in report.appeals if a.status == "pending"]
    if pending:
        lines += ["", "Accept or refuse with `tutor appeals --accept ID` or `--refuse ID`."]
    return "\n".join(lines) + "\n"


def to_csv(report: ClassReport, table: str = "gradebook") -> str:
    header, rows = tables(report)[table]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows([[_no_formula(clean(c)) for c in row] for row in rows])
    return out.getvalue()


def _no_formula(text: str) -> str:
    """A cell a spreadsheet would run as a formula ("=HYPERLINK(...)") is quoted."""
    risky = text[:1] in ("=", "@", "\t", "\r") or (
        text[:1] in ("+", "-") and not text[1:2].isdigit()
    )
    return f"'{text}" if risky else text
