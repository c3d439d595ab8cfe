"""The result object every front end shows, and its JSON form."""

from __future__ import annotations

import json
import subprocess
import sys

from tutor.grading import GradeResult, KeyPoint, Verdict, grade_keypoints, grade_short


def test_to_dict_is_json_ready_with_spans_and_keypoints() -> None:
    result = grade_keypoints("Our troops deter any attack.", [KeyPoint("deterrence", ("deter",))])
    data = json.loads(json.dumps(result.to_dict()))
    assert data["verdict"] == "correct"
    assert data["spans"] == [{"start": 11, "end": 16, "keypoint": 0}]
    assert data["keypoints"][0]["stance"] == "asserted"
    assert data["keypoints"][0]["covered"] is True


def test_passed_is_true_only_for_correct() -> None:
    assert GradeResult(Verdict.CORRECT, 1.0).passed
    assert not GradeResult(Verdict.CLOSE, 0.5).passed


def test_verdict_values_are_plain_strings() -> None:
    assert grade_short("x", ["y"]).verdict == "incorrect"


def test_the_grader_does_not_import_a_ui_library() -> None:
    code = (
        "import sys, tutor.grading, tutor.grading.audit, tutor.grading.batch\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
