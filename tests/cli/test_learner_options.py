"""``--learner`` and ``--store`` reach the store from any command, before or after its name."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "learning"))
from engine_packs import write_pack

from tutor.store import ProgressStore


def skip_three(data: Path, pack: Path, *flags: str, env: dict[str, str] | None = None) -> str:
    """Run a three-question plain quiz, skipping each question; returns stderr."""
    command = [sys.executable, "-m", "tutor", "--data-dir", str(data), *flags]
    command += ["quiz", "--plain", "--pack-path", str(pack), "-n", "3", "--seed", "3"]
    out = subprocess.run(
        command,
        input="/skip\n" * 3,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )
    assert out.returncode == 0, out.stderr
    return out.stderr


def answers_of(store: ProgressStore) -> int:
    return sum(len(store.session_answers(s["id"])) for s in store.list_sessions())


def test_answers_given_with_learner_are_that_learners_only(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "packs")
    skip_three(tmp_path / "data", pack, "--learner", "Ann")
    skip_three(tmp_path / "data", pack, env={"TUTOR_LEARNER": "Ben"})
    with ProgressStore.open(tmp_path / "data", learner="Ann") as store:
        assert answers_of(store) == 3
        assert answers_of(store.for_learner("Ben")) == 3
        assert answers_of(store.for_learner("")) == 0


def test_a_quiz_against_the_class_database_lands_there(tmp_path: Path, postgres_url: str) -> None:
    pack = write_pack(tmp_path / "packs")
    skip_three(tmp_path / "data", pack, "--store", postgres_url, "--learner", "Ann")
    with ProgressStore.open(url=postgres_url, learner="Ann") as store:
        assert answers_of(store) == 3
    assert not (tmp_path / "data" / "progress.db").exists()


def test_a_bad_learner_name_is_a_usage_error(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tutor", "--data-dir", str(tmp_path), "stats", "--learner", "a;b"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2 and "learner's name" in out.stderr


@pytest.mark.parametrize("url", ["sqlite:///x.db", "mysql://class"])
def test_a_store_that_is_not_postgresql_is_refused(tmp_path: Path, url: str) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tutor", "--data-dir", str(tmp_path), "--store", url, "stats"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2 and "postgresql://" in out.stderr


def test_tutor_appeals_lists_every_learners_unless_one_is_named(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 11, 23, tzinfo=UTC)
    with ProgressStore.open(tmp_path) as store:
        for name in ("Ann", "Ben"):
            mine = store.for_learner(name)
            sid = mine.start_session("quiz", pack_id="p", started=now, meta={})
            aid = mine.record_answer(session_id=sid, item_key="p:q", verdict="incorrect",
                                     answered=now, pack_id="p")  # fmt: skip
            mine.record_appeal(aid, f"{name} was right", now)

    def appeals(*flags: str) -> str:
        command = [sys.executable, "-m", "tutor", "--data-dir", str(tmp_path), *flags, "appeals"]
        out = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
        return out.stdout

    everyone = appeals()
    assert "Ann was right" in everyone and "by Ben" in everyone
    assert "Ben" not in appeals("--learner", "Ann")
