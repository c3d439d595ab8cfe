"""`tutor debate --plain` end to end: a whole round piped through, and a resume.

The real command runs in a subprocess against the test pack written to a temporary
folder; the real progress store is then read back.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

from debate_helpers import PACK, right_answer
from debate_pack import PACK_ID, write_pack

import tutor
from tutor.learning.debate import DebateSession

SEED = 7
# Run the code under test, whatever `pip install -e` points at.
ENV = {**os.environ, "PYTHONPATH": str(Path(tutor.__file__).resolve().parents[1])}


def tutor_debate(data: Path, pack: Path, *extra: str) -> list[str]:
    return [
        sys.executable, "-m", "tutor", "--data-dir", str(data), "debate", "--plain",
        "--pack-path", str(pack), "--pack", PACK_ID, "--side", "Withdraw",
        "--seed", str(SEED), *extra,
    ]  # fmt: skip


def script() -> list[str]:
    """The lines that answer every step of the round right."""
    session = DebateSession(PACK, "posture", "aff", rng=random.Random(SEED))
    session.start()
    lines: list[str] = []
    while not session.finished:
        lines.append(right_answer(session))
        session.respond(lines[-1])
    return lines


def run(command: list[str], lines: list[str]) -> subprocess.CompletedProcess[str]:
    text = "".join(f"{line}\n" for line in lines)
    data = Path(command[command.index("--data-dir") + 1])
    env = {**ENV, "TUTOR_PACKS_DIR": str(data.parent / "no-user-packs")}
    return subprocess.run(command, input=text, capture_output=True, text=True, timeout=60, env=env)


def stored(data: Path) -> tuple[list[dict[str, Any]], list[Any]]:
    from tutor.store import ProgressStore

    store = ProgressStore.open(data)
    try:
        sessions = store.list_sessions()
        answers = [a for s in sessions for a in store.session_answers(int(s["id"]))]
        return sessions, answers
    finally:
        store.close()


def test_a_whole_debate_piped_through_tutor_is_recorded(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "packs")
    lines = script()
    out = run(tutor_debate(tmp_path / "data", pack), lines)
    assert out.returncode == 0, out.stderr
    for phase in ("== Framing ==", "== Rebuttal ==", "== Debrief =="):
        assert phase in out.stdout
    assert "Debate done: 11 of 11 steps right." in out.stdout
    assert "Flow sheet:" in out.stdout
    sessions, answers = stored(tmp_path / "data")
    assert [s["kind"] for s in sessions] == ["debate"]
    assert len(answers) == 11 and {a["verdict"] for a in answers} == {"correct"}
    assert f"{PACK_ID}:argument:deter:rebuttal" in {a["item_key"] for a in answers}


def test_a_debate_stopped_at_end_of_input_resumes_where_it_stopped(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "packs")
    lines = script()
    first = run(tutor_debate(tmp_path / "data", pack), lines[:4])
    assert first.returncode == 0 and "end of input" in first.stdout
    assert "--resume 1" in first.stderr
    assert len(stored(tmp_path / "data")[1]) == 3
    rest = run(tutor_debate(tmp_path / "data", pack, "--resume", "1"), lines[4:])
    assert rest.returncode == 0, rest.stderr
    assert rest.stdout.startswith("Welcome back")
    assert "Debate done: 11 of 11 steps right." in rest.stdout
    sessions, answers = stored(tmp_path / "data")
    assert len(sessions) == 1 and len(answers) == 11


def test_the_ballots_redo_opens_the_same_rebuttal_again_in_plain_mode(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "packs")
    session = DebateSession(PACK, "posture", "aff", rng=random.Random(SEED))
    session.start()
    lines: list[str] = []
    while not session.finished:
        step = session.step
        assert step is not None
        lines.append("/skip" if step.kind == "rebuttal" else right_answer(session))
        session.respond(lines[-1])
    out = run(tutor_debate(tmp_path / "data", pack), [*lines, "/redo", "/skip", ""])
    assert out.returncode == 0, out.stderr
    redo = next(line for line in out.stdout.splitlines() if line.startswith("Redo: Rebut "))
    assert "the point you missed was" in redo
    after = out.stdout.split("Redo: ", 1)[1]
    assert "Your rebuttal: answer" in after  # the same rebuttal, asked again
