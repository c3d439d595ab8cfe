"""'I was right': an appeal is kept with the answer and listed for instructors."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime

import pytest
from engine_packs import make_pack
from fake_store import FakeStore, FsrsScheduler

from tutor.reports.appeals import format_json, format_text, list_appeals
from tutor.learning.drill.quiz import QuizSession
from tutor.learning.core.recorder import Recorder

PACK = make_pack()
NOW = datetime(2025, 11, 3, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def fsrs_scheduler(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Recorder, "make_scheduler", staticmethod(FsrsScheduler))


def appealed_store() -> FakeStore:
    store = FakeStore()
    quiz = QuizSession(PACK, store, count=2, rng=random.Random(1), clock=lambda: NOW)
    quiz.start()
    turns = quiz.respond("/skip")
    answer_id = turns[0].answer_id
    said = quiz.respond("/wrong the accepted answers miss mine")
    assert said[0].answer_id == answer_id and "corrected" in said[0].text
    return store


def test_wrong_records_the_appeal_with_its_reason_against_the_answer() -> None:
    store = appealed_store()
    assert store.appeals == [
        {"answer_id": 1, "reason": "the accepted answers miss mine", "created": NOW}
    ]


def test_an_appeal_reschedules_the_item_as_right() -> None:
    store = appealed_store()
    key = store.answers[0]["item_key"]
    assert store.cards[key][1] > NOW  # rated Good from its old state, not due again now


def test_instructors_list_appeals_per_pack_as_text_and_json() -> None:
    store = appealed_store()
    rows = list_appeals(store, "usfk-test")
    assert len(rows) == 1 and rows[0].reason == "the accepted answers miss mine"
    text = format_text(rows)
    assert text.startswith("usfk-test: 1 appeal(s)") and "reason:" in text
    assert json.loads(format_json(rows))[0]["item_key"] == rows[0].item_key
    assert list_appeals(store, "other") == []
    assert format_text([]) == "No appeals recorded.\n"
