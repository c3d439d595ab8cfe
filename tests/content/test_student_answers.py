"""Answers typed the way students type them get the verdict a debate coach would give.

Free-text questions and argument rebuttals are graded by key-point cues written by hand.
Cues that are too narrow fail a good answer in plain words; cues that are too broad pass
an off-topic or negated one. ``student_answers.json`` holds realistic answers for every
free-text question and every argument of the shipped packs, each with the expected
outcome, and these tests grade them exactly as the tutor does (questions with their own
threshold, rebuttals with ``grade_keypoints``' default, as in ``tutor/learning/items.py``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tutor.grading import GradeResult, KeyPoint, Verdict, grade_keypoints
from tutor.packs.models import FreeText, Pack
from tutor.text import clean

ROOT = Path(__file__).resolve().parents[2]
DATA_FILE = Path(__file__).with_name("student_answers.json")
PACKS = ("force-posture", "strategic-flexibility", "alliance-economics")


@dataclass(frozen=True)
class Target:
    """Something a student answers in free text: its key points and pass mark."""

    points: tuple[KeyPoint, ...]
    threshold: float | None  # None: the rebuttal default of grade_keypoints

    def grade(self, answer: str) -> GradeResult:
        if self.threshold is None:
            return grade_keypoints(answer, self.points)
        return grade_keypoints(answer, self.points, self.threshold)


@cache
def targets() -> dict[str, Target]:
    found: dict[str, Target] = {}
    for name in PACKS:
        text = (ROOT / "debates" / f"{name}.json").read_text(encoding="utf-8")
        pack = Pack.model_validate(json.loads(text))
        for q in pack.questions:
            if isinstance(q, FreeText):
                points = tuple(KeyPoint(k.text, tuple(k.cues), k.weight) for k in q.key_points)
                found[q.id] = Target(points, q.threshold)
        for motion in pack.motions:
            for a in motion.arguments:
                points = tuple(
                    KeyPoint(clean(k.text), tuple(k.cues), k.weight) for k in a.key_points
                )
                found[a.id] = Target(points, None)
    return found


@cache
def items() -> list[dict[str, Any]]:
    data: dict[str, Any] = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return list(data["items"])


def answers(kind: str) -> list[Any]:
    """pytest params ``(target, answer)`` for answers labelled ``kind`` ("good-1" is good)."""
    params = []
    for item in items():
        for answer in item["answers"]:
            if answer["label"].split("-")[0] != kind:
                continue
            marks = []
            if "known_gap" in answer:
                marks.append(pytest.mark.xfail(strict=True, reason=answer["known_gap"]))
            pid = f"{item['target']}/{answer['label']}"
            params.append(pytest.param(item["target"], answer, id=pid, marks=marks))
    return params


def covered(result: GradeResult) -> int:
    return sum(r.covered for r in result.keypoints)


def explain(result: GradeResult) -> str:
    return "\n".join(result.trace)


@pytest.mark.parametrize(("target", "answer"), answers("good"))
def test_a_good_answer_in_plain_words_passes(target: str, answer: dict[str, Any]) -> None:
    result = targets()[target].grade(answer["text"])
    assert result.verdict is Verdict.CORRECT, explain(result)
    assert covered(result) >= answer["min_covered"], explain(result)


@pytest.mark.parametrize(("target", "answer"), answers("partial"))
def test_a_partial_answer_does_not_pass(target: str, answer: dict[str, Any]) -> None:
    result = targets()[target].grade(answer["text"])
    assert result.verdict is not Verdict.CORRECT, explain(result)
    assert covered(result) >= answer.get("min_covered", 0), explain(result)


@pytest.mark.parametrize(("target", "answer"), answers("wrong"))
def test_a_wrong_or_negated_answer_covers_no_key_point(target: str, answer: dict[str, Any]) -> None:
    result = targets()[target].grade(answer["text"])
    assert covered(result) == 0, explain(result)
    assert result.verdict is not Verdict.CORRECT


def test_every_free_text_question_and_argument_has_good_partial_and_wrong_answers() -> None:
    by_target = {
        item["target"]: [a["label"].split("-")[0] for a in item["answers"]] for item in items()
    }
    assert set(by_target) == set(targets())
    for target, kinds in by_target.items():
        assert kinds.count("good") >= 2 and "partial" in kinds and "wrong" in kinds, target
