"""Opening ``progress.db`` safely: settings, the schema check, and recovery.

Every connection runs in autocommit mode with WAL journaling, a 5 s busy timeout and
foreign keys on, so each write is committed when its call returns and two tutor
processes can write at once. ``synchronous=NORMAL``: a commit survives the process
being killed (the WAL is in the OS's hands at once) and the file never corrupts; only
a power cut can undo the last moments. ``FULL`` would fsync every answer: 0.2 ms on
a quiet disk but 4-12 ms when the machine is busy, over the 5 ms an answer may take.
Opening is serialised between processes by a lock file, so two tutors finding the
same damaged file cannot set aside each other's new one. Nothing is written to a
file before it has passed the read-only checks (ours, not newer, ``quick_check``).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from tutor.store import quarantine, schema

BUSY_TIMEOUT_MS = 5000


def connect(path: Path) -> sqlite3.Connection:
    """An autocommit connection; nothing is written to the file yet."""
    db = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def check(db: sqlite3.Connection) -> None:
    """Read-only checks before anything is written: ours, not newer, not damaged."""
    schema.check_ours(db, schema.version(db))
    problems = [str(row[0]) for row in db.execute("PRAGMA quick_check(3)")]
    if problems != ["ok"]:
        raise Damaged("; ".join(problems))


def configure(db: sqlite3.Connection) -> None:
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")


class Damaged(Exception):
    """SQLite's integrity check found problems in the file."""


@contextlib.contextmanager
def open_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder/progress.db.lock`` (where the OS offers one)."""
    try:
        import fcntl
    except ImportError:  # Windows: opening is not serialised there
        yield
        return
    with (folder / "progress.db.lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _try_open(path: Path) -> tuple[sqlite3.Connection | None, str | None]:
    """A migrated connection, or None and the reason the file cannot be used."""
    problem = quarantine.header_problem(path)
    if problem is not None:
        return None, problem
    db = connect(path)  # reads nothing yet: cannot fail on a damaged file
    try:
        check(db)
        configure(db)
        schema.migrate(db)
        return db, None
    except schema.ForeignDatabase:
        problem = "was not a tutor database"
    except (Damaged, sqlite3.DatabaseError) as error:
        if isinstance(error, sqlite3.Error) and not quarantine.is_corruption(error):
            db.close()
            raise  # locked, busy, read-only...: not the file's fault
        problem = f"was damaged ({error})"
    except BaseException:
        db.close()
        raise
    db.close()
    return None, problem


def open_database(path: Path, notices: list[str]) -> sqlite3.Connection:
    """Open (creating or migrating) ``path``; an unusable file is set aside with a notice."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open_lock(path.parent):
        db, problem = _try_open(path)
        if db is not None:
            return db
        moved = quarantine.move_aside(path)
        notices.append(f"{path.name} {problem}; moved it to {moved} and started a new one")
        db, problem = _try_open(path)
        if db is None:
            raise schema.StoreError(f"could not create a new progress database at {path}")
        return db
