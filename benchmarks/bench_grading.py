"""Speed of the grader against the issue's targets (plain script, p50/p99).

Run: python benchmarks/bench_grading.py
Targets: a short answer well under 1 ms at p99; a 1,000-character answer against
5 key points under 5 ms; ``tutor grade --jsonl`` on 10,000 lines under 1 s beyond
start-up (measured as the subprocess time minus ``tutor grade --help`` start-up).
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tutor.grading import KeyPoint, grade_keypoints, grade_short

SHORT_CASES = [
    ("Striker Brigade", ["Stryker Brigade"], ["Stryker Battalion"]),
    ("about 28 500 troops", ["28,500", "28500"], ["4,500"]),
    ("Kim Jong-il", ["Kim Jong-un"], ["Kim Jong-il"]),
    ("North Korea or South Korea", ["South Korea", "Republic of Korea"], ["North Korea"]),
    ("twenty-eight thousand five hundred", ["28,500"], []),
    ("Camp Humphries in Pyeongtaek", ["Camp Humphreys"], ["Osan Air Base"]),
]
KEYPOINTS = [
    KeyPoint("US troops deter North Korean aggression", ("deter", "deterrence", "tripwire")),
    KeyPoint("Withdrawal saves money", ("saves money", "cost", "budget")),
    KeyPoint("Allies doubt US commitment", ("allies doubt", "credibility", "abandonment")),
    KeyPoint(
        "South Korea can defend itself", ("defend itself", "self-defence", "capable military")
    ),
    KeyPoint("China would gain influence", ("china gains", "chinese influence", "power vacuum")),
]
FILLER = (
    "the alliance has lasted for decades and many analysts argue that the presence of "
    "american forces on the peninsula would not deter every provocation but it raises "
    "the cost of any attack while seoul spends more on its own capable military "
)


def timings(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def report(name: str, samples: list[float]) -> None:
    ms = sorted(s * 1000 for s in samples)
    p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
    print(f"{name:<44} p50 {statistics.median(ms):7.3f} ms   p99 {p99:7.3f} ms   (n={len(ms)})")


def bench_short() -> None:
    rng = random.Random(1)
    cases = [rng.choice(SHORT_CASES) for _ in range(20_000)]
    it = iter(cases)
    report(
        "short answer, repeated strings (warm cache)",
        timings(lambda: grade_short(*next(it)), len(cases)),
    )
    cold = [(_mutate(rng, a), acc, rej) for a, acc, rej in cases]
    it2 = iter(cold)
    report(
        "short answer, unique typed strings", timings(lambda: grade_short(*next(it2)), len(cold))
    )


def _mutate(rng: random.Random, text: str) -> str:
    """A random one-letter slip plus a unique suffix, so no cache can help."""
    i = rng.randrange(len(text))
    return f"{text[:i]}{rng.choice('abcdefghijklmnopqrstuvwxyz')}{text[i + 1 :]} {rng.random():.6f}"


def bench_keypoints() -> None:
    rng = random.Random(2)
    answers = []
    for _ in range(500):
        words = (FILLER * 4).split()
        rng.shuffle(words)
        answers.append(" ".join(words)[:1000])
    it = iter(answers)
    report(
        "1,000-char answer vs 5 key points",
        timings(lambda: grade_keypoints(next(it), KEYPOINTS), len(answers)),
    )


def bench_jsonl() -> None:
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "batch.jsonl"
        with path.open("w") as fh:
            for i in range(10_000):
                answer, accept, reject = rng.choice(SHORT_CASES)
                row = {
                    "id": f"s{i}",
                    "answer": answer + " " * (i % 7),
                    "accept": accept,
                    "reject": reject,
                }
                fh.write(json.dumps(row) + "\n")
        startup = min(_run([sys.executable, "-m", "tutor", "grade", "--help"]) for _ in range(3))
        total = min(
            _run([sys.executable, "-m", "tutor", "grade", "--jsonl", str(path)]) for _ in range(3)
        )
    print(f"tutor grade --jsonl, 10,000 lines: {total:.3f} s total, start-up {startup:.3f} s, "
          f"beyond start-up {total - startup:.3f} s")  # fmt: skip


def _run(cmd: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


if __name__ == "__main__":
    bench_short()
    bench_keypoints()
    bench_jsonl()
