"""How long loading and checking packs takes: the shipped ones and large synthetic ones.

Run ``python benchmarks/bench_packs.py``. Prints medians in milliseconds for:
every shipped pack loaded and checked (in process, warm), ``tutor validate`` as a
command next to a bare ``python -c "import tutor"``, a synthetic pack ten times the
size of the shipped ones, a synthetic pack of 10,000 questions, the same large
pack with one error (so the JSON Schema pass runs too), and ``tutor lint`` of the
10,000-question pack (every rule must stay linear: it once took minutes).
"""

from __future__ import annotations

import copy
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tutor.authoring.lint import lint_paths
from tutor.packs.library import PackFailure, builtin_pack_dir, examine, load_library

ROOT = Path(__file__).resolve().parents[1]
TEST_PACK = ROOT / "tests" / "packs" / "data" / "pack.json"
"""A small pack with one question of every type: the model for the 10,000 questions."""


def median_ms(action: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def shipped() -> list[dict[str, Any]]:
    paths = sorted(builtin_pack_dir().glob("*.json"))
    return [json.loads(p.read_text(encoding="utf-8")) for p in paths]


def _suffix(value: Any, ids: set[str], k: int) -> Any:
    """Rename every id (and every reference to one) by appending ``-k``."""
    if isinstance(value, dict):
        return {key: _suffix(v, ids, k) for key, v in value.items()}
    if isinstance(value, list):
        return [_suffix(v, ids, k) for v in value]
    if isinstance(value, str) and value in ids:
        return f"{value}-{k}"
    return value


def _local_ids(pack: dict[str, Any]) -> set[str]:
    ids = {m["id"] for m in pack.get("motions", [])}
    ids |= {a["id"] for m in pack.get("motions", []) for a in m["arguments"]}
    ids |= {q["id"] for q in pack.get("questions", [])}
    cards = [c for m in pack.get("motions", []) for a in m["arguments"] for c in a["evidence"]]
    cards += [c for q in pack.get("questions", []) for c in q.get("evidence", [])]
    return ids | {c["id"] for c in cards if c.get("id")}


def scaled(pack: dict[str, Any], times: int) -> dict[str, Any]:
    """The pack with its motions and questions repeated under new ids."""
    ids = _local_ids(pack)
    big = copy.deepcopy(pack)
    big["motions"] = [m for k in range(times) for m in _suffix(pack["motions"], ids, k)]
    big["questions"] = [q for k in range(times) for q in _suffix(pack["questions"], ids, k)]
    big["metadata"]["id"] = f"{pack['metadata']['id']}-x{times}"
    return big


def many_questions(pack: dict[str, Any], count: int) -> dict[str, Any]:
    """The pack with its questions cycled under new ids until there are ``count``."""
    big = copy.deepcopy(pack)
    questions = pack["questions"]
    ids = {q["id"] for q in questions} | {
        c["id"] for q in questions for c in q.get("evidence", []) if c.get("id")
    }
    big["questions"] = [
        _suffix(questions[i % len(questions)], ids, i // len(questions)) for i in range(count)
    ]
    return big


def write(folder: Path, name: str, pack: dict[str, Any]) -> Path:
    path = folder / name
    path.write_text(json.dumps(pack, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def command_ms(*args: str) -> float:
    return median_ms(
        lambda: subprocess.run([sys.executable, *args], check=False, capture_output=True, cwd=ROOT)
    )


def main() -> None:
    packs = shipped()
    largest = max(packs, key=lambda p: len(json.dumps(p)))
    print(f"shipped packs: {len(packs)}, questions: {sum(len(p['questions']) for p in packs)}")
    load_library(user=False)  # the first call pays for lazy imports
    print(
        f"load+check all shipped packs (warm): {median_ms(lambda: load_library(user=False)):.0f} ms"
    )
    print(f"python -c 'import tutor': {command_ms('-c', 'import tutor'):.0f} ms")
    print(f"python -m tutor --version: {command_ms('-m', 'tutor', '--version'):.0f} ms")
    print(f"python -m tutor validate (all shipped): {command_ms('-m', 'tutor', 'validate'):.0f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copytree(builtin_pack_dir() / "sources", folder / "sources")
        shutil.copytree(TEST_PACK.parent / "sources", folder / "sources", dirs_exist_ok=True)
        _synthetic(folder, largest)


def _synthetic(folder: Path, largest: dict[str, Any]) -> None:
    ten_x = write(folder, "ten-x.json", scaled(largest, 10))
    every_type = json.loads(TEST_PACK.read_text(encoding="utf-8"))
    big = many_questions(every_type, 10_000)
    big_path = write(folder, "ten-thousand.json", big)
    limit = 1 << 30
    for label, path in (("10x largest shipped pack", ten_x), ("10,000 questions", big_path)):
        size = path.stat().st_size / 1e6
        ms = median_ms(lambda p=path: examine(p, max_bytes=limit), runs=3)  # type: ignore[misc]
        ok = not isinstance(examine(path, max_bytes=limit), PackFailure)
        print(f"load+check {label} ({size:.1f} MB, valid={ok}): {ms:.0f} ms")
    lint_ms = median_ms(lambda: lint_paths([big_path]), runs=3)
    print(f"lint 10,000 questions (in process, validate included): {lint_ms:.0f} ms")
    big["questions"][-1]["prompt"] = 5
    broken = write(folder, "broken.json", big)
    ms = median_ms(lambda: examine(broken, max_bytes=limit), runs=1)
    print(f"load+check 10,000 questions with one error (schema pass runs): {ms:.0f} ms")


if __name__ == "__main__":
    main()
