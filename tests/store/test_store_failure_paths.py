"""When the disk says no, a real plain session ends with one clear line and loses nothing.

Each case runs ``tutor quiz --plain`` as a learner would and then counts: answers the
learner saw graded must all be rows in ``progress.db``. A read-only folder and a full
disk need a small tmpfs (we mount one when we are root, and skip where we cannot);
permission denied uses a folder without write permission (as root, with the power to
ignore permissions dropped by ``setpriv``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from plain_sessions import NO_CAPS, acknowledged, answer_all, drill_pack, one_clear_line, quiz, rows

Mount = Callable[[str, str], Path]


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Mount]:
    """Mount a small tmpfs under ``tmp_path`` (skips where mounting is not possible)."""
    mounted: list[Path] = []

    def mount(name: str, size: str) -> Path:
        point = tmp_path / name
        point.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip() or 'not root'}")
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        if subprocess.run(["umount", str(point)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(point)], capture_output=True)  # still busy


def _remount(point: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(point)], check=True)


def test_a_read_only_data_folder_ends_with_one_line_and_keeps_earlier_answers(
    tmpfs: Mount, tmp_path: Path
) -> None:
    pack, data = drill_pack(tmp_path / "pack"), tmpfs("data", "2m")
    code, out, _ = answer_all(pack, data, 3)
    assert code == 0 and acknowledged(out) == rows(data) == 3
    _remount(data, "ro")
    try:
        code, out, err = answer_all(pack, data, 3)
    finally:
        _remount(data, "rw")
    assert code == 2 and acknowledged(out) == 0
    assert "read-only" in one_clear_line(err) and "--data-dir" in err
    assert rows(data) == 3


def _without_write_permission() -> tuple[str, ...]:
    if os.geteuid() != 0:
        return ()
    if shutil.which("setpriv") is None:
        pytest.skip("root ignores file permissions and setpriv is not installed")
    return NO_CAPS


def test_a_folder_without_write_permission_ends_with_one_line(tmp_path: Path) -> None:
    prefix = _without_write_permission()
    pack, data = drill_pack(tmp_path / "pack"), tmp_path / "data"
    code, out, _ = answer_all(pack, data, 2)
    assert code == 0 and acknowledged(out) == rows(data) == 2
    for path in (*data.iterdir(), data):
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        code, out, err = answer_all(pack, data, 2, prefix=prefix)
        new_code, _, new_err = answer_all(pack, data / "new", 2, prefix=prefix)
    finally:
        for path in (data, *data.iterdir()):
            path.chmod(0o755 if path.is_dir() else 0o644)
    assert code == 2 and acknowledged(out) == 0 and "permission denied" in one_clear_line(err)
    assert new_code == 2 and "permission denied" in one_clear_line(new_err)
    assert rows(data) == 2


def _fill(folder: Path, leave: int) -> None:
    stats = os.statvfs(folder)
    size = stats.f_bavail * stats.f_frsize - leave
    with (folder / "filler").open("wb") as filler:
        os.posix_fallocate(filler.fileno(), 0, size)


def test_a_full_disk_mid_session_ends_with_one_line_and_loses_no_answer(
    tmpfs: Mount, tmp_path: Path
) -> None:
    pack, data = drill_pack(tmp_path / "pack"), tmpfs("full", "2m")
    assert answer_all(pack, data, 1)[0] == 0  # the database exists, with one answer
    _fill(data, leave=96 * 1024)
    code, out, err = answer_all(pack, data, 200)
    assert code == 2 and "the disk is full" in one_clear_line(err)
    graded = acknowledged(out)
    assert 0 < graded < 200  # it filled up mid-session
    assert graded <= rows(data) - 1 <= graded + 1  # every graded answer saved (one in flight)


def _answer_for(pack: Path, data: Path, seconds: float, tally: list[tuple[int, int, str]]) -> None:
    deadline = threading.Event()
    threading.Timer(seconds, deadline.set).start()
    while not deadline.is_set():
        code, out, err = answer_all(pack, data, 200)
        tally.append((code, acknowledged(out), err))


def test_two_tutors_answering_at_once_lose_no_answer(tmp_path: Path) -> None:
    pack, data = drill_pack(tmp_path / "pack"), tmp_path / "data"
    assert quiz(pack, data, 1).communicate("", timeout=60)[0]  # create the database first
    tally: list[tuple[int, int, str]] = []
    workers = [threading.Thread(target=_answer_for, args=(pack, data, 2.0, tally)) for _ in "ab"]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert [(code, err) for code, _, err in tally] == [(0, "")] * len(tally)
    assert sum(graded for _, graded, _ in tally) == rows(data) == 200 * len(tally)
