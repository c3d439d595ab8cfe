"""The progress store: the one object sessions, stats and export read and write.

:meth:`ProgressStore.open` is given the learner it works for and the database: the
SQLite ``progress.db`` in the data folder (found, created, migrated or recovered, with
any notice for the user in :attr:`notices`) or, given a ``postgresql://`` URL, the
class's shared PostgreSQL database. Every method reads and writes that learner's rows
only, so the sessions above it never mention learners. Each write is one committed
transaction; the method names, keyword arguments and row shapes are the contract
written down in ``tests/learning/fake_store.py``.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from tutor.store import history, reviews
from tutor.store.backend import Backend, SqliteBackend
from tutor.store.codec import time_text, to_json
from tutor.store.failures import store_failure
from tutor.store.learners import learner_name, store_url
from tutor.store.opening import open_database
from tutor.store.paths import data_dir, database_path
from tutor.store.stats import Stats, compute


class ProgressStore:
    """One learner's sessions, answers, appeals, review cards and stats."""

    def __init__(
        self, backend: Backend, path: Path | None, notices: list[str], learner: str = ""
    ) -> None:
        self.backend = backend
        self.path = path
        self.notices = notices
        self.learner = learner
        self._owns_backend = True

    @classmethod
    def open(
        cls,
        data_dir_: Path | str | None = None,
        *,
        learner: str | None = None,
        url: str | None = None,
    ) -> Self:
        """Open the store for ``learner`` (None: ``$TUTOR_LEARNER``, else the default learner).

        ``url`` (None: ``$TUTOR_DATABASE_URL``) names a PostgreSQL database; without one the
        store is ``progress.db`` in ``data_dir_`` (None: ``$TUTOR_DATA_DIR``, else the user
        folder).
        """
        name, target = learner_name(learner), store_url(url)
        if target is not None:
            from tutor.store.postgres import open_postgres

            return cls(open_postgres(target), None, [], name)
        path = database_path(data_dir(data_dir_))
        notices: list[str] = []
        try:
            db = open_database(path, notices)
        except (OSError, sqlite3.Error) as error:
            failure = store_failure(path, "open", error)
            if failure is None:
                raise
            raise failure from error
        return cls(SqliteBackend(db, path), path, notices, name)

    def for_learner(self, learner: str) -> ProgressStore:
        """A view of the same database for another learner (closing it closes nothing)."""
        view = ProgressStore(self.backend, self.path, [], learner_name(learner))
        view._owns_backend = False
        return view

    def close(self) -> None:
        if self._owns_backend:
            self.backend.close()

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
        with self.backend.write() as db:
            return history.start_session(db, self.learner, kind, pack_id, started, meta)

    def finish_session(self, session_id: int, ended: datetime) -> None:
        with self.backend.write() as db:
            history.update_session(db, self.learner, session_id, "ended", time_text(ended))

    def list_sessions(self) -> list[dict[str, Any]]:
        with self.backend.read() as db:
            return history.list_sessions(db, self.learner)

    def save_session_state(self, session_id: int, state: dict[str, Any]) -> None:
        with self.backend.write() as db:
            history.update_session(db, self.learner, session_id, "state", to_json(state))

    def load_session_state(self, session_id: int) -> dict[str, Any] | None:
        with self.backend.read() as db:
            return history.load_state(db, self.learner, session_id)

    # -- answers and appeals -----------------------------------------------------
    def record_answer(self, **row: Any) -> int:
        """Store one graded answer; it is committed when this returns. Returns its id."""
        with self.backend.write() as db:
            return history.record_answer(db, self.learner, row)

    def session_answers(self, session_id: int) -> list[dict[str, Any]]:
        with self.backend.read() as db:
            return history.answers_where(
                db, "a.session_id = ? AND a.learner = ?", (session_id, self.learner)
            )

    def record_appeal(self, answer_id: int, reason: str | None, at: datetime) -> int:
        """A pending appeal of one of this learner's answers; its id."""
        with self.backend.write() as db:
            return history.record_appeal(db, self.learner, answer_id, reason, at)

    def decide_appeal(self, appeal_id: int, accept: bool, note: str | None, at: datetime) -> bool:
        """Accept (the answer then counts as right) or refuse a pending appeal, any learner's."""
        status = "accepted" if accept else "refused"
        with self.backend.write() as db:
            return history.decide_appeal(db, appeal_id, status, note, at)

    def list_appeals(self, pack_id: str | None = None) -> list[dict[str, Any]]:
        with self.backend.read() as db:
            return history.list_appeals(db, self.learner, pack_id)

    # -- the class (the instructor's view: every learner's rows) ------------------
    def class_answers(self, pack_id: str | None = None) -> list[dict[str, Any]]:
        """Every learner's answers (of one pack if ``pack_id``), oldest first."""
        where, args = ("a.pack_id = ?", (pack_id,)) if pack_id else ("1 = 1", ())
        with self.backend.read() as db:
            return history.answers_where(db, where, args)

    def class_appeals(self, pack_id: str | None = None) -> list[dict[str, Any]]:
        """Every learner's appeals, merged over their answers, oldest first."""
        with self.backend.read() as db:
            return history.list_appeals(db, None, pack_id)

    # -- review ------------------------------------------------------------------
    def get_review_card(self, item_key: str) -> str | None:
        with self.backend.read() as db:
            return reviews.get_card(db, self.learner, item_key)

    def put_review_card(
        self, item_key: str, card_json: str, due: datetime, *, log_json: str | None = None
    ) -> None:
        """Save the item's card; a card the scheduler rated also adds a review-log row."""
        with self.backend.write() as db:
            reviews.put_card(db, self.learner, item_key, card_json, due, log_json)

    def due_cards(self, now: datetime) -> list[tuple[str, datetime]]:
        with self.backend.read() as db:
            return reviews.due_cards(db, self.learner, now)

    def next_due(self, now: datetime) -> datetime | None:
        with self.backend.read() as db:
            return reviews.next_due(db, self.learner, now)

    def due_count(self, now: datetime) -> int:
        with self.backend.read() as db:
            return reviews.due_count(db, self.learner, now)

    def review_log(self, item_key: str) -> list[dict[str, Any]]:
        with self.backend.read() as db:
            return reviews.review_log(db, self.learner, item_key)

    # -- stats -------------------------------------------------------------------
    def stats(self, now: datetime) -> Stats:
        with self.backend.read() as db:
            return compute(db, self.learner, now)
