"""Grader-aware pack checks: what ``tutor validate`` reports about answer data."""

from __future__ import annotations

from tutor.grading import WrongAnswer
from tutor.grading.audit import audit_choices, audit_short_answer


def test_a_distractor_the_grader_would_accept_is_an_error() -> None:
    findings = audit_choices("Stryker Brigade", ["Striker Brigade", "Stryker Battalion"])
    assert [(f.severity, f.value) for f in findings] == [("error", "Striker Brigade")]


def test_clearly_different_distractors_pass() -> None:
    assert audit_choices("South Korea", ["North Korea", "Japan"]) == []


def test_a_known_wrong_answer_the_grader_would_accept_is_an_error() -> None:
    findings = audit_short_answer(["28,500"], [WrongAnswer("28500", "no")])
    assert any(f.severity == "error" and f.value == "28500" for f in findings)


def test_an_accepted_answer_that_is_only_close_to_the_others_is_a_warning() -> None:
    findings = audit_short_answer(["28,500", "2,850"])
    assert [(f.severity, f.value) for f in findings] == [
        ("warning", "28,500"),
        ("warning", "2,850"),
    ]


def test_a_consistent_question_has_no_findings() -> None:
    assert audit_short_answer(["South Korea", "ROK"], ["North Korea", "Japan"]) == []


def test_an_empty_accept_list_is_an_error() -> None:
    assert audit_short_answer([], ["x"])[0].severity == "error"


def test_a_known_wrong_answer_that_a_pack_variant_makes_right_is_an_error() -> None:
    groups = [["USFK", "United States Forces Korea"]]
    assert audit_short_answer(["United States Forces Korea"], ["USFK"]) == []
    findings = audit_short_answer(["United States Forces Korea"], ["USFK"], variants=groups)
    assert [(f.severity, f.value) for f in findings] == [("error", "USFK")]
