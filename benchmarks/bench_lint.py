"""How long ``tutor lint`` takes on the shipped packs, and what the self-tests cost in it.

Run ``python benchmarks/bench_lint.py``. Prints medians in milliseconds for: every lint
rule on the shipped packs in process (parsed once, warm), the key-point self-tests alone,
the other rules alone, and ``tutor lint debates`` as a command (a fresh interpreter, so
imports included) next to a bare ``python -c "import tutor"``. It also prints how many
self-tests there are and how many the current judge gets wrong.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tutor.authoring import lint
from tutor.authoring.lint_selftests import selftests
from tutor.packs.models import Pack

ROOT = Path(__file__).resolve().parents[1]
DEBATES = ROOT / "debates"


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def shipped() -> list[Pack]:
    files = sorted(DEBATES.glob("*.json"))
    return [Pack.model_validate(json.loads(f.read_text(encoding="utf-8"))) for f in files]


def counts(packs: list[Pack]) -> tuple[int, int]:
    points = [k for p in packs for m in p.motions for a in m.arguments for k in a.key_points]
    total = sum(len(k.examples) + len(k.counterexamples) for k in points)
    return total, sum(1 for p in packs for _ in selftests(p))


def command(*argv: str) -> Callable[[], object]:
    return lambda: subprocess.run(argv, cwd=ROOT, capture_output=True, check=False)


def main() -> None:
    packs = shipped()
    others = tuple(r for r in lint.RULES if r is not selftests)
    every = median_ms(lambda: [lint.lint_pack(p) for p in packs], 10)
    alone = median_ms(lambda: [list(selftests(p)) for p in packs], 10)
    rest = median_ms(lambda: [list(r(p)) for p in packs for r in others], 10)
    total, failed = counts(packs)
    print(f"self-tests in the shipped packs: {total}; the judge gets {failed} wrong")
    print(f"all lint rules, {len(packs)} shipped packs, in process: {every:.1f} ms")
    print(f"  key-point self-tests alone: {alone:.1f} ms")
    print(f"  every other rule: {rest:.1f} ms")
    bare = median_ms(command(sys.executable, "-c", "import tutor"), 5)
    cli = median_ms(command(sys.executable, "-m", "tutor", "lint", "debates"), 5)
    print(f"`tutor lint debates` as a command: {cli:.0f} ms (bare `import tutor`: {bare:.0f} ms)")


if __name__ == "__main__":
    main()
