"""A plain session killed at random moments loses no answer the learner saw graded."""

from __future__ import annotations

import random
from pathlib import Path

from plain_sessions import acknowledged, drill_pack, killed_quiz, quiz, rows

KILLS = 3
"""A few here; ``benchmarks/bench_store_failures.py`` runs twenty."""


def test_sigkill_at_random_moments_loses_no_graded_answer(tmp_path: Path) -> None:
    pack, data = drill_pack(tmp_path / "pack"), tmp_path / "data"
    rng = random.Random(11)
    kills = [killed_quiz(pack, data, rng.uniform(0.05, 0.9)) for _ in range(KILLS)]
    assert [k.lost for k in kills] == [0] * KILLS
    assert any(k.running and k.acknowledged for k in kills)  # killed mid-session at least once
    assert sum(k.saved for k in kills) == rows(data)
    out, err = quiz(pack, data, 1).communicate("1\n", timeout=60)  # the store still opens
    assert err == "" and acknowledged(out) == 1
