"""The progress store: the one object sessions, stats and export read and write.

:meth:`ProgressStore.open` finds the data folder, opens (or creates, migrates or
recovers) ``progress.db`` and keeps any notice for the user in :attr:`notices`.
Each method is one short, committed SQLite operation; the method names, keyword
arguments and row shapes are the contract written down in
``tests/learning/fake_store.py``.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from tutor.store import history, reviews
from tutor.store.codec import time_text, to_json
from tutor.store.opening import open_database
from tutor.store.paths import data_dir, database_path
from tutor.store.stats import Stats, compute


class ProgressStore:
    """Sessions, answers, appeals, review cards and stats in one SQLite file."""

    def __init__(self, db: sqlite3.Connection, path: Path, notices: list[str]) -> None:
        self._db = db
        self._lock = threading.RLock()  # one connection, shared by the app's threads
        self.path = path
        self.notices = notices

    @classmethod
    def open(cls, data_dir_: Path | str | None = None) -> Self:
        """Open the store in ``data_dir_`` (None: ``$TUTOR_DATA_DIR``, else the user folder)."""
        path = database_path(data_dir(data_dir_))
        notices: list[str] = []
        return cls(open_database(path, notices), path, notices)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- sessions ----------------------------------------------------------------
    def start_session(
        self, kind: str, *, pack_id: str | None, started: datetime, meta: dict[str, Any]
    ) -> int:
        with self._lock:
            return history.start_session(self._db, kind, pack_id, started, meta)

    def finish_session(self, session_id: int, ended: datetime) -> None:
        with self._lock:
            history.update_session(self._db, session_id, "ended", time_text(ended))

    def list_sessions(self) -> list[dict[str, Any]]:
        with self._lock:
            return history.list_sessions(self._db)

    def save_session_state(self, session_id: int, state: dict[str, Any]) -> None:
        with self._lock:
            history.update_session(self._db, session_id, "state", to_json(state))

    def load_session_state(self, session_id: int) -> dict[str, Any] | None:
        with self._lock:
            return history.load_state(self._db, session_id)

    # -- answers and appeals -----------------------------------------------------
    def record_answer(self, **row: Any) -> int:
        """Store one graded answer; it is committed when this returns. Returns its id."""
        with self._lock:
            return history.record_answer(self._db, row)

    def session_answers(self, session_id: int) -> list[dict[str, Any]]:
        with self._lock:
            return history.answers_where(self._db, "a.session_id = ?", (session_id,))

    def record_appeal(self, answer_id: int, reason: str | None, at: datetime) -> int:
        with self._lock:
            return history.record_appeal(self._db, answer_id, reason, at)

    def decide_appeal(self, appeal_id: int, accept: bool, note: str | None, at: datetime) -> bool:
        """Accept (the answer then counts as right) or refuse a pending appeal."""
        status = "accepted" if accept else "refused"
        with self._lock:
            return history.decide_appeal(self._db, appeal_id, status, note, at)

    def list_appeals(self, pack_id: str | None = None) -> list[dict[str, Any]]:
        with self._lock:
            return history.list_appeals(self._db, pack_id)

    # -- review ------------------------------------------------------------------
    def get_review_card(self, item_key: str) -> str | None:
        with self._lock:
            return reviews.get_card(self._db, item_key)

    def put_review_card(
        self, item_key: str, card_json: str, due: datetime, *, log_json: str | None = None
    ) -> None:
        """Save the item's card; a card the scheduler rated also adds a review-log row."""
        with self._lock:
            reviews.put_card(self._db, item_key, card_json, due, log_json)

    def due_cards(self, now: datetime) -> list[tuple[str, datetime]]:
        with self._lock:
            return reviews.due_cards(self._db, now)

    def next_due(self, now: datetime) -> datetime | None:
        with self._lock:
            return reviews.next_due(self._db, now)

    def due_count(self, now: datetime) -> int:
        with self._lock:
            return reviews.due_count(self._db, now)

    def review_log(self, item_key: str) -> list[dict[str, Any]]:
        with self._lock:
            return reviews.review_log(self._db, item_key)

    # -- stats -------------------------------------------------------------------
    def stats(self, now: datetime) -> Stats:
        with self._lock:
            return compute(self._db, now)
