"""The hand-written short-answer sets that bench_short measures are fit to measure."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

SETS = Path(__file__).parent / "short_dev"


def rows(name: str) -> list[dict[str, object]]:
    text = (SETS / f"{name}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_the_held_out_set_has_at_least_150_rows_of_both_labels() -> None:
    labels = Counter(r["label"] for r in rows("heldout"))
    assert sum(labels.values()) >= 150
    assert labels["correct"] >= 50 and labels["incorrect"] >= 50


@pytest.mark.parametrize("name", ["dev", "heldout"])
def test_each_row_has_an_answer_lists_and_a_known_label(name: str) -> None:
    for row in rows(name):
        assert row["label"] in {"correct", "incorrect"}
        assert isinstance(row["accept"], list) and row["accept"]
        assert isinstance(row["answer"], str) and row["answer"]


def test_dev_and_held_out_share_no_question() -> None:
    dev = {r["group"] for r in rows("dev")}
    held = {r["group"] for r in rows("heldout")}
    assert not dev & held
