"""``tutor lint``: each teaching-quality rule warns at the right place, and only then."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from authoring_support import data_of, tutor

from tutor.authoring.lint import lint_pack
from tutor.packs.models import Pack


@pytest.fixture
def base(starter: Path) -> dict[str, Any]:
    return data_of(starter)


def warnings(data: dict[str, Any]) -> list[tuple[str, str]]:
    return [(p.pointer, p.message) for p in lint_pack(Pack.model_validate(data))]


def test_the_starter_pack_has_no_warnings(base: dict[str, Any]) -> None:
    assert warnings(base) == []


def test_a_motion_with_two_more_arguments_on_one_side_is_unbalanced(base: dict[str, Any]) -> None:
    args = base["motions"][0]["arguments"]
    for n in range(2):
        extra = copy.deepcopy(args[0]) | {"id": f"more-{n}", "answers": ["cost"]}
        args.append(extra)
    found = warnings(base)
    assert (
        "/motions/0/arguments",
        "unbalanced motion: 3 affirmative, 1 negative arguments",
    ) in found


def test_a_side_with_many_more_cards_is_flagged(base: dict[str, Any]) -> None:
    card = base["motions"][0]["arguments"][0]["evidence"][0]
    base["motions"][0]["arguments"][0]["evidence"] = [card | {"id": f"c{n}"} for n in range(4)]
    assert any(m.startswith("unbalanced evidence") for _, m in warnings(base))


def test_a_question_without_evidence_is_flagged(base: dict[str, Any]) -> None:
    base["questions"][0]["evidence"] = []
    assert ("/questions/0", "the question has no evidence card behind its answer") in warnings(base)


def test_a_one_word_explanation_is_flagged(base: dict[str, Any]) -> None:
    base["questions"][0]["explanation"] = "Obviously."
    assert any(p == "/questions/0/explanation" for p, _ in warnings(base))


def test_a_number_whose_word_form_the_grader_refuses_is_flagged(base: dict[str, Any]) -> None:
    short = base["questions"][2]
    short["accept"] = ["28,500", "USFK strength"]  # mixed list: the grader compares words
    found = warnings(base)
    assert any("'twenty-eight thousand five hundred'" in m for _, m in found)


def test_a_number_the_grader_already_reads_in_words_is_not_flagged(base: dict[str, Any]) -> None:
    base["questions"][2]["accept"] = ["28,500"]
    assert not any(p == "/questions/2/accept" for p, _ in warnings(base))


def test_an_acronym_without_its_glossary_expansion_is_flagged(base: dict[str, Any]) -> None:
    base["questions"][2]["accept"] = ["RHI"]
    base["questions"][2]["reject"] = []
    found = warnings(base)
    assert (
        "/questions/2/accept",
        "'Riverton Health Institute' (the glossary's other name for 'RHI') would be marked wrong",
    ) in found


def test_a_prompt_showing_another_questions_answer_is_flagged(base: dict[str, Any]) -> None:
    base["questions"][0]["prompt"] = "Dana Okafor chairs the board. Which body ran the study?"
    found = warnings(base)
    assert (
        "/questions/0",
        "the question shows 'Dana Okafor', the answer to question 'q-short'",
    ) in found


def test_a_source_no_card_quotes_is_flagged(base: dict[str, Any]) -> None:
    extra = base["sources"][0] | {"id": "unused"}
    base["sources"].append(extra)
    assert ("/sources/1", "source 'unused' is never cited") in warnings(base)


def test_a_quote_over_sixty_words_is_flagged(base: dict[str, Any]) -> None:
    base["questions"][0]["evidence"][0]["quote"] = " ".join(["word"] * 61)
    assert any(m.startswith("the quote is 61 words") for _, m in warnings(base))


def test_an_argument_linked_to_nothing_is_flagged(base: dict[str, Any]) -> None:
    for argument in base["motions"][0]["arguments"]:
        argument["answers"] = []
    found = [p for p, m in warnings(base) if "neither answers" in m]
    assert found == ["/motions/0/arguments/0", "/motions/0/arguments/1"]


def test_lint_exits_1_with_warnings_located_by_line(
    base: dict[str, Any], tmp_path: Path, starter: Path, capsys
) -> None:
    base["questions"][0]["evidence"] = []
    starter.write_text(json.dumps(base, indent=2))
    assert tutor("lint", starter) == 1
    line = capsys.readouterr().out.splitlines()[0]
    assert line.startswith(f"{starter}:") and "warning: /questions/0:" in line


def test_lint_json_output_lists_pointer_and_severity(
    base: dict[str, Any], starter: Path, capsys
) -> None:
    base["sources"].append(base["sources"][0] | {"id": "unused"})
    starter.write_text(json.dumps(base, indent=2))
    assert tutor("lint", "--format", "json", starter) == 1
    (item,) = json.loads(capsys.readouterr().out)
    assert item["pointer"] == "/sources/1" and item["severity"] == "warning"


def test_lint_of_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    assert tutor("lint", tmp_path / "nope.json") == 2


def test_lint_of_an_invalid_pack_prints_its_errors_and_exits_1(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    assert tutor("lint", bad) == 1
    out, err = capsys.readouterr()
    assert f"{bad}:1:1: error: " in out and "'format'" in out
    assert "not a valid pack" in err and "tutor validate" in err


def test_a_variant_the_author_lists_as_wrong_is_not_asked_for(base: dict[str, Any]) -> None:
    base["questions"][2]["accept"] = ["RHI"]  # the starter rejects the expansion on purpose
    assert not any(p == "/questions/2/accept" for p, _ in warnings(base))
