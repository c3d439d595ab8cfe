"""Nothing lost under SIGKILL and under two tutors answering at once, counted.

Run: ``python benchmarks/bench_store_failures.py`` (optional: ``--kills N``, default
20, and ``--seconds S`` for the two-process run, default 60). Real ``tutor quiz
--plain`` processes are fed answers; each count compares the answers the learner saw
graded with the rows in ``progress.db``. The test suite runs short versions of both
(``tests/store/test_plain_session_kills.py``, ``test_store_failure_paths.py``).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "store"))
from plain_sessions import acknowledged, answer_all, drill_pack, killed_quiz, rows


def kills(folder: Path, count: int, seed: int = 20) -> None:
    pack, data = drill_pack(folder / "pack"), folder / "kills"
    rng = random.Random(seed)
    done = [killed_quiz(pack, data, rng.uniform(0.0, 1.0)) for _ in range(count)]
    mid = sum(k.running and k.acknowledged > 0 for k in done)
    graded, saved, lost = (
        sum(getattr(k, f) for k in done) for f in ("acknowledged", "saved", "lost")
    )
    print(f"SIGKILLs: {count} ({mid} mid-session); answers graded {graded}, rows {rows(data)}")
    print(f"  rows added by the killed sessions {saved}; answers lost {lost}")


def two_at_once(folder: Path, seconds: float) -> None:
    pack, data = drill_pack(folder / "pack"), folder / "pair"
    answer_all(pack, data, 1)  # the database exists before the race
    base = rows(data)
    tally: list[tuple[int, int, str]] = []
    stop = time.monotonic() + seconds

    def work() -> None:
        while time.monotonic() < stop:
            code, out, err = answer_all(pack, data, 200)
            tally.append((code, acknowledged(out), err))

    workers = [threading.Thread(target=work) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    graded = sum(n for _, n, _ in tally)
    failed = sum(code != 0 or bool(err) for code, _, err in tally)
    saved = rows(data) - base
    print(f"two processes for {seconds:.0f} s: {len(tally)} quizzes, {failed} with an error")
    print(f"  answers graded {graded}, rows {saved}, lost {max(0, graded - saved)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        kills(Path(tmp), args.kills)
        two_at_once(Path(tmp), args.seconds)


if __name__ == "__main__":
    main()
