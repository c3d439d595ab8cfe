"""A class answering at once: N learners record answers concurrently against PostgreSQL.

Run: ``python benchmarks/bench_class_store.py [--learners 30] [--seconds 60]``. Uses
``$TUTOR_DATABASE_URL`` if set, else starts a private, durable (fsync on) PostgreSQL
with initdb/pg_ctl, as the tests do. Each learner is a thread with its own store (its
own pool, as each ``tutor serve`` session has), answering as fast as a very quick
student (a pause of 50-300 ms) and writing the review card as a real answer does.
Prints the answers recorded, lost and duplicated (counted back from the database) and
the latency of ``record_answer`` (median, p95, max).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from tutor.store import ProgressStore


def learner(url: str, name: str, until: float, out: dict[str, list[float]], ids: list[int]):
    rng = random.Random(name)
    with ProgressStore.open(url=url, learner=name) as store:
        sid = store.start_session("quiz", pack_id="bench", started=datetime.now(UTC), meta={})
        times, n = out.setdefault(name, []), 0
        while time.monotonic() < until:
            time.sleep(rng.uniform(0.05, 0.3))
            start = time.perf_counter()
            ids.append(
                store.record_answer(
                    session_id=sid, item_key=f"bench:question:q{n % 50}", pack_id="bench",
                    skill="facts", prompt="?", response=str(n), verdict="correct", score=1.0,
                    answered=datetime.now(UTC), attempt=1,
                )
            )  # fmt: skip
            times.append((time.perf_counter() - start) * 1000)
            store.put_review_card(f"bench:question:q{n % 50}", "{}", datetime.now(UTC))
            n += 1


def count_back(url: str, names: list[str]) -> tuple[int, int]:
    """(answers in the database, distinct (learner, response) pairs) for these learners."""
    import psycopg

    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT count(*), count(DISTINCT (learner, response)) FROM answers"
            " WHERE learner = ANY(%s)",
            (names,),
        ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--learners", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    server = None
    url = os.environ.get("TUTOR_DATABASE_URL")
    if not url:
        from postgres_server import start

        server = start(durable=True)
        url = server.url("bench")
    names = [f"learner {n:02d}" for n in range(args.learners)]
    times: dict[str, list[float]] = {}
    ids: list[int] = []
    until = time.monotonic() + args.seconds
    threads = [threading.Thread(target=learner, args=(url, n, until, times, ids)) for n in names]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        stored, distinct = count_back(url, names)
    finally:
        if server is not None:
            server.stop()
    every = sorted(t for ts in times.values() for t in ts)
    p95 = every[int(len(every) * 0.95) - 1]
    print(f"{args.learners} learners, {args.seconds:.0f} s: {len(ids)} answers recorded")
    print(f"in the database: {stored}; lost {len(ids) - stored}; duplicated {stored - distinct}")
    print(f"distinct ids returned: {len(set(ids))}")
    print(
        f"record_answer ms: median {statistics.median(every):.2f}, p95 {p95:.2f},"
        f" max {every[-1]:.2f}"
    )


if __name__ == "__main__":
    main()
