"""The app as a person uses it: a real terminal (tmux), typed keys, the screen read back."""

from __future__ import annotations

import json
import shlex
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from ui_support import DATA

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(
        shutil.which("tmux") is None,
        reason="tmux is not installed (.ci/run installs it when it can)",
    ),
]


def _tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=True).stdout


def _wait_for(session: str, text: str, timeout: float = 20.0) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _tmux("capture-pane", "-p", "-t", session)
        if text in screen:
            return screen
        time.sleep(0.1)
    raise AssertionError(f"{text!r} never appeared on screen:\n{screen}")


def _one_short_question(folder: Path) -> None:
    shutil.copytree(DATA / "packs", folder)
    path = folder / "usfk-test.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["questions"] = [q for q in data["questions"] if q["id"] == "short"]
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.fixture
def tmux_session(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    name = f"tutor-test-{tmp_path.name}"
    data = tmp_path / "data"
    _one_short_question(tmp_path / "packs")
    command = (
        f"TERM=xterm-256color TUTOR_PACKS_DIR={shlex.quote(str(tmp_path / 'packs'))} "
        f"{shlex.quote(sys.executable)} -m tutor --data-dir {shlex.quote(str(data))}"
    )
    _tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "30", command)
    try:
        yield name, data
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)


def _wait_until_gone(name: str, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if subprocess.run(["tmux", "has-session", "-t", name], capture_output=True).returncode:
            return True
        time.sleep(0.1)
    return False


def test_a_typed_quiz_answer_is_in_the_store_after_quitting(
    tmux_session: tuple[str, Path],
) -> None:
    name, data = tmux_session
    _wait_for(name, "pack(s)")  # the library has loaded
    _tmux("send-keys", "-t", name, "-l", "/US forces")  # / then typing filters the library
    _wait_for(name, "1 questions")
    _tmux("send-keys", "-t", name, "Enter")  # from the filter to the list
    time.sleep(0.5)
    _tmux("send-keys", "-t", name, "Enter")  # opens the pack's quiz
    _wait_for(name, "Question 1 of 1")
    _tmux("send-keys", "-t", name, "-l", "South Korea")
    _wait_for(name, "South Korea")
    _tmux("send-keys", "-t", name, "Enter")
    screen = _wait_for(name, "Correct")
    assert "Press Enter for the debrief" in screen
    _tmux("send-keys", "-t", name, "Enter")
    _wait_for(name, "Score by skill")
    _tmux("send-keys", "-t", name, "q")
    assert _wait_until_gone(name), "the app did not quit on q"
    with sqlite3.connect(data / "progress.db") as conn:
        rows = conn.execute("SELECT response, verdict FROM answers").fetchall()
    assert rows == [("South Korea", "correct")]


@pytest.fixture
def tmux_command(tmp_path: Path) -> Iterator[tuple[str, Path, Path]]:
    """A tmux session name, the data folder and the packs folder (one short question)."""
    name = f"tutor-cmd-{tmp_path.name}"
    _one_short_question(tmp_path / "packs")
    try:
        yield name, tmp_path / "data", tmp_path / "packs"
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)


def _run_in_tmux(name: str, data: Path, *args: str) -> None:
    words = " ".join(shlex.quote(a) for a in args)
    command = (
        f"TERM=xterm-256color {shlex.quote(sys.executable)} -m tutor "
        f"--data-dir {shlex.quote(str(data))} {words}"
    )
    _tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "30", command)


def test_tutor_quiz_in_a_terminal_opens_the_app_on_the_quiz(
    tmux_command: tuple[str, Path, Path],
) -> None:
    name, data, packs = tmux_command
    _run_in_tmux(name, data, "quiz", "--pack-path", str(packs), "--pack", "usfk-test")
    screen = _wait_for(name, "Question 1 of 1")
    assert "not ready" not in screen and "PgUp/PgDn" in screen  # the app, with its footer
    _tmux("send-keys", "-t", name, "-l", "North Korea")
    _tmux("send-keys", "-t", name, "Enter")
    screen = _wait_for(name, "Answer: South Korea")
    assert "Not quite" in screen
    _tmux("send-keys", "-t", name, "Enter")
    _wait_for(name, "Scheduled for review")
    _tmux("send-keys", "-t", name, "C-q")
    assert _wait_until_gone(name), "the app did not quit"
    with sqlite3.connect(data / "progress.db") as conn:
        rows = conn.execute("SELECT response, verdict FROM answers").fetchall()
    assert rows == [("North Korea", "incorrect")]


def test_tutor_review_in_a_terminal_opens_the_app_on_the_review(
    tmux_command: tuple[str, Path, Path],
) -> None:
    name, data, packs = tmux_command
    _run_in_tmux(name, data, "review", "--pack-path", str(packs))
    screen = _wait_for(name, "Nothing is due for review")
    assert "not ready" not in screen
    _tmux("send-keys", "-t", name, "C-q")
    assert _wait_until_gone(name), "the app did not quit"


CONCEDE = "You are right, I agree: basing troops costs too much."


def _send(name: str, *keys: str, text: str = "") -> None:
    if text:
        _tmux("send-keys", "-t", name, "-l", text)
    for key in keys:
        _tmux("send-keys", "-t", name, key)


def test_a_conceding_rebuttal_is_coached_in_a_real_terminal(
    tmux_command: tuple[str, Path, Path],
) -> None:
    name, data, packs = tmux_command
    args = ("debate", "--pack-path", str(packs), "--pack", "usfk-test", "--side", "Stay")
    _run_in_tmux(name, data, *args, "--seed", "7")
    _wait_for(name, "You argue Stay")  # the round opens on the framing
    _send(name, "Enter")
    _wait_for(name, "Complete the claim")
    _send(name, "F3")  # skip the case
    _wait_for(name, "Pick above")  # the strongest-evidence choice
    _send(name, "F3")
    _wait_for(name, "asks:")
    _send(name, "Enter", text="South Korea")
    _wait_for(name, "Withdraw argues: Basing")
    _send(name, "Enter", text=CONCEDE)
    screen = _wait_for(name, "You agreed with your opponent")
    assert "A rebuttal must deny or outweigh" in " ".join(screen.split())
