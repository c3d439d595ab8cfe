"""When the disk says no: one clear sentence instead of a traceback, and nothing lost.

A read-only data folder, a folder the learner may not write, a full disk or another
tutor holding the database too long all surface from SQLite or the OS as exceptions
named for their cause. :func:`explained` wraps each store operation (the SQLite
backend's read and write blocks) and turns those exceptions into a
:class:`~tutor.store.schema.StoreError` saying what happened, where, and what to do.
The write that failed was not committed, so the learner must not be told it was saved;
every answer before it was.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from tutor.store.schema import StoreError

Action = Literal["open", "save"]

_BY_CODE = {
    sqlite3.SQLITE_FULL: "the disk is full",
    sqlite3.SQLITE_READONLY: "the database is read-only",
    sqlite3.SQLITE_CANTOPEN: "the file cannot be opened (check the folder's permissions)",
    sqlite3.SQLITE_PERM: "permission denied",
    sqlite3.SQLITE_BUSY: "another tutor kept the database busy for more than 5 s",
    sqlite3.SQLITE_LOCKED: "another tutor kept the database locked for more than 5 s",
    sqlite3.SQLITE_IOERR: "the disk reported an I/O error",
    sqlite3.SQLITE_CORRUPT: "the database file was damaged while in use",
    sqlite3.SQLITE_NOTADB: "the database file was replaced by something else",
}
_BY_ERRNO = {
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the folder is on a read-only disk",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EDQUOT: "the disk quota is used up",
}
_WHAT_TO_DO = {
    "open": "use --data-dir DIR (or $TUTOR_DATA_DIR) to keep progress in a folder you can write",
    "save": "the last step was not saved (every answer already graded is); free some space "
    "or fix the folder, then start again",
}


def reason(error: BaseException) -> str | None:
    """Why the store failed, in words; None when ``error`` is not a disk or database failure."""
    if isinstance(error, sqlite3.OperationalError) or type(error) is sqlite3.DatabaseError:
        code = getattr(error, "sqlite_errorcode", -1) & 0xFF
        return _BY_CODE.get(code, str(error))
    if isinstance(error, OSError):
        return _BY_ERRNO.get(error.errno or 0, error.strerror or str(error))
    return None


def store_failure(path: Path, action: Action, error: BaseException) -> StoreError | None:
    """The StoreError telling the learner about ``error``, or None if it is not a store failure."""
    why = reason(error)
    if why is None:
        return None
    doing = "open the progress store" if action == "open" else "save progress"
    return StoreError(f"cannot {doing} in {path.parent}: {why}; {_WHAT_TO_DO[action]}")


@contextlib.contextmanager
def explained(path: Path | None) -> Iterator[None]:
    """Run a store operation; a disk or database failure leaves as a :class:`StoreError`."""
    try:
        yield
    except (OSError, sqlite3.Error) as error:
        failure = None if path is None else store_failure(path, "save", error)
        if failure is None:
            raise
        raise failure from error
