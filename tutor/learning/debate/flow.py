"""The flow sheet: what a judge writes down, speech by speech, as the debate goes.

Debaters and judges "flow" a round: one column per speech, each argument on its
own line and each response written beside what it answers. An argument nobody
answered is *dropped*, and a judge treats it as conceded. The tutor keeps the same
sheet, as plain data (for the UI, exports and resume) and as text (for plain mode).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SPEECHES: tuple[str, ...] = ("constructive", "cross-ex", "rebuttal", "weighing")
SPEECH_TITLES = {
    "constructive": "Constructive",
    "cross-ex": "Cross-examination",
    "rebuttal": "Rebuttal",
    "weighing": "Weighing",
}
MARKS = {"correct": "✓", "close": "~", "incorrect": "✗", "skipped": "✗", "": ""}


@dataclass
class FlowEntry:
    """One line of the flow: an argument, a question or a response."""

    speech: str
    who: str  # the side label that said it (the learner's or the opponent's)
    text: str
    argument_id: str | None = None
    responds_to: str | None = None  # the argument this entry answers
    verdict: str = ""  # correct | close | incorrect | skipped ("" for the tutor's lines)
    dropped: bool = False


@dataclass
class FlowSheet:
    """The whole sheet: entries in the order they were said, grouped by speech."""

    resolution: str = ""
    entries: list[FlowEntry] = field(default_factory=list)

    def add(self, entry: FlowEntry) -> FlowEntry:
        self.entries.append(entry)
        return entry

    def column(self, speech: str) -> list[FlowEntry]:
        """The entries of one speech, in order."""
        return [e for e in self.entries if e.speech == speech]

    def columns(self) -> dict[str, list[FlowEntry]]:
        """Every speech (even an empty one) with its entries."""
        return {speech: self.column(speech) for speech in SPEECHES}

    def argument(self, argument_id: str) -> FlowEntry | None:
        """The line where this argument was made (not a response to it)."""
        return next(
            (e for e in self.entries if e.argument_id == argument_id and e.responds_to is None),
            None,
        )

    def mark_dropped(self, argument_id: str) -> None:
        """An argument left unanswered: a judge flows it as dropped."""
        entry = self.argument(argument_id)
        if entry is not None:
            entry.dropped = True

    def dropped(self) -> list[FlowEntry]:
        return [e for e in self.entries if e.dropped]

    # -- conversion ------------------------------------------------------------------
    def rows(self) -> list[dict[str, Any]]:
        """The entries as plain dicts (the session state and exports keep these)."""
        return [asdict(e) for e in self.entries]

    @classmethod
    def from_rows(cls, resolution: str, rows: list[dict[str, Any]]) -> FlowSheet:
        return cls(resolution, [FlowEntry(**row) for row in rows])

    def lines(self) -> list[str]:
        """The speeches said so far, a heading and the entries each (for side panels)."""
        found: list[str] = []
        for speech, entries in self.columns().items():
            if entries:
                found.append(f"[{SPEECH_TITLES[speech]}]")
                found.extend(_line(e) for e in entries)
        return found

    def to_text(self) -> str:
        """The sheet as plain text, one block per speech."""
        lines = [f"Flow sheet: {self.resolution}" if self.resolution else "Flow sheet"]
        for speech, entries in self.columns().items():
            lines.append(f"[{SPEECH_TITLES[speech]}]")
            lines.extend(_line(e) for e in entries)
            if not entries:
                lines.append("  (nothing yet)")
        return "\n".join(lines)


def _line(entry: FlowEntry) -> str:
    indent = "    → " if entry.responds_to else "  • "
    mark = MARKS.get(entry.verdict, "")
    tail = f" {mark}" if mark else ""
    if entry.dropped:
        tail += "  DROPPED (unanswered)"
    return f"{indent}{entry.who}: {_short(entry.text)}{tail}"


def _short(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
