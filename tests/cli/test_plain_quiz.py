"""`tutor quiz --plain` end to end: piped, killed mid-way, concurrent, on a corrupt db.

Each test runs the real command in a subprocess against a pack written to a temporary
folder and checks what the real progress store recorded.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "learning"))
from engine_packs import make_pack, write_pack

from tutor.learning.turns import InputKind, Turn

SEED = 11


def tutor(data: Path, pack: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "tutor",
        "--data-dir",
        str(data),
        "quiz",
        "--plain",
        "--pack-path",
        str(pack),
        "--pack",
        "usfk-test",
        "--seed",
        str(SEED),
        *extra,
    ]


def reply(turn: Turn) -> str:
    """A plausible reply for the pending question (right or wrong does not matter)."""
    expects = turn.expects
    assert expects is not None
    n = len(expects.options)
    return {
        InputKind.CHOICE: "1",
        InputKind.ORDER: " ".join(map(str, range(1, n + 1))),
        InputKind.MATCH: " ".join(f"{i + 1}{'abcdefgh'[i]}" for i in range(n)),
    }.get(expects.kind, "28,500; South Korea" if expects.blanks > 1 else "South Korea")


def script(count: int) -> tuple[list[str], int]:
    """The lines to pipe for ``count`` questions, and how many answers they record."""
    from tutor.learning.drill.quiz import quiz_session

    session = quiz_session(make_pack(), None, count=count, rng=random.Random(SEED))
    turns = session.start()
    lines: list[str] = []
    while not session.finished:
        lines.append(reply(turns[-1]))
        turns = session.respond(lines[-1])
    return lines, len(lines)


def stored_answers(data: Path) -> list[Any]:
    from tutor.store import ProgressStore

    store = ProgressStore.open(data)
    try:
        return [a for s in store.list_sessions() for a in store.session_answers(s_id(s))]
    finally:
        getattr(store, "close", lambda: None)()


def s_id(row: Any) -> int:
    return int(row["id"] if isinstance(row, dict) else row.id)


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    return write_pack(tmp_path / "packs")


def test_a_whole_quiz_piped_through_tutor_is_recorded(tmp_path: Path, pack: Path) -> None:
    lines, recorded = script(5)
    out = subprocess.run(
        tutor(tmp_path / "data", pack, "-n", "5"),
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert "[1/5]" in out.stdout and "Done:" in out.stdout
    assert len(stored_answers(tmp_path / "data")) == recorded


def test_end_of_input_ends_cleanly_and_keeps_the_answers(tmp_path: Path, pack: Path) -> None:
    lines, _ = script(5)
    out = subprocess.run(
        tutor(tmp_path / "data", pack, "-n", "5"),
        input=lines[0] + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0
    assert "end of input" in out.stdout
    assert len(stored_answers(tmp_path / "data")) == 1


def test_a_killed_session_keeps_every_answered_question(tmp_path: Path, pack: Path) -> None:
    answers = ["/skip"] * 3  # each skip is one recorded, final answer
    proc = subprocess.Popen(
        tutor(tmp_path / "data", pack, "-n", "6"),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None
    for n, line in enumerate(answers, start=2):
        proc.stdin.write(line + "\n")
        proc.stdin.flush()
        deadline = time.monotonic() + 30
        while f"[{n}/6]" not in proc.stdout.readline():
            assert time.monotonic() < deadline
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stdin.close()
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    assert len(stored_answers(tmp_path / "data")) == 3


def test_two_concurrent_quizzes_both_record_everything(tmp_path: Path, pack: Path) -> None:
    lines, recorded = script(6)
    data = tmp_path / "data"
    subprocess.run(tutor(data, pack, "-n", "0"), input="", capture_output=True, timeout=60)
    procs = [
        subprocess.Popen(
            tutor(data, pack, "-n", "6"),
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("\n".join(lines) + "\n")
        proc.stdin.close()
    for proc in procs:
        assert proc.wait(timeout=60) == 0
        assert proc.stderr is not None
        proc.stderr.close()
    assert len(stored_answers(data)) == 2 * recorded


def test_quiz_on_a_corrupt_database_prints_the_notice_and_still_runs(
    tmp_path: Path, pack: Path
) -> None:
    data = tmp_path / "data"
    subprocess.run(tutor(data, pack, "-n", "0"), input="", capture_output=True, timeout=60)
    files = [
        p for p in data.rglob("*") if p.is_file() and p.suffix in {".db", ".sqlite", ".sqlite3"}
    ]
    assert files, "the store made no database file"
    for f in files:
        f.write_bytes(b"this is not a database" * 100)
    lines, _ = script(2)
    out = subprocess.run(
        tutor(data, pack, "-n", "2"),
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0
    assert out.stderr.strip().startswith("tutor: ")
    assert "[1/2]" in out.stdout and "Done:" in out.stdout
