"""The giveaway rule looks prompts up in an answer index: same findings as comparing pairs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tutor.authoring.giveaways import MAX_OTHERS, giveaway_pairs, gives_away
from tutor.packs.models import Pack

DEBATES = Path(__file__).resolve().parents[2] / "debates"


def _every_pair(questions: list[dict[str, Any]]) -> list[tuple[int, int, str]]:
    found = []
    for q, question in enumerate(questions):
        for o, other in enumerate(questions):
            shown = gives_away(question, other)
            if shown is not None:
                found.append((q, o, shown))
    return found


def _short(qid: str, prompt: str, *accept: str) -> dict[str, Any]:
    return {"id": qid, "type": "short_answer", "prompt": prompt, "accept": list(accept)}


def test_the_index_finds_what_comparing_every_pair_finds_in_the_shipped_packs() -> None:
    for path in sorted(DEBATES.glob("*.json")):
        pack = Pack.model_validate(json.loads(path.read_text(encoding="utf-8")))
        questions = [q.model_dump() for q in pack.questions]
        assert list(giveaway_pairs(questions)) == _every_pair(questions), path.name


def test_the_first_listed_answer_shown_is_the_one_reported() -> None:
    questions = [
        _short("a", "The Stryker Brigade left Camp Humphreys in 2024."),
        _short("b", "Which unit left?", "Camp Humphreys", "Stryker Brigade"),
        _short("c", "Which base?", "Humphreys Camp"),
    ]
    assert list(giveaway_pairs(questions)) == _every_pair(questions) == [(0, 1, "Camp Humphreys")]


def test_a_prompt_giving_away_many_questions_is_reported_for_the_first_few() -> None:
    questions = [
        _short(f"q{i}", f"Is the shared answer {i} right?", "shared answer") for i in range(50)
    ]
    found = list(giveaway_pairs(questions))
    assert len(found) == 50 * MAX_OTHERS
    assert [o for q, o, _ in found if q == 0] == [1, 2, 3]
    assert all(q != o for q, o, _ in found)
