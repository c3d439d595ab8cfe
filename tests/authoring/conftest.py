"""Fixtures for the authoring tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from authoring_support import tutor


@pytest.fixture
def starter(tmp_path: Path) -> Path:
    """A fresh ``tutor new`` pack; returns the pack file."""
    assert tutor("new", "starter-test", "--dir", tmp_path) == 0
    return tmp_path / "starter-test" / "starter-test.json"
