"""A pack's own variants table reaches the grader of its short-answer questions."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from tutor.grading import Verdict
from tutor.learning.items import question_item
from tutor.packs import models as m

PACK = Path(__file__).resolve().parent.parent / "packs" / "data" / "pack.json"


def pack_with(variants: list[list[str]]) -> m.Pack:
    data: dict[str, Any] = json.loads(PACK.read_text(encoding="utf-8"))
    short = next(q for q in data["questions"] if q["type"] == "short_answer")
    short["accept"], short["reject"] = ["United States Forces Korea"], []
    data["variants"] = variants
    return m.Pack.model_validate_json(json.dumps(data))


def grade(pack: m.Pack, answer: str) -> Verdict:
    question = next(q for q in pack.questions if isinstance(q, m.ShortAnswer))
    return question_item(pack, question).present(random.Random(1)).grade(answer).verdict


def test_a_pack_variant_group_makes_its_abbreviation_correct() -> None:
    assert grade(pack_with([["USFK", "United States Forces Korea"]]), "USFK") is Verdict.CORRECT


def test_without_the_group_the_abbreviation_is_not_accepted() -> None:
    assert grade(pack_with([]), "USFK") is not Verdict.CORRECT
