"""Setting a damaged or foreign progress file aside instead of wiping it.

A learner's history is worth more than a clean start, so a file the store cannot use
is renamed to ``progress.db.corrupt-<UTC time>`` (its ``-wal`` and ``-shm`` companions
with it) and a new store is begun beside it. A wrong magic string is caught before
SQLite opens the file; truncation and damaged pages are found by SQLite's own
``quick_check`` under its locks (comparing the file's size with its header from
outside would race with another process's checkpoint).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
CORRUPT_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
COMPANIONS = ("-wal", "-shm", "-journal")


def header_problem(path: Path) -> str | None:
    """Why ``path`` is plainly not a usable SQLite file, or None (also when absent/empty)."""
    try:
        with path.open("rb") as f:
            header = f.read(HEADER_SIZE)
    except FileNotFoundError:
        return None
    if not header:
        return None
    if len(header) < HEADER_SIZE or not header.startswith(MAGIC):
        return "was not an SQLite database"
    return None


def is_corruption(error: sqlite3.Error) -> bool:
    """True for "not a database" and "malformed" errors (not for "locked" or "busy")."""
    return getattr(error, "sqlite_errorcode", None) in CORRUPT_CODES


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename ``path`` (and its companions) to an unused ``.corrupt-<time>`` name."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    path.rename(target)
    for suffix in COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    return target
