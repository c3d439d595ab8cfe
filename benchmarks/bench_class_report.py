"""The class report over a class: 30 learners × 200 answers, on SQLite and PostgreSQL.

Run: ``python benchmarks/bench_class_report.py`` (PostgreSQL: ``$TUTOR_DATABASE_URL``,
else a private server started with initdb/pg_ctl; skipped if neither works). Prints
the median time of reading the answers and building the report, and of each format.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from tutor.reports.class_data import Labels
from tutor.reports.class_report import build_report, to_csv, to_markdown
from tutor.reports.html import to_html
from tutor.store import ProgressStore

LEARNERS, ANSWERS, ITEMS = 30, 200, 60
T0 = datetime(2026, 11, 1, tzinfo=UTC)


def fill(store: ProgressStore) -> None:
    rng = random.Random(5)
    for n in range(LEARNERS):
        mine, ability = store.for_learner(f"learner {n:02d}"), rng.random()
        sid = mine.start_session("quiz", pack_id="bench", started=T0, meta={})
        for a in range(ANSWERS):
            item = a % ITEMS
            right = rng.random() < 0.3 + 0.6 * ability * (1 - item / ITEMS / 2)
            mine.record_answer(
                session_id=sid, item_key=f"bench:question:q{item}", pack_id="bench",
                skill=("facts", "evidence", "rebuttal")[item % 3], prompt=f"Question {item}",
                response=str(a), verdict="correct" if right else "incorrect",
                score=float(right), answered=T0 + timedelta(hours=a), attempt=1 + a // ITEMS,
                chosen=rng.choice("ABCD"), stances=["absent", "asserted"] if item % 3 == 2 else [],
            )  # fmt: skip


def median_ms(fn: Callable[[], object], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(kind: str, store: ProgressStore) -> None:
    fill(store)
    report = build_report(store, Labels())
    assert len(report.attempts) == LEARNERS * ANSWERS
    build = median_ms(lambda: build_report(store, Labels()))
    formats = {f.__name__: median_ms(lambda f=f: f(report)) for f in (to_markdown, to_html)}
    csv_ms = median_ms(lambda: to_csv(report, "items"))
    print(
        f"{kind}: {LEARNERS} learners × {ANSWERS} answers: read + build {build:.0f} ms;"
        f" markdown {formats['to_markdown']:.0f} ms, html {formats['to_html']:.0f} ms,"
        f" csv {csv_ms:.0f} ms; total (html) {build + formats['to_html']:.0f} ms"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder, ProgressStore.open(Path(folder)) as store:
        measure("sqlite", store)
    server, url = None, os.environ.get("TUTOR_DATABASE_URL")
    try:
        if not url:
            from postgres_server import start

            server = start()
            url = server.url("report_bench")
        with ProgressStore.open(url=url) as store:
            measure("postgresql", store)
    except (FileNotFoundError, OSError) as error:
        print(f"postgresql: skipped ({error})")
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
