"""The store contract runs on both back ends (the ``any_store`` fixture in tests/conftest)."""

from __future__ import annotations

import pytest

from tutor.store import ProgressStore


@pytest.fixture
def store(any_store: ProgressStore) -> ProgressStore:
    return any_store
