"""A :class:`~tutor.learning.feedback.Debrief` as plain text, for plain mode and summaries.

Lists scores by skill, exactly what the store scheduled (with when each is due), the
misses that have no review item, and a debate's ballot with its redo.
"""

from __future__ import annotations

from datetime import datetime

from tutor.learning.feedback import Ballot, Debrief


def due_text(due: datetime) -> str:
    return f"due {due:%Y-%m-%d %H:%M} UTC"


def debrief_text(debrief: Debrief) -> str:
    lines = [debrief.headline]
    lines += [f"  {skill:<10} {score:.0%}" for skill, score in debrief.scores]
    scheduled = {s.label for s in debrief.scheduled}
    if debrief.scheduled:
        lines.append("Scheduled for review:")
        lines += [f"  • {s.label} ({due_text(s.due)})" for s in debrief.scheduled]
    rest = [m for m in debrief.misses if m not in scheduled]
    if rest:
        lines.append("Missed, with no review item (think it over):")
        lines += [f"  • {m}" for m in rest]
    if debrief.ballot is not None:
        lines += ballot_lines(debrief.ballot)
    return "\n".join(lines)


def ballot_lines(ballot: Ballot) -> list[str]:
    lines = ["Ballot:", f"  {ballot.decision}"]
    lines += [f"  • {b.claim.rstrip('.')}: {b.result}" for b in ballot.opponents]
    lines += [f"  • Yours, {b.result}: {b.claim}" for b in ballot.extended]
    if ballot.clash:
        lines.append(f"  Deciding clash: {ballot.clash}")
    if ballot.reason:
        lines.append(f"  Reason for decision: {ballot.reason}")
    if ballot.redo is not None:
        lines.append(f"Redo: {ballot.redo.text}")
    return lines
