"""``tutor grade --jsonl`` keeps its contract and reports each key point's stance."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from judge_motion import OPPOSING

POINTS = [
    {"text": "A new road fills with new traffic.", "cues": ["induced demand", "more traffic"]},
    {"text": "Buses carry more people per lane.", "cues": ["buses"],
     "examples": ["A single bus lane moves more commuters than three car lanes."]},
]  # fmt: skip


def grade(tmp_path: Path, rows: list[dict[str, object]]) -> list[dict[str, object]]:
    batch = tmp_path / "answers.jsonl"
    batch.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "tutor", "grade", "--jsonl", str(batch)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_each_key_point_line_gets_covered_and_stance_per_point(tmp_path: Path) -> None:
    rows = [
        {"id": "own", "answer": "Induced demand means more traffic fills the road within years.",
         "keypoints": POINTS},
        {"id": "concede", "answer": "I agree, the road will get more traffic at first.",
         "keypoints": POINTS},
        {"id": "deny", "answer": "Buses do not help; nobody rides them.", "keypoints": POINTS},
        {"id": "example", "answer": "One bus lane moves more commuters than three lanes of cars.",
         "keypoints": POINTS},
    ]  # fmt: skip
    out = {o["id"]: o for o in grade(tmp_path, rows)}
    assert out["own"]["covered"] == [True, False]
    assert out["own"]["stance"] == ["asserted", "absent"]
    assert out["own"]["verdict"] == "close"
    assert out["concede"]["stance"][0] == "conceded"
    assert out["deny"]["stance"][1] == "denied"
    assert out["example"]["stance"][1] == "asserted"


def test_a_line_may_carry_the_opponents_claim_and_what_was_shown(tmp_path: Path) -> None:
    hint = "buses carry more people per lane"
    rows = [
        {"id": "echo", "answer": "Buses carry more people per lane.", "keypoints": POINTS,
         "shown": [hint]},
        {"id": "side", "answer": "A new ring road will cut congestion in the centre, buses too",
         "keypoints": POINTS, "opposing": OPPOSING},
    ]  # fmt: skip
    out = {o["id"]: o for o in grade(tmp_path, rows)}
    assert out["echo"]["stance"] == ["absent", "absent"]
    assert out["side"]["stance"][1] == "conceded"


def test_short_answer_lines_are_unchanged(tmp_path: Path) -> None:
    out = grade(tmp_path, [{"id": "s", "answer": "Seol", "accept": ["Seoul"]}])
    assert out == [{"id": "s", "verdict": "correct", "score": out[0]["score"]}]
