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

from tutor.learning.drill.quiz import quiz_session


def median_ms(fn: Callable[[], object], runs: int = 50) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    pack = make_pack()
    first = median_ms(lambda: quiz_session(pack, None, count=10, rng=random.Random(1)).start())
    print(f"quiz session start -> first prompt (no store): {first:.3f} ms")
    session = quiz_session(pack, None, count=10**6, rng=random.Random(1))
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
        calls = [0]
        record = store.record_answer

        def counted(**row: object) -> int:
            calls[0] += 1
            return int(record(**row))

        store.record_answer = counted  # type: ignore[method-assign]
        times: list[float] = []
        while len(times) < 300:
            quiz = quiz_session(
                pack, store, count=100, rng=random.Random(len(times)), clock=lambda: now
            )
            quiz.start()
            while not quiz.finished and len(times) < 300:
                before = calls[0]
                begin = time.perf_counter()
                turns = quiz.respond("1" if len(times) % 2 else "zzz wrong answer")
                if turns and turns[0].kind.value == "error":  # an answer of the wrong shape
                    quiz.respond("/skip")
                    continue
                if calls[0] > before:  # time only the replies that were graded and recorded
                    times.append((time.perf_counter() - begin) * 1000)
        store.record_answer = record  # type: ignore[method-assign]
        recorded = store.stats(now).total
        times.sort()
        print(
            f"answer a question (grade + commit + schedule): p50 {times[150]:.3f} ms, "
            f"p95 {times[284]:.3f} ms over {len(times)} recorded replies"
        )
        fill(store, now, 100_000 - recorded)
        stats = median_ms(lambda: store.stats(now), 5)
        print(f"stats over {store.stats(now).total:,} answers: {stats:.1f} ms")


def fill(store: object, now: datetime, count: int) -> None:
    """Bulk answers straight into the store, as if from many earlier sessions."""
    session = store.start_session("quiz", pack_id="bench", started=now, meta={})  # type: ignore[attr-defined]
    verdicts = ("correct", "close", "incorrect")
    for i in range(count):
        store.record_answer(  # type: ignore[attr-defined]
            session_id=session,
            item_key=f"bench:question:{i % 500}",
            pack_id="bench",
            skill="facts",
            tags=[f"t{i % 9}"],
            prompt="p",
            response="r",
            verdict=verdicts[i % 3],
            score=1.0 if i % 3 == 0 else 0.0,
            feedback="",
            attempt=1,
            answered=now,
        )


if __name__ == "__main__":
    main()
