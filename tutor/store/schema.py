"""The store's tables and the ordered migrations that build them.

``PRAGMA user_version`` holds how many migrations a database has had. Opening runs
the missing ones in order, in one transaction, so an older database is upgraded in
place and a half-applied upgrade never happens. A database from a newer tutor is
refused (never changed); one that holds someone else's tables is reported as foreign
so the opener can set it aside.

The same steps build the PostgreSQL store (:mod:`tutor.store.postgres` keeps its
version in a table and translates the two column types that differ), so every step is
written in the SQL both databases share.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any, Protocol

from tutor.errors import UserError


class Executor(Protocol):
    """What a migration step needs: run one statement (sqlite3 or the PostgreSQL adapter)."""

    def execute(self, sql: str, /) -> Any: ...


Migration = Callable[[Executor], None]


class StoreError(UserError):
    """The progress store cannot be used as it is; the message says why and what to do."""


class ForeignDatabase(Exception):
    """The file is an SQLite database, but not one of ours."""


def _run(db: Executor, script: str) -> None:
    """Each statement of ``script`` inside the caller's transaction.

    (``executescript`` would commit first, breaking the migration's atomicity.)
    """
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _v1_core(db: Executor) -> None:
    _run(
        db,
        """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            pack_id TEXT,
            started TEXT NOT NULL,
            ended TEXT,
            meta TEXT NOT NULL DEFAULT '{}',
            state TEXT
        );
        CREATE TABLE answers (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            item_key TEXT NOT NULL,
            pack_id TEXT NOT NULL DEFAULT '',
            skill TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            prompt TEXT NOT NULL DEFAULT '',
            response TEXT NOT NULL DEFAULT '',
            verdict TEXT NOT NULL,
            score REAL NOT NULL DEFAULT 0,
            feedback TEXT NOT NULL DEFAULT '',
            attempt INTEGER NOT NULL DEFAULT 1,
            answered TEXT NOT NULL,
            extra TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX answers_by_session ON answers(session_id);
        CREATE INDEX answers_by_item ON answers(item_key, id);
        CREATE TABLE appeals (
            id INTEGER PRIMARY KEY,
            answer_id INTEGER NOT NULL REFERENCES answers(id),
            reason TEXT,
            created TEXT NOT NULL
        );
        CREATE INDEX appeals_by_answer ON appeals(answer_id);
        CREATE TABLE review_cards (
            item_key TEXT PRIMARY KEY,
            card TEXT NOT NULL,
            due TEXT NOT NULL
        );
        CREATE INDEX review_cards_by_due ON review_cards(due);
        """,
    )


def _v2_review_log(db: Executor) -> None:
    _run(
        db,
        """
        CREATE TABLE review_log (
            id INTEGER PRIMARY KEY,
            item_key TEXT NOT NULL,
            verdict TEXT NOT NULL,
            rating INTEGER NOT NULL,
            reviewed TEXT NOT NULL,
            reviewed_from TEXT,
            log TEXT
        );
        CREATE INDEX review_log_by_item ON review_log(item_key, id);
        """,
    )


def _v3_stats_index(db: Executor) -> None:
    """One covering index in the order stats groups by (no sort over all answers)."""
    db.execute(
        "CREATE INDEX answers_for_stats"
        " ON answers(pack_id, skill, tags, substr(answered, 1, 10), verdict)"
    )


def _v4_learners(db: Executor) -> None:
    """Every session, answer, review card and log row belongs to a learner ('' by default).

    Review cards are keyed by (learner, item), so the table is rebuilt; the indexes the
    store reads by lead with the learner.
    """
    _run(
        db,
        """
        ALTER TABLE sessions ADD COLUMN learner TEXT NOT NULL DEFAULT '';
        ALTER TABLE answers ADD COLUMN learner TEXT NOT NULL DEFAULT '';
        ALTER TABLE review_log ADD COLUMN learner TEXT NOT NULL DEFAULT '';
        CREATE TABLE learner_review_cards (
            learner TEXT NOT NULL DEFAULT '',
            item_key TEXT NOT NULL,
            card TEXT NOT NULL,
            due TEXT NOT NULL,
            PRIMARY KEY (learner, item_key)
        );
        INSERT INTO learner_review_cards (learner, item_key, card, due)
            SELECT '', item_key, card, due FROM review_cards;
        DROP TABLE review_cards;
        ALTER TABLE learner_review_cards RENAME TO review_cards;
        CREATE INDEX review_cards_by_due ON review_cards(learner, due);
        DROP INDEX review_log_by_item;
        CREATE INDEX review_log_by_item ON review_log(learner, item_key, id);
        DROP INDEX answers_for_stats;
        CREATE INDEX answers_for_stats
            ON answers(learner, pack_id, skill, tags, substr(answered, 1, 10), verdict);
        CREATE INDEX answers_by_learner ON answers(learner, item_key);
        CREATE INDEX sessions_by_learner ON sessions(learner, id)
        """,
    )


def _v5_appeal_status(db: Executor) -> None:
    """Appeals wait for an instructor: pending, then accepted or refused (with a note).

    Appeals recorded before this step were applied at once by the tutor that took them,
    so they start out accepted.
    """
    _run(
        db,
        """
        ALTER TABLE appeals ADD COLUMN status TEXT NOT NULL DEFAULT 'pending';
        ALTER TABLE appeals ADD COLUMN decided TEXT;
        ALTER TABLE appeals ADD COLUMN note TEXT;
        UPDATE appeals SET status = 'accepted'
        """,
    )


MIGRATIONS: tuple[Migration, ...] = (
    _v1_core,
    _v2_review_log,
    _v3_stats_index,
    _v4_learners,
    _v5_appeal_status,
)
LATEST = len(MIGRATIONS)
OUR_TABLES = frozenset({"sessions", "answers", "appeals", "review_cards"})


def version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def tables(db: sqlite3.Connection) -> set[str]:
    rows = db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {str(name) for (name,) in rows if not str(name).startswith("sqlite_")}


def check_ours(db: sqlite3.Connection, current: int) -> None:
    """Raise if the file is a newer store (kept) or another program's database (foreign)."""
    check_found(current, tables(db))


def check_found(current: int, found: set[str]) -> None:
    """Raise for a store newer than this tutor, or tables that are someone else's."""
    if current > LATEST:
        raise StoreError(
            f"the progress database was written by a newer tutor (schema version {current}; "
            f"this tutor knows up to {LATEST}). It was left untouched: upgrade tutor, or "
            "use --data-dir to keep this version's progress elsewhere."
        )
    if (current == 0 and found) or (current > 0 and not found >= OUR_TABLES):
        raise ForeignDatabase(f"tables {', '.join(sorted(found)) or 'none'}")


def migrate(db: sqlite3.Connection) -> None:
    """Bring ``db`` (autocommit connection) to :data:`LATEST`, atomically."""
    current = version(db)
    check_ours(db, current)
    if current == LATEST:
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        current = version(db)  # another process may have migrated meanwhile
        check_ours(db, current)
        for step in MIGRATIONS[current:]:
            step(db)
        db.execute(f"PRAGMA user_version = {LATEST}")
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:  # SQLite may have rolled back itself (a full disk, say)
            db.execute("ROLLBACK")
        raise
