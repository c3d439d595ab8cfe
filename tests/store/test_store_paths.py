"""Where progress goes: --data-dir, then $TUTOR_DATA_DIR, then the user data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from tutor.store import ProgressStore
from tutor.store.paths import data_dir

REPO = Path(__file__).resolve().parents[2]


def test_an_explicit_folder_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TUTOR_DATA_DIR", str(tmp_path / "env"))
    with ProgressStore.open(tmp_path / "flag") as store:
        assert store.path == tmp_path / "flag" / "progress.db"
    assert not (tmp_path / "env").exists()


def test_the_environment_variable_is_used_without_a_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TUTOR_DATA_DIR", str(tmp_path / "env"))
    with ProgressStore.open() as store:
        assert store.path == tmp_path / "env" / "progress.db"


def test_without_either_the_platform_user_data_folder_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("TUTOR_DATA_DIR", raising=False)
    assert data_dir() == Path(platformdirs.user_data_dir("debate-tutor", appauthor=False))


def tutor_stats(tmp_path: Path, *flags: str) -> dict[str, object]:
    env = {**os.environ, "TUTOR_DATA_DIR": str(tmp_path / "env"), "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-m", "tutor", *flags, "stats", "--format", "json"],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=60, check=True,
    )  # fmt: skip
    result: dict[str, object] = json.loads(out.stdout)
    return result


def test_the_data_dir_flag_wins_over_the_environment_in_the_cli(tmp_path: Path) -> None:
    assert tutor_stats(tmp_path, "--data-dir", str(tmp_path / "flag"))["total"] == 0
    assert (tmp_path / "flag" / "progress.db").is_file()
    assert not (tmp_path / "env").exists()
    tutor_stats(tmp_path)
    assert (tmp_path / "env" / "progress.db").is_file()
