"""A data folder for the served app, with the small test pack as the user's pack."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "learning"))
from engine_packs import write_pack


@pytest.fixture
def served_data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    write_pack(data / "no-user-packs")  # served.py points TUTOR_PACKS_DIR here
    return data
