"""The store contract runs on both back ends: SQLite in a temporary folder, PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tutor.store import ProgressStore


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ProgressStore]:
    """A fresh, empty store of each kind for the default learner."""
    if request.param == "sqlite":
        opened = ProgressStore.open(tmp_path)
    else:
        opened = ProgressStore.open(url=request.getfixturevalue("postgres_url"))
    with opened:
        yield opened
