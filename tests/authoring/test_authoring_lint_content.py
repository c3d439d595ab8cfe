"""The balance, option and giveaway lint rules, and ``--stats``, on the starter pack."""

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


def messages(data: dict[str, Any]) -> list[str]:
    return [p.message for p in lint_pack(Pack.model_validate(data))]


def choice(data: dict[str, Any]) -> dict[str, Any]:
    return next(q for q in data["questions"] if q["type"] == "multiple_choice")


def test_a_key_much_longer_than_its_distractors_is_flagged(base: dict[str, Any]) -> None:
    q = choice(base)
    q["options"][q["answer"]] += " and a long explanation nobody would write for a distractor"
    assert "the key is much longer than every other option" in messages(base)


def test_a_key_that_alone_carries_a_figure_is_flagged(base: dict[str, Any]) -> None:
    q = choice(base)
    q["options"] = ["Opened in 2019", "Opened last spring", "Never opened", "Opened long ago"]
    q["answer"] = 0
    assert "the key is the only option with a figure" in messages(base)


def test_an_argument_no_opposing_argument_answers_is_flagged(base: dict[str, Any]) -> None:
    for argument in base["motions"][0]["arguments"]:
        argument["answers"] = []
    found = messages(base)
    assert any(m.startswith("no argument of the other side answers") for m in found)


def test_an_ordering_item_showing_another_answer_is_a_giveaway(base: dict[str, Any]) -> None:
    short = next(q for q in base["questions"] if q["type"] == "short_answer")
    order = copy.deepcopy(next(q for q in base["questions"] if q["type"] == "ordering"))
    order["id"] = "q-order-2"
    order["items"][0] = f"{short['accept'][0]} is named"
    base["questions"].append(order)
    assert any("the question shows" in m for m in messages(base))


def test_a_waiver_silences_the_warning_it_names_and_only_that(base: dict[str, Any]) -> None:
    q = choice(base)
    q["options"][q["answer"]] += " and a long explanation nobody would write for a distractor"
    q["lint_waivers"] = [{"warning": "much longer", "reason": "checked: the length is fair here"}]
    assert "the key is much longer than every other option" not in messages(base)


def test_a_persons_glossary_romanisation_missing_from_the_accept_list_is_flagged(
    base: dict[str, Any],
) -> None:
    short = next(q for q in base["questions"] if q["type"] == "short_answer")
    short["accept"] = ["Roh Moo-hyun"]
    base["glossary"].append(
        {
            "id": "g-roh",
            "term": "Roh Moo-hyun",
            "aliases": ["No Mu-hyeon"],
            "definition": "A president.",
        }
    )
    assert any("'No Mu-hyeon'" in m for m in messages(base))


def test_lint_stats_prints_sides_key_lengths_and_questions_per_article(
    starter: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tutor("lint", "--stats", starter)
    out = capsys.readouterr().out
    assert "cards" in out and "sources, top" in out
    assert "key is the longest option:" in out and "questions per article:" in out
    pack = json.loads(starter.read_text(encoding="utf-8"))
    assert all(f"    {s['id']}:" in out for s in pack["sources"])
