"""Migration 5: appeals get a status; those an older tutor took (and applied) stay accepted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from store_helpers import NOW, answer, session

from tutor.store import ProgressStore
from tutor.store import schema as store_schema


def test_an_older_store_keeps_its_appeals_as_accepted_and_new_ones_are_pending(
    tmp_path: Path,
) -> None:
    with ProgressStore.open(tmp_path) as store:
        old = answer(store, session(store), verdict="incorrect", score=0.0)
        store.record_appeal(old, "before the upgrade", NOW)
    path = next(tmp_path.glob("*.db"))
    with sqlite3.connect(path) as db:  # take the file back to version 4, as an older tutor left it
        for column in ("status", "decided", "note"):
            db.execute(f"ALTER TABLE appeals DROP COLUMN {column}")
        db.execute("PRAGMA user_version = 4")
    with ProgressStore.open(tmp_path) as store:
        new = answer(store, session(store), verdict="incorrect", score=0.0)
        store.record_appeal(new, "after", NOW)
        assert [a["status"] for a in store.list_appeals()] == ["accepted", "pending"]
        assert store.stats(NOW).accuracy == 0.5
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == store_schema.LATEST
