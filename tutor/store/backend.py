"""One small interface over the two databases the store can keep its tables in.

The store's queries (:mod:`history`, :mod:`reviews`, :mod:`stats`) are written once, in
the SQL SQLite and PostgreSQL share, with ``?`` placeholders. They run on a
:class:`Connection` borrowed from a :class:`Backend`: ``read()`` for queries,
``write()`` for changes, which commit together when the block ends (or roll back on an
error). :class:`SqliteBackend` is the embedded default (one connection, a lock for the
app's threads, ``BEGIN IMMEDIATE`` for writes); the PostgreSQL one is in
:mod:`tutor.store.postgres`, imported only when a ``postgresql://`` URL is given.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from tutor.store.failures import explained


class Cursor(Protocol):
    """What the store reads from a cursor (sqlite3 and psycopg cursors both have it)."""

    @property
    def description(self) -> Any: ...

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """A connection inside one read or write block."""

    def execute(self, sql: str, args: Sequence[Any] = ()) -> Cursor: ...

    def insert(self, sql: str, args: Sequence[Any]) -> int:
        """Run an ``INSERT`` and return the new row's ``id``."""
        ...


class Backend(Protocol):
    """Where the tables live: hands out connections for reads and for writes."""

    kind: str

    def read(self) -> contextlib.AbstractContextManager[Connection]: ...

    def write(self) -> contextlib.AbstractContextManager[Connection]: ...

    def close(self) -> None: ...


class SqliteConnection:
    """An autocommit :class:`sqlite3.Connection` seen through :class:`Connection`."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def execute(self, sql: str, args: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.db.execute(sql, tuple(args))

    def insert(self, sql: str, args: Sequence[Any]) -> int:
        return int(self.db.execute(sql, tuple(args)).lastrowid or 0)


class SqliteBackend:
    """One SQLite connection shared by the app's threads, behind a lock."""

    kind = "sqlite"

    def __init__(self, db: sqlite3.Connection, path: Path | None = None) -> None:
        self._connection = SqliteConnection(db)
        self._lock = threading.RLock()
        self._path = path  # named in the message when the disk refuses a write

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        with self._lock, explained(self._path):
            yield self._connection

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        with self._lock, explained(self._path):
            db = self._connection.db
            db.execute("BEGIN IMMEDIATE")
            try:
                yield self._connection
            except BaseException:
                if db.in_transaction:  # SQLite may have rolled back itself (a full disk)
                    db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._connection.db.close()
