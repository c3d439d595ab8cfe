"""What only the PostgreSQL store does: migrate once, refuse foreign tables, name the extra."""

from __future__ import annotations

import sys
import threading

import psycopg
import pytest
from store_helpers import NOW, answer, session

from tutor.store import ProgressStore, StoreError
from tutor.store.schema import LATEST


def test_reopening_the_class_database_keeps_its_answers(postgres_url: str) -> None:
    with ProgressStore.open(url=postgres_url, learner="Ann") as store:
        answer(store, session(store))
    with ProgressStore.open(url=postgres_url, learner="Ann") as store:
        assert store.stats(NOW).total == 1
    with psycopg.connect(postgres_url) as conn:
        assert conn.execute("SELECT version FROM tutor_schema").fetchall() == [(LATEST,)]


def test_many_tutors_opening_a_new_database_at_once_migrate_it_once(postgres_url: str) -> None:
    errors: list[BaseException] = []

    def open_one() -> None:
        try:
            ProgressStore.open(url=postgres_url).close()
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=open_one) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with psycopg.connect(postgres_url) as conn:
        assert conn.execute("SELECT count(*) FROM tutor_schema").fetchone() == (1,)


def test_a_database_holding_someone_elses_tables_is_refused(postgres_url: str) -> None:
    with psycopg.connect(postgres_url) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StoreError, match="not a tutor's"):
        ProgressStore.open(url=postgres_url)


def test_an_unreachable_server_is_a_clear_error() -> None:
    url = "postgresql://tutor@127.0.0.1:9/none?connect_timeout=1"
    with pytest.raises(StoreError, match="could not connect"):
        ProgressStore.open(url=url)


def test_without_the_class_extra_the_message_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg_pool", None)  # as if not installed
    with pytest.raises(StoreError, match=r"debate-tutor\[class\]"):
        ProgressStore.open(url="postgresql://tutor@127.0.0.1/x")
