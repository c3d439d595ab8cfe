"""``tutor grade``: one answer from the command line, or a JSONL batch contract."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tutor.cli import main


def run(argv: list[str]) -> int:
    try:
        return main(["grade", *argv])
    except SystemExit as exc:
        return int(exc.code or 0)


def test_a_correct_answer_prints_the_verdict_and_exits_zero(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = run(["--accept", "28,500", "--accept", "28500", "--reject", "4,500", "about 28 500"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("correct")
    assert "number parsed as 28,500" in out


def test_a_wrong_answer_prints_feedback_and_exits_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--accept", "South Korea", "North Korea"]) == 1
    assert capsys.readouterr().out.startswith("incorrect")


def test_json_format_prints_the_result_object(capsys: pytest.CaptureFixture[str]) -> None:
    run(["--accept", "Stryker Brigade", "--format", "json", "Striker Brigade"])
    result = json.loads(capsys.readouterr().out)
    assert result["verdict"] == "correct"
    assert result["trace"]


def test_numeric_mode_uses_value_and_tolerance(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--value", "28500", "--tolerance", "100", "28,450 troops"]) == 0


def test_keypoint_mode_takes_cues_after_a_bar(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--keypoint", "Troops deter | deter; deterrence", "they deter attacks"]) == 0


def test_missing_answer_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--accept", "x"]) == 2
    assert "ANSWER is required" in capsys.readouterr().err


def test_answer_without_accepted_answers_is_a_usage_error() -> None:
    assert run(["something"]) == 2


def _batch(
    lines: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, list[dict[str, object]]]:
    data = ("\n".join(lines) + "\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code = run(["--jsonl", "-"])
    return code, [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_jsonl_writes_one_line_per_input_line_in_order(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        json.dumps({"id": "q1", "answer": "28500", "accept": ["28,500"]}),
        json.dumps(
            {
                "id": "q2",
                "answer": "North Korea",
                "accept": ["South Korea"],
                "reject": ["North Korea"],
            }
        ),
        json.dumps(
            {
                "id": "q3",
                "answer": "It would deter.",
                "keypoints": [
                    {"text": "deters", "cues": ["deter"]},
                    {"text": "cost", "cues": ["cost"]},
                ],
            }
        ),
    ]
    code, out = _batch(lines, monkeypatch, capsys)
    assert code == 0
    assert [o["id"] for o in out] == ["q1", "q2", "q3"]
    assert [o["verdict"] for o in out] == ["correct", "incorrect", "close"]
    assert out[2]["covered"] == [True, False]
    assert "covered" not in out[0]


def test_jsonl_bad_line_gets_an_error_line_and_the_rest_still_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = ["not json", json.dumps({"id": "q2", "answer": 5, "accept": ["5"]}),
             json.dumps({"id": "q3", "answer": "5", "accept": ["5"]})]  # fmt: skip
    code, out = _batch(lines, monkeypatch, capsys)
    assert code == 1
    assert out[0]["line"] == 1 and "error" in out[0]
    assert out[1] == {"id": "q2", "line": 2, "error": "'answer' must be a string"}
    assert out[2]["verdict"] == "correct"


def test_jsonl_missing_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--jsonl", "/no/such/file.jsonl"]) == 2


def test_tutor_grade_runs_as_a_subprocess_from_a_file(tmp_path: Path) -> None:
    batch = tmp_path / "answers.jsonl"
    batch.write_text(json.dumps({"id": "a", "answer": "Seol", "accept": ["Seoul"]}) + "\n")
    done = subprocess.run([sys.executable, "-m", "tutor", "grade", "--jsonl", str(batch)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["verdict"] == "correct"
