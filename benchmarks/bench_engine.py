"""Engine speed: first prompt, recording an answer, stats over many answers.

Run: ``python benchmarks/bench_engine.py`` (prints medians in ms). Uses the real
store when it exists (``tutor.store.ProgressStore``) in a temporary folder.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "learning"))
from engine_packs import make_pack

from tutor.learning.quiz import QuizSession


def median_ms(fn: Callable[[], object], runs: int = 50) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    pack = make_pack()
    first = median_ms(lambda: QuizSession(pack, None, count=10, rng=random.Random(1)).start())
    print(f"quiz session start -> first prompt (no store): {first:.3f} ms")
    session = QuizSession(pack, None, count=10**6, rng=random.Random(1))
    session.start()
    answer = median_ms(lambda: session.respond("/hint"), 200)
    print(f"respond (/hint, no store): {answer:.3f} ms")
    try:
        from tutor.store import ProgressStore
    except ImportError:
        print("store not available: skipping store figures")
        return
    with tempfile.TemporaryDirectory() as tmp:
        store = ProgressStore.open(Path(tmp))
        now = datetime.now(UTC)
        quiz = QuizSession(
            [pack] * 2000, store, count=10**6, rng=random.Random(1), clock=lambda: now
        )
        quiz.start()
        record = median_ms(lambda: quiz.respond("1"), 300)
        print(f"record an answer (grade + store + schedule): {record:.3f} ms")
        stats = median_ms(lambda: store.stats(now), 5)
        print(f"stats over {quiz.progress[0]} answers: {stats:.1f} ms")


if __name__ == "__main__":
    main()
