"""Real ``tutor quiz --plain`` processes for the failure-path tests and their benchmark.

A pack of many multiple-choice questions (so the answer "1" always grades), a quiz
process fed answers, and the two counts that prove nothing was lost: the answers the
learner saw graded (verdict lines on standard output) and the rows in ``progress.db``.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
BASE_PACK = REPO / "tests" / "packs" / "data" / "pack.json"
PACK_ID = "store-drill"
VERDICTS = ("[correct]", "[incorrect]", "[close]")
NO_CAPS = (
    "setpriv",
    "--inh-caps=-dac_override,-dac_read_search",
    "--bounding-set=-dac_override,-dac_read_search",
)
"""Run a command as root without root's power to ignore file permissions."""


def drill_pack(folder: Path, count: int = 200) -> Path:
    """A valid pack of ``count`` multiple-choice questions, written into ``folder``."""
    base = json.loads(BASE_PACK.read_text(encoding="utf-8"))
    mc = next(q for q in base["questions"] if q["type"] == "multiple_choice")
    base["metadata"]["id"] = PACK_ID
    base["questions"] = [copy.deepcopy(mc) | {"id": f"q-{n}"} for n in range(count)]
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(BASE_PACK.parent / "sources", folder / "sources", dirs_exist_ok=True)
    path = folder / "drill.json"
    path.write_text(json.dumps(base), encoding="utf-8")
    return path


def quiz(
    pack: Path, data: Path, count: int, *, prefix: tuple[str, ...] = ()
) -> subprocess.Popen[str]:
    """A ``tutor quiz --plain`` process on ``pack``, storing progress in ``data``."""
    command = [*prefix, sys.executable, "-m", "tutor", "quiz", "--plain", "--pack-path", str(pack)]
    command += ["--pack", PACK_ID, "--data-dir", str(data), "-n", str(count), "--seed", "1"]
    env = {**os.environ, "TUTOR_PACKS_DIR": str(pack.parent / "no-user-packs")}
    return subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )


def answer_all(
    pack: Path, data: Path, count: int, *, prefix: tuple[str, ...] = (), timeout: float = 60
) -> tuple[int, str, str]:
    """Run a whole quiz, answering "1" to every question: (exit status, stdout, stderr)."""
    proc = quiz(pack, data, count, prefix=prefix)
    out, err = proc.communicate("1\n" * count, timeout=timeout)
    return proc.returncode, out, err


def acknowledged(out: str) -> int:
    """How many answers the learner saw graded."""
    return sum(line.startswith(VERDICTS) for line in out.splitlines())


def rows(data: Path) -> int:
    """How many answers ``progress.db`` holds (0 when there is no database yet)."""
    path = data / "progress.db"
    if not path.exists():
        return 0
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        found: Any = db.execute("SELECT count(*) FROM answers").fetchone()
    return int(found[0])


def one_clear_line(err: str) -> str:
    """The only line on standard error, which must be a message and not a traceback."""
    lines = [line for line in err.splitlines() if line.strip()]
    assert "Traceback" not in err, err
    assert len(lines) == 1, err
    assert lines[0].startswith("tutor: "), err
    return lines[0]


def killed_quiz(
    pack: Path, data: Path, delay: float, count: int = 200, pace: float = 0.005
) -> Kill:
    """SIGKILL a quiz ``delay`` s after it shows its first line, answering every ``pace`` s."""
    before = rows(data)
    proc = quiz(pack, data, count)
    out: list[str] = []
    started = threading.Event()
    reader = threading.Thread(target=_read, args=(proc, out, started))
    feeder = threading.Thread(target=_feed, args=(proc, count, pace), daemon=True)
    reader.start()
    feeder.start()
    started.wait(timeout=30)
    time.sleep(delay)
    running = proc.poll() is None
    proc.kill()
    proc.wait()
    reader.join()
    feeder.join()
    for pipe in (proc.stdin, proc.stdout, proc.stderr):
        if pipe is not None:
            with contextlib.suppress(OSError):
                pipe.close()
    return Kill(acknowledged("".join(out)), rows(data) - before, running)


def _read(proc: subprocess.Popen[str], out: list[str], started: threading.Event) -> None:
    assert proc.stdout is not None
    for line in proc.stdout:
        out.append(line)
        started.set()
    started.set()


def _feed(proc: subprocess.Popen[str], count: int, pace: float) -> None:
    assert proc.stdin is not None
    try:
        for _ in range(count):
            proc.stdin.write("1\n")
            proc.stdin.flush()
            time.sleep(pace)
    except (BrokenPipeError, OSError, ValueError):
        pass  # the process was killed


@dataclass(frozen=True)
class Kill:
    """One killed session: answers shown graded, rows it added, whether it was still running."""

    acknowledged: int
    saved: int
    running: bool

    @property
    def lost(self) -> int:
        return max(0, self.acknowledged - self.saved)
