""" "I was right": the learners' claims that a verdict was wrong, for instructors.

Sessions record an appeal with ``/wrong [reason]`` (see
:mod:`tutor.learning.drill.session`); the store keeps it with the answer. This module
lists them per pack, as text or JSON, so an instructor can improve the accepted
answers.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from tutor.reports.rows import field
from tutor.text import clean


@dataclass(frozen=True)
class AppealRow:
    """One claim, with the answer it is about."""

    appeal_id: int
    status: str
    """pending, accepted or refused."""
    pack_id: str
    item_key: str
    prompt: str
    response: str
    verdict: str
    score: float
    reason: str
    created: str
    note: str = ""
    """The instructor's note on the decision."""
    learner: str = ""


def list_appeals(
    store: Any, pack_id: str | None = None, *, everyone: bool = False
) -> list[AppealRow]:
    """The appeals in ``store`` (of one pack if ``pack_id``), oldest first.

    ``everyone``: every learner's (the instructor's view), not only the store's learner's.
    """
    rows = store.class_appeals(pack_id) if everyone else store.list_appeals(pack_id=pack_id)
    return [
        AppealRow(
            appeal_id=int(field(r, "appeal_id", 0) or 0),
            status=str(field(r, "status", "pending") or "pending"),
            note=str(field(r, "note", "") or ""),
            pack_id=str(field(r, "pack_id", "")),
            item_key=str(field(r, "item_key", "")),
            prompt=str(field(r, "prompt", "")),
            response=str(field(r, "response", "")),
            verdict=str(field(r, "verdict", "")),
            score=float(field(r, "score", 0.0) or 0.0),
            reason=str(field(r, "reason", "") or ""),
            created=str(field(r, "created", "") or ""),
            learner=str(field(r, "learner", "") or ""),
        )
        for r in rows
    ]


def format_text(rows: list[AppealRow]) -> str:
    """Appeals grouped by pack, one block each."""
    if not rows:
        return "No appeals recorded.\n"
    lines: list[str] = []
    for pack in sorted({r.pack_id for r in rows}):
        mine = [r for r in rows if r.pack_id == pack]
        lines.append(f"{clean(pack)}: {len(mine)} appeal(s)")
        for r in mine:
            who = f" by {clean(r.learner)}" if r.learner else ""
            lines.append(
                f"  #{r.appeal_id} {r.status}: {clean(r.item_key)}  "
                f"({r.verdict}, {r.score:.0%}) {r.created}{who}"
            )
            lines.append(f"    asked:    {clean(r.prompt).splitlines()[0] if r.prompt else ''}")
            lines.append(f"    answered: {clean(r.response)}")
            if r.reason:
                lines.append(f"    reason:   {clean(r.reason)}")
            if r.note:
                lines.append(f"    decision: {clean(r.note)}")
        lines.append("")
    return "\n".join(lines)


def format_json(rows: list[AppealRow]) -> str:
    return json.dumps([asdict(r) for r in rows], indent=2, ensure_ascii=False) + "\n"
