"""Pack self-tests in ``tutor lint``: an example the judge misses, a counterexample it credits."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from authoring_support import data_of, tutor

from tutor.authoring.lint_selftests import selftests
from tutor.packs.models import Pack
from tutor.packs.positions import PositionIndex

POINT = "/motions/0/arguments/0/key_points/1"
OFF_TOPIC = "The weather in Riverton was lovely this spring."


@pytest.fixture
def base(starter: Path) -> dict[str, Any]:
    return data_of(starter)


def point(data: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = data["motions"][0]["arguments"][0]["key_points"][1]
    return found


def failures(data: dict[str, Any]) -> list[tuple[str, str]]:
    return [(p.pointer, p.message) for p in selftests(Pack.model_validate(data))]


def test_every_key_point_of_the_starter_has_examples_and_a_counterexample(
    base: dict[str, Any],
) -> None:
    pack = Pack.model_validate(base)
    points = [k for a in pack.motions[0].arguments for k in a.key_points]
    assert points and all(len(k.examples) >= 2 and k.counterexamples for k in points)


def test_the_starter_passes_its_own_self_tests(base: dict[str, Any]) -> None:
    assert failures(base) == []


def test_an_example_the_judge_does_not_credit_is_reported_at_that_example(
    base: dict[str, Any],
) -> None:
    point(base)["examples"].append(OFF_TOPIC)
    ((where, message),) = failures(base)
    assert where == f"{POINT}/examples/2"
    assert "does not credit this example with key point 2" in message
    assert "The study measured sleep, not learning." in message


def test_a_counterexample_the_judge_credits_is_reported_at_that_counterexample(
    base: dict[str, Any],
) -> None:
    point(base)["counterexamples"].append(
        "The study only measured sleep, not learning, so it cannot show that grades improve."
    )
    ((where, message),) = failures(base)
    assert where == f"{POINT}/counterexamples/1"
    assert "credits this counterexample with key point 2" in message


def test_an_example_that_earns_a_different_key_point_still_fails(base: dict[str, Any]) -> None:
    other = base["motions"][0]["arguments"][0]["key_points"][0]["examples"][0]
    point(base)["examples"] = [other]
    assert [w for w, _ in failures(base)] == [f"{POINT}/examples/0"]


def test_a_free_text_questions_key_points_are_self_tested_too(base: dict[str, Any]) -> None:
    q = next(i for i, q in enumerate(base["questions"]) if q["type"] == "free_text")
    base["questions"][q]["key_points"][0]["counterexamples"] = [
        "The estimate is biased: the bus company made it, and it would profit from new routes."
    ]
    assert [w for w, _ in failures(base)] == [f"/questions/{q}/key_points/0/counterexamples/0"]


def test_tutor_lint_prints_the_failed_example_with_its_line_and_path(
    starter: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = data_of(starter)
    point(data)["examples"].append(OFF_TOPIC)
    starter.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    assert tutor("lint", starter) == 1
    line, column = PositionIndex(starter.read_text("utf-8")).locate(f"{POINT}/examples/2")
    out = capsys.readouterr().out
    assert f"{starter}:{line}:{column}: warning: {POINT}/examples/2: self-test failed" in out


def test_examples_must_be_a_list_of_answers(base: dict[str, Any]) -> None:
    point(base)["examples"] = OFF_TOPIC
    with pytest.raises(ValueError, match="examples"):
        Pack.model_validate(base)
