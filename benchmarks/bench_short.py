"""Short-answer grading on the hand-written sets: false accepts, false rejects, latency.

Usage: python benchmarks/bench_short.py [--show dev]

Reads ``tests/grading/short_dev/{dev,heldout}.jsonl`` and prints, for each set, the share
of ``incorrect`` rows the grader accepts (false accept) and of ``correct`` rows it does
not (false reject), then p50/p99 latency of one ``grade_short`` call over all rows with
the word list already loaded. ``--show dev`` lists the dev rows it gets wrong (tune on
dev only; the held-out set measures).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from tutor.grading import Verdict, WrongAnswer, grade_short, wordlist

SETS = Path(__file__).resolve().parent.parent / "tests" / "grading" / "short_dev"
Row = dict[str, Any]


def load(name: str) -> list[Row]:
    lines = (SETS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def accepted(row: Row) -> bool:
    reject = [WrongAnswer(r) for r in row["reject"]]
    return grade_short(row["answer"], row["accept"], reject).verdict is Verdict.CORRECT


def rates(rows: list[Row]) -> tuple[float, float, list[Row]]:
    """False-accept rate, false-reject rate and the rows graded wrongly."""
    wrong = [r for r in rows if accepted(r) != (r["label"] == "correct")]
    neg = sum(r["label"] != "correct" for r in rows)
    pos = len(rows) - neg
    fa = sum(r["label"] != "correct" for r in wrong)
    return fa / max(neg, 1), (len(wrong) - fa) / max(pos, 1), wrong


def latency(rows: list[Row], rounds: int = 20) -> tuple[float, float]:
    """p50 and p99 in ms of one call, answers made unique so no cache answers."""
    times = []
    for k in range(rounds):
        for row in rows:
            answer = f"{row['answer']}{' ' * (k % 3)}{'.' * (k // 3)}"
            start = time.perf_counter()
            grade_short(answer, row["accept"], [WrongAnswer(r) for r in row["reject"]])
            times.append((time.perf_counter() - start) * 1000)
    cuts = statistics.quantiles(times, n=100)
    return statistics.median(times), cuts[98]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=["dev"], default=None)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    wordlist.warm()
    print(
        f"loading the word list (once, on first use): {(time.perf_counter() - start) * 1000:.0f} ms"
    )
    print("| set | n | false accept | false reject |\n|---|---:|---:|---:|")
    for name in ("dev", "heldout"):
        rows = load(name)
        fa, fr, wrong = rates(rows)
        print(f"| {name} | {len(rows)} | {fa:.1%} | {fr:.1%} |")
        if args.show == name:
            for r in wrong:
                print(f"    {r['label']:9} {r['kind']:16} {r['answer']!r} for {r['accept']}")
    p50, p99 = latency(load("dev") + load("heldout"))
    print(f"latency per answer: p50 {p50:.3f} ms, p99 {p99:.3f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
