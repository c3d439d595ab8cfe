"""Fixtures shared by every test folder: the private PostgreSQL server, a store of each kind."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from postgres_server import PostgresServer, start

from tutor.store import ProgressStore


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One real PostgreSQL for the whole run (skipped, with the reason, if none can start)."""
    try:
        server = start()
    except (FileNotFoundError, OSError, KeyError) as error:
        pytest.skip(f"no PostgreSQL server can start here: {error}")
    except Exception as error:  # initdb or pg_ctl failed: say what they printed
        stderr = getattr(error, "stderr", b"") or b""
        pytest.skip(f"PostgreSQL did not start: {error} {stderr.decode(errors='replace')[-300:]}")
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """The URL of a fresh, empty schema in the session's server."""
    return postgres_server.url()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ProgressStore]:
    """A fresh, empty store of each kind (SQLite in a temporary folder, PostgreSQL)."""
    if request.param == "sqlite":
        opened = ProgressStore.open(tmp_path)
    else:
        opened = ProgressStore.open(url=request.getfixturevalue("postgres_url"))
    with opened:
        yield opened
