"""What the app's screens show, computed from packs, sessions and the store.

:class:`~tutor.learning.services.TutorServices` hands these plain values to front
ends: library entries with progress and what is due, and the stats. Sessions report
their own status and debrief (:mod:`tutor.learning.core.session`). No rule lives in
the UI, so the UI only lays these out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from tutor.learning.core.keys import pack_of
from tutor.text import clean

if TYPE_CHECKING:
    from tutor.packs.library import PackFailure
    from tutor.packs.models import Motion, Pack
    from tutor.store.stats import Stats


@dataclass(frozen=True)
class LibraryEntry:
    """One line of the library: something to open, a pack heading, or a failure."""

    key: str
    kind: str  # "review" | "pack" | "quiz" | "debate" | "failure"
    label: str
    detail: str = ""
    pack_id: str = ""
    motion_id: str = ""
    motion: Motion | None = None
    enabled: bool = True
    pack_title: str = ""


@dataclass(frozen=True)
class StatsView:
    """Progress for the stats screen."""

    headline: str
    daily_accuracy: list[float]
    rows: list[tuple[str, str, int, float]] = field(default_factory=list)
    days: tuple[str, str] = ("", "")


# -- library ---------------------------------------------------------------------------
def review_entry(due: int) -> LibraryEntry:
    return LibraryEntry("review", "review", "Review", f"{due} item(s) due today")


def pack_entries(pack: Pack, due: int, answered: tuple[int, float] | None) -> list[LibraryEntry]:
    """A heading for the pack, its quiz and one entry per motion."""
    pid = pack.metadata.id
    done = f"{answered[0]} answered, {answered[1]:.0%} right" if answered else "not started"
    detail = f"{len(pack.motions)} motion(s) · {done} · {due} due"
    title = clean(pack.metadata.title)
    entries = [LibraryEntry(f"pack:{pid}", "pack", title, detail, pid, pack_title=title)]
    entries.append(
        LibraryEntry(
            f"quiz:{pid}", "quiz", "Quiz", f"{len(pack.questions)} questions", pid, pack_title=title
        )
    )
    for motion in pack.motions:
        label = f"Debate: {clean(motion.title)}"
        entries.append(
            LibraryEntry(
                f"debate:{pid}:{motion.id}",
                "debate",
                label,
                clean(motion.resolution),
                pid,
                motion.id,
                motion,
                pack_title=title,
            )
        )
    return entries


def failure_entry(failure: PackFailure) -> LibraryEntry:
    """A pack that did not load, with its first problem and where it is."""
    problems = list(failure.diagnostics)
    first = problems[0] if problems else None
    where = f"line {first.line}: " if first is not None and first.line else ""
    message = clean(f"{where}{first.message if first is not None else 'could not load'}")
    more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
    name = clean(failure.path.name)
    return LibraryEntry(
        f"failure:{failure.path}",
        "failure",
        f"Could not load {name}",
        message + more,
        enabled=False,
    )


def filter_entries(entries: list[LibraryEntry], needle: str) -> list[LibraryEntry]:
    """Entries whose text holds ``needle``; a matching pack keeps all its entries."""
    wanted = needle.casefold().strip()
    if not wanted:
        return entries
    packs = {e.pack_id for e in entries if e.kind == "pack" and _matches(e, wanted)}
    kept = [e for e in entries if e.pack_id in packs or _matches(e, wanted)]
    heads = {e.pack_id for e in kept if e.pack_id}
    return [e for e in entries if e in kept or (e.kind == "pack" and e.pack_id in heads)]


def _matches(entry: LibraryEntry, wanted: str) -> bool:
    return wanted in f"{entry.label} {entry.detail}".casefold()


def best_entry(entries: list[LibraryEntry], needle: str) -> int | None:
    """Which entry to highlight: the first openable one the needle names, else the first."""
    wanted = needle.casefold().strip()
    openable = [i for i, e in enumerate(entries) if e.enabled and e.kind != "review"]
    named = [i for i in openable if wanted and _matches(entries[i], wanted)]
    if named:
        return named[0]
    return openable[0] if openable else (0 if entries else None)


def due_by_pack(store: Any, now: datetime) -> dict[str, int]:
    """Items due per pack id."""
    counts: dict[str, int] = {}
    for key, _due in store.due_cards(now):
        pid = pack_of(str(key))
        counts[pid] = counts.get(pid, 0) + 1
    return counts


def answered_by_pack(stats: Stats) -> dict[str, tuple[int, float]]:
    return {str(pid): (int(n), float(acc)) for pid, n, acc in stats.by_pack}


# -- stats ------------------------------------------------------------------------------
def stats_view(stats: Stats) -> StatsView:
    headline = f"{stats.total} answered · {stats.accuracy:.0%} right · {stats.due} due today"
    rows: list[tuple[str, str, int, float]] = []
    for group, table in (("pack", stats.by_pack), ("tag", stats.by_tag), ("skill", stats.by_skill)):
        rows += [(group, clean(str(k)), int(n), float(a)) for k, n, a in table]
    days = list(stats.by_day)
    span = (str(days[0][0]), str(days[-1][0])) if days else ("", "")
    return StatsView(headline, [float(a) for _, a in days], rows, span)
