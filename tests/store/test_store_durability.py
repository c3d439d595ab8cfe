"""Answers survive a killed process, and two processes writing at once lose nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

from tutor.store import ProgressStore
from tutor.store.opening import open_lock

REPO = Path(__file__).resolve().parents[2]
WRITER = textwrap.dedent(
    """
    import os, sys, time
    from datetime import UTC, datetime
    from pathlib import Path
    from tutor.store import ProgressStore

    folder, count, go, mode = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
    if mode != "race":  # race: open only at the signal, both at once
        store = ProgressStore.open(folder)
    (go.parent / f"ready-{os.getpid()}").touch()
    while not go.exists():
        time.sleep(0.001)
    if mode == "race":
        store = ProgressStore.open(folder)
    sid = store.start_session("quiz", pack_id="p", started=datetime.now(UTC), meta={})
    for n in range(count):
        store.record_answer(
            session_id=sid, item_key=f"p:q{n}", pack_id="p", skill="facts", tags=[],
            prompt="?", response=str(n), verdict="correct", score=1.0, feedback="",
            attempt=1, answered=datetime.now(UTC),
        )
    if mode == "crash":
        os._exit(1)  # no close, no cleanup: as if killed
    store.close()
    """
)


def writer(folder: Path, count: int, go: Path, mode: str = "close") -> subprocess.Popen[bytes]:
    args = [str(folder), str(count), str(go), mode]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", WRITER, *args], cwd=REPO, env=env)


def wait_ready(folder: Path, count: int) -> None:
    deadline = time.monotonic() + 30
    while len(list(folder.glob("ready-*"))) < count:
        assert time.monotonic() < deadline
        time.sleep(0.01)


def all_answers(folder: Path) -> list[str]:
    with ProgressStore.open(folder) as store:
        return [
            str(a["response"])
            for s in store.list_sessions()
            for a in store.session_answers(int(s["id"]))
        ]


def test_answers_recorded_before_a_crash_are_all_there(tmp_path: Path) -> None:
    go = tmp_path / "go"
    go.touch()
    proc = writer(tmp_path / "data", 3, go, "crash")
    assert proc.wait(timeout=30) == 1
    assert all_answers(tmp_path / "data") == ["0", "1", "2"]


def test_two_processes_writing_at_once_keep_all_400_answers(tmp_path: Path) -> None:
    go = tmp_path / "go"
    procs = [writer(tmp_path / "data", 200, go) for _ in range(2)]
    wait_ready(tmp_path, 2)  # both have the store open
    go.touch()  # then both write at once
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    answers = all_answers(tmp_path / "data")
    assert len(answers) == 400
    assert sorted(answers) == sorted([str(n) for n in range(200)] * 2)


def test_opening_waits_while_another_opener_holds_the_lock(tmp_path: Path) -> None:
    (tmp_path / "progress.db").write_bytes(b"not a database" * 100)
    opened: list[ProgressStore] = []
    with open_lock(tmp_path):  # as if another tutor were setting the file aside
        thread = threading.Thread(target=lambda: opened.append(ProgressStore.open(tmp_path)))
        thread.start()
        thread.join(timeout=0.3)
        assert thread.is_alive() and opened == []
    thread.join(timeout=10)
    assert len(opened) == 1 and len(opened[0].notices) == 1
    opened[0].close()


def test_two_processes_finding_a_corrupt_file_set_it_aside_once(tmp_path: Path) -> None:
    data, go = tmp_path / "data", tmp_path / "go"
    data.mkdir()
    (data / "progress.db").write_bytes(b"not a database" * 100)
    procs = [writer(data, 5, go, "race") for _ in range(2)]
    wait_ready(tmp_path, 2)
    go.touch()  # both open the corrupt file at once
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    assert len(list(data.glob("progress.db.corrupt-*"))) == 1
    assert len(all_answers(data)) == 10
