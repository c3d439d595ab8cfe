"""A damaged, foreign or older database: set aside with a notice, migrated, or refused."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from store_helpers import NOW, answer, session

from tutor.store import ProgressStore, StoreError
from tutor.store import schema as store_schema


def set_aside(folder: Path) -> list[Path]:
    return sorted(folder.glob("progress.db.corrupt-*"))


def make_store_with_answers(folder: Path, count: int = 50) -> Path:
    with ProgressStore.open(folder) as store:
        sid = session(store)
        for n in range(count):
            answer(store, sid, response="x" * 500, item_key=f"k{n}")
    return folder / "progress.db"


def assert_recovered(folder: Path, original: bytes, reason: str) -> None:
    with ProgressStore.open(folder) as store:
        [notice] = store.notices
        [moved] = set_aside(folder)
        assert moved.read_bytes() == original
        assert notice.startswith(f"progress.db {reason}")
        assert notice.endswith(f"; moved it to {moved} and started a new one")
        assert store.list_sessions() == []
        answer(store, session(store))  # the new store works
    with ProgressStore.open(folder) as again:
        assert again.notices == [] and len(set_aside(folder)) == 1


def test_random_bytes_are_set_aside_and_a_new_store_begun(tmp_path: Path) -> None:
    original = os.urandom(5000)
    (tmp_path / "progress.db").write_bytes(original)
    assert_recovered(tmp_path, original, "was not an SQLite database")


def test_another_programs_sqlite_database_is_set_aside(tmp_path: Path) -> None:
    other = sqlite3.connect(tmp_path / "progress.db")
    other.execute("CREATE TABLE recipes (name TEXT)")
    other.execute("INSERT INTO recipes VALUES ('kimchi')")
    other.commit()
    other.close()
    original = (tmp_path / "progress.db").read_bytes()
    assert_recovered(tmp_path, original, "was not a tutor database")


@pytest.mark.parametrize("keep", [4096, 0.5, -4096])
def test_a_truncated_database_is_set_aside(tmp_path: Path, keep: float) -> None:
    path = make_store_with_answers(tmp_path)
    size = path.stat().st_size
    cut = int(keep * size) if isinstance(keep, float) else keep % size
    original = path.read_bytes()[:cut]
    path.write_bytes(original)
    assert_recovered(tmp_path, original, "was damaged (database disk image is malformed)")


def test_a_file_cut_inside_its_header_is_set_aside(tmp_path: Path) -> None:
    original = make_store_with_answers(tmp_path).read_bytes()[:50]
    (tmp_path / "progress.db").write_bytes(original)
    assert_recovered(tmp_path, original, "was not an SQLite database")


def test_a_database_with_a_damaged_page_is_set_aside(tmp_path: Path) -> None:
    path = make_store_with_answers(tmp_path)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page : 2 * page] = b"\xff" * page  # the schema's second page: garbage
    path.write_bytes(bytes(data))
    assert_recovered(tmp_path, bytes(data), "was damaged")


def test_an_empty_file_simply_becomes_the_store(tmp_path: Path) -> None:
    (tmp_path / "progress.db").touch()
    with ProgressStore.open(tmp_path) as store:
        assert store.notices == [] and set_aside(tmp_path) == []


def test_a_database_from_a_newer_tutor_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = make_store_with_answers(tmp_path, 3)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {store_schema.LATEST + 1}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"newer tutor.*upgrade tutor"):
        ProgressStore.open(tmp_path)
    assert path.read_bytes() == before and set_aside(tmp_path) == []


V1_DDL = """
CREATE TABLE sessions (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, pack_id TEXT,
    started TEXT NOT NULL, ended TEXT, meta TEXT NOT NULL DEFAULT '{}', state TEXT);
CREATE TABLE answers (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions(id),
    item_key TEXT NOT NULL, pack_id TEXT NOT NULL DEFAULT '', skill TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]', prompt TEXT NOT NULL DEFAULT '',
    response TEXT NOT NULL DEFAULT '', verdict TEXT NOT NULL, score REAL NOT NULL DEFAULT 0,
    feedback TEXT NOT NULL DEFAULT '', attempt INTEGER NOT NULL DEFAULT 1,
    answered TEXT NOT NULL, extra TEXT NOT NULL DEFAULT '{}');
CREATE TABLE appeals (id INTEGER PRIMARY KEY, answer_id INTEGER NOT NULL REFERENCES answers(id),
    reason TEXT, created TEXT NOT NULL);
CREATE TABLE review_cards (item_key TEXT PRIMARY KEY, card TEXT NOT NULL, due TEXT NOT NULL);
INSERT INTO sessions (kind, pack_id, started)
    VALUES ('quiz', 'usfk', '2026-11-22T09:00:00.000000+00:00');
INSERT INTO answers (session_id, item_key, pack_id, skill, tags, verdict, score, answered)
    VALUES (1, 'usfk:q1', 'usfk', 'facts', '["alliance"]', 'incorrect', 0,
    '2026-11-22T09:01:00.000000+00:00');
INSERT INTO review_cards VALUES ('usfk:q1', '', '2026-11-22T09:11:00.000000+00:00');
PRAGMA user_version = 1;
"""


def test_a_version_1_database_is_migrated_keeping_its_answers(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "progress.db")
    db.executescript(V1_DDL)
    db.close()
    with ProgressStore.open(tmp_path) as store:
        assert store.notices == []
        [row] = store.session_answers(1)
        assert row["item_key"] == "usfk:q1" and row["tags"] == ["alliance"]
        assert store.due_count(NOW) == 1 and store.review_log("usfk:q1") == []
        assert store.stats(NOW).by_tag == [("alliance", 1, 0.0)]
    db = sqlite3.connect(tmp_path / "progress.db")
    assert db.execute("PRAGMA user_version").fetchone()[0] == store_schema.LATEST
    db.close()


def test_a_failed_migration_leaves_the_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = sqlite3.connect(tmp_path / "progress.db")
    db.executescript(V1_DDL)
    db.close()

    def broken(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("migration bug")

    steps = (*store_schema.MIGRATIONS[:-1], broken)
    monkeypatch.setattr(store_schema, "MIGRATIONS", steps)
    with pytest.raises(RuntimeError, match="migration bug"):
        ProgressStore.open(tmp_path)
    db = sqlite3.connect(tmp_path / "progress.db")
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    names = {n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "half_done" not in names and "review_log" not in names
    db.close()


def test_the_cli_reports_a_newer_database_in_one_line_with_exit_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tutor.cli import main

    path = make_store_with_answers(tmp_path, 1)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {store_schema.LATEST + 1}")
    db.close()
    assert main(["--data-dir", str(tmp_path), "stats"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("tutor: ") and "newer tutor" in err and "Traceback" not in err
