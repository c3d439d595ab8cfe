"""Fixtures for the app tests: the real engine on a temporary data folder, the test pack,
a fixed clock and seed, so every run (and every snapshot) is the same."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ui_support import DATA, EditPack, make_services

from tutor.learning.services import TutorServices


@pytest.fixture(autouse=True)
def _no_user_packs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TUTOR_PACKS_DIR", str(tmp_path / "no-user-packs"))
    monkeypatch.setenv("TUTOR_DATA_DIR", str(tmp_path / "no-default-data"))


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    """A folder holding the test pack and its sources."""
    folder = tmp_path / "packs"
    shutil.copytree(DATA / "packs", folder)
    return folder


@pytest.fixture
def services(tmp_path: Path, pack_dir: Path) -> TutorServices:
    return make_services(tmp_path, pack_dir, quiz_size=11)


@pytest.fixture
def edit_pack(pack_dir: Path) -> EditPack:
    return EditPack(pack_dir)
