"""What the app's screens show, computed from packs, sessions and the store.

:class:`~tutor.learning.services.TutorServices` hands these plain values to front
ends: library entries with progress and what is due, the side panel's status, the
debrief and the stats. No rule lives in the UI, so the UI only lays these out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from tutor.learning.rows import field as get
from tutor.text import clean

if TYPE_CHECKING:
    from tutor.learning.turns import Turn
    from tutor.packs.models import Motion, Pack


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
class SessionStatus:
    """What the side panel shows: where the learner is and how it is going."""

    phase: str
    progress: tuple[int, int]
    scores: list[tuple[str, float]]
    flow: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DebriefView:
    """The end of a session."""

    headline: str
    scores: list[tuple[str, float]]
    flow: list[str]
    misses: list[str]


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


def failure_entry(failure: Any) -> LibraryEntry:
    """A pack that did not load, with its first problem and where it is."""
    problems = list(getattr(failure, "diagnostics", []) or [])
    first = problems[0] if problems else None
    where = ""
    if first is not None and getattr(first, "line", None):
        where = f"line {first.line}: "
    message = clean(f"{where}{getattr(first, 'message', 'could not load')}")
    more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
    name = clean(getattr(failure.path, "name", str(failure.path)))
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
    """Items due per pack id (item keys start with the pack id)."""
    counts: dict[str, int] = {}
    for key, _due in store.due_cards(now):
        pid = str(key).split(":", 1)[0]
        counts[pid] = counts.get(pid, 0) + 1
    return counts


def answered_by_pack(store: Any, now: datetime) -> dict[str, tuple[int, float]]:
    rows = get(store.stats(now), "by_pack", ()) or ()
    return {str(pid): (int(n), float(acc)) for pid, n, acc in rows}


# -- sessions ---------------------------------------------------------------------------
def session_status(session: Any) -> SessionStatus:
    phase = getattr(session, "phase", None)
    name = getattr(phase, "label", None) or getattr(phase, "value", None) or phase
    name = name() if callable(name) else name
    if not name:
        name = str(getattr(session, "kind", "session"))
    progress = tuple(getattr(session, "progress", (0, 0)))
    return SessionStatus(
        clean(str(name)).replace("_", " ").title(),
        (int(progress[0]), int(progress[1])),
        scores(session),
        flow_lines(getattr(session, "flow", None)),
    )


def scores(session: Any) -> list[tuple[str, float]]:
    method = getattr(session, "scores_by_skill", None)
    found = method() if callable(method) else {}
    return [(clean(str(k)), float(v)) for k, v in dict(found).items()]


def flow_lines(flow: Any) -> list[str]:
    """The flow sheet as lines, whatever shape the session keeps it in."""
    if flow is None:
        return []
    for name in ("lines", "to_lines"):
        method = getattr(flow, name, None)
        if callable(method):
            return [clean(str(x)) for x in method()]
    to_text = getattr(flow, "to_text", None)
    if callable(to_text):
        return _without_empty_speeches(clean(str(to_text())).splitlines()[1:])
    if isinstance(flow, str):
        return clean(flow).splitlines()
    rows = getattr(flow, "rows", flow)
    return [_flow_row(r) for r in rows] if isinstance(rows, Iterable) else [clean(str(flow))]


def _without_empty_speeches(lines: list[str]) -> list[str]:
    """Drop speeches with nothing said yet (a heading followed by "(nothing yet)")."""
    kept: list[str] = []
    for line in lines:
        if line.strip() == "(nothing yet)":
            kept.pop() if kept else None
            continue
        kept.append(line)
    return kept


def _flow_row(row: Any) -> str:
    if isinstance(row, dict):
        return clean(" · ".join(str(v) for v in row.values() if v not in (None, "")))
    if isinstance(row, list | tuple):
        return clean(" · ".join(str(v) for v in row if v not in (None, "")))
    return clean(str(row))


def missed_points(session: Any, turn: Turn) -> list[str]:
    """Key points of a graded answer left uncovered, in words."""
    grade = turn.grade
    if grade is None or not grade.keypoints:
        return []
    if turn.extra.get("missed"):
        return [clean(x) for x in turn.extra["missed"].splitlines() if x.strip()]
    texts = _keypoint_texts(session, turn.item_id)
    return [texts[k.index] for k in grade.keypoints if not k.covered and k.index < len(texts)]


def _keypoint_texts(session: Any, item_id: str | None) -> list[str]:
    lookup = getattr(session, "key_point_texts", None)
    if callable(lookup):
        return [clean(str(t)) for t in lookup(item_id)]
    for item in getattr(session, "items", []):
        if getattr(item, "key", None) != item_id:
            continue
        owner = item.question if item.question is not None else item.argument
        return [clean(k.text) for k in getattr(owner, "key_points", [])]
    return []


def debrief_view(session: Any) -> DebriefView:
    outcomes = list(getattr(session, "outcomes", []))
    right = sum(bool(getattr(o, "right", False)) for o in outcomes)
    headline = f"{right} of {len(outcomes)} right" if outcomes else "Session over"
    misses = getattr(session, "misses", None)
    missed = [clean(str(m)) for m in misses()] if callable(misses) else []
    return DebriefView(
        headline, scores(session), flow_lines(getattr(session, "flow", None)), missed
    )


# -- stats ------------------------------------------------------------------------------
def stats_view(stats: Any) -> StatsView:
    total = int(get(stats, "total", 0))
    headline = (
        f"{total} answered · {float(get(stats, 'accuracy', 0.0)):.0%} right · "
        f"{int(get(stats, 'due', 0))} due today"
    )
    rows: list[tuple[str, str, int, float]] = []
    for group, key in (("pack", "by_pack"), ("tag", "by_tag"), ("skill", "by_skill")):
        rows += [(group, clean(str(k)), int(n), float(a)) for k, n, a in get(stats, key, ()) or ()]
    days = list(get(stats, "by_day", ()) or ())
    span = (str(days[0][0]), str(days[-1][0])) if days else ("", "")
    return StatsView(headline, [float(a) for _, a in days], rows, span)
