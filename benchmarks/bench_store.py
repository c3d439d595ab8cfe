"""Progress store figures: open, record_answer latency, stats over many answers.

Run: ``python benchmarks/bench_store.py`` (optional: ``--answers N`` for the stats
size, default 10,000 and 100,000). Prints medians and percentiles in milliseconds;
the targets are an answer under 5 ms and stats over 100,000 answers under 200 ms.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

from tutor.store import ProgressStore

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
SKILLS = ("facts", "evidence", "rebuttal", "weighing")
TAGS: tuple[list[str], ...] = (["alliance"], ["cost", "burden"], ["deterrence"], [])


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def answer(store: ProgressStore, session: int, n: int) -> int:
    return store.record_answer(
        session_id=session,
        item_key=f"pack-{n % 5}:question:q{n % 300}",
        pack_id=f"pack-{n % 5}",
        skill=SKILLS[n % 4],
        tags=TAGS[n % 4],
        prompt="Which general called Korea a fixed aircraft carrier?",
        response="Brunson",
        verdict=("correct", "close", "incorrect")[n % 3],
        score=(1.0, 0.5, 0.0)[n % 3],
        feedback="",
        attempt=1,
        answered=NOW - timedelta(minutes=n),
    )


def open_close(folder: Path) -> None:
    ProgressStore.open(folder).close()


def bench_record(folder: Path) -> None:
    with ProgressStore.open(folder) as store:
        session = store.start_session("quiz", pack_id=None, started=NOW, meta={})
        times = sorted(timed(partial(answer, store, session, n)) for n in range(1000))
    p50, p95 = times[500], times[950]
    print(f"record_answer x1000: p50 {p50:.3f} ms, p95 {p95:.3f} ms, max {times[-1]:.3f} ms")


def fill(store: ProgressStore, count: int) -> None:
    session = store.start_session("quiz", pack_id=None, started=NOW, meta={})
    db = store._db  # bulk load in one transaction; the timed calls use the public API
    db.execute("BEGIN")
    for n in range(count):
        answer(store, session, n)
    db.execute("COMMIT")
    for n in range(0, count, 10):
        store.record_appeal(n + 1, "I was right", NOW)


def bench_stats(folder: Path, count: int) -> None:
    with ProgressStore.open(folder) as store:
        fill(store, count)
        runs = [timed(lambda: store.stats(NOW)) for _ in range(5)]
    print(f"stats() over {count:,} answers: median {statistics.median(runs):.1f} ms")
    opens = [timed(partial(open_close, folder)) for _ in range(10)]
    print(f"open (existing db, {count:,} answers): median {statistics.median(opens):.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--answers", type=int, action="append")
    sizes = parser.parse_args().answers or [10_000, 100_000]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = [timed(partial(open_close, Path(tmp) / f"new{n}")) for n in range(10)]
        print(f"open (new db, creates schema): median {statistics.median(fresh):.2f} ms")
        bench_record(Path(tmp) / "record")
        for size in sizes:
            bench_stats(Path(tmp) / f"stats{size}", size)


if __name__ == "__main__":
    main()
