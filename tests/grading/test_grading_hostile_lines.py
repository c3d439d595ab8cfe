"""Every hostile line of a ``tutor grade --jsonl`` batch gets exactly one record, in order."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from hostile_lines import lines, render

from tutor.grading.batch import grade_lines
from tutor.grading.batch_lines import split_lines


def _records(data: bytes) -> tuple[int, list[dict[str, object]]]:
    out = io.StringIO()
    bad = grade_lines(split_lines(io.BytesIO(data)), out)
    return bad, [json.loads(line) for line in out.getvalue().split("\n")[:-1]]


def test_the_corpus_holds_at_least_300_hostile_lines_without_a_newline_inside() -> None:
    assert len(lines()) >= 300
    assert all(b"\n" not in line for line in lines())


def test_every_line_gets_one_record_in_order_and_bad_ones_say_which_line() -> None:
    bad, records = _records(render())
    assert len(records) == len(lines())
    for number, (line, record) in enumerate(zip(lines(), records, strict=True), start=1):
        if "error" in record:
            assert record["line"] == number and isinstance(record["error"], str)
        else:
            assert record["id"] == json.loads(line)["id"]
            assert record["verdict"] in ("correct", "close", "incorrect")
    assert 0 < bad == sum("error" in r for r in records) < len(records)


def test_a_raw_carriage_return_never_splits_a_record() -> None:
    good = b'{"id": "a", "answer": "Seoul", "accept": ["Seoul"]}'
    bad, records = _records(good.replace(b", ", b",\r ") + b"\r\n" + b'{"id": "b\r"}\n')
    assert [r.get("id") for r in records] == ["a", None] and records[0]["verdict"] == "correct"
    assert bad == 1 and records[1]["line"] == 2


def test_tutor_grade_runs_the_whole_corpus_without_a_traceback(tmp_path: Path) -> None:
    batch = tmp_path / "hostile.jsonl"
    batch.write_bytes(render())
    done = subprocess.run(
        [sys.executable, "-m", "tutor", "grade", "--jsonl", str(batch)],
        capture_output=True,
        timeout=10,
    )
    assert done.returncode == 1 and done.stderr == b""
    assert len(done.stdout.split(b"\n")[:-1]) == len(lines())
    done.stdout.decode("utf-8")  # the output itself is valid UTF-8
