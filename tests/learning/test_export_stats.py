"""Stats as a table with a sparkline; transcripts and gradebook rows out of the store."""

from __future__ import annotations

import csv
import io
import json
import random
from datetime import UTC, datetime

import pytest
from engine_packs import make_pack
from fake_store import FakeStore, FsrsScheduler

from tutor.learning.core.recorder import Recorder
from tutor.learning.drill.quiz import quiz_session
from tutor.reports.export import export, export_session_markdown, flow_table
from tutor.reports.stats_view import render_stats, sparkline

NOW = datetime(2025, 11, 3, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def fsrs_scheduler(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Recorder, "make_scheduler", staticmethod(FsrsScheduler))


@pytest.fixture
def store() -> FakeStore:
    store = FakeStore()
    quiz = quiz_session(make_pack(), store, count=20, rng=random.Random(4), clock=lambda: NOW)
    quiz.items = [i for i in quiz.items if i.question and i.question.id in {"mc", "tf"}]
    quiz.start()
    quiz.respond("/skip")
    quiz.respond("/wrong mine was fine")
    store.decide_appeal(1, True, None, NOW)  # the instructor accepts it
    asked = quiz._current
    assert asked is not None and asked.turn.expects is not None
    quiz.respond("Seoul" if "Seoul" in asked.turn.expects.options else "True")  # shuffled options
    store.save_session_state(
        1,
        {
            **store.states[1],
            "flow": [
                {"speech": "1AC", "argument": "cost | burden"},
                {"speech": "1NC", "argument": "deter"},
            ],
        },
    )
    return store


def test_sparkline_maps_zero_to_one_onto_eight_blocks() -> None:
    assert sparkline([0.0, 0.5, 1.0, 2.0]) == "▁▅██"


def test_stats_show_totals_tables_and_the_sparkline(store: FakeStore) -> None:
    text = render_stats(store.stats(NOW))
    assert text.startswith("Answered: 2   Accuracy: 50%   Due today: 0")
    assert "usfk-test" in text and "facts" in text and "troops" in text
    assert "▂▅█" in text


def test_stats_with_no_answers_say_so() -> None:
    assert render_stats(FakeStore().stats(NOW)).startswith("No answers recorded yet.")


def test_markdown_transcript_has_answers_appeals_and_the_flow_sheet(store: FakeStore) -> None:
    md = export(store, "md")
    assert md.startswith("# Session 1: quiz usfk-test")
    assert "- Appeal accepted (score corrected to 100%): mine was fine" in md
    assert "## Flow sheet" in md and "| 1AC | cost \\| burden |" in md


def test_csv_gives_gradebook_rows_with_corrected_scores(store: FakeStore) -> None:
    rows = list(csv.DictReader(io.StringIO(export(store, "csv"))))
    assert [r["verdict"] for r in rows] == ["incorrect", "correct"]
    assert [r["corrected_score"] for r in rows] == ["1.00", "1.00"]
    assert rows[0]["item"].startswith("Prompt of")


def test_json_export_round_trips(store: FakeStore) -> None:
    data = json.loads(export(store, "json", session_id=1))
    assert data[0]["answers"][0]["appealed"] is True
    assert export(store, "json", session_id=99) == "[]\n"


def test_session_markdown_is_written_to_a_file(store: FakeStore, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = export_session_markdown(store, 1, tmp_path / "exports")
    assert path.read_text(encoding="utf-8").startswith("# Session 1")


def test_flow_rows_may_be_lists() -> None:
    assert flow_table([["1AC", "cost"], ["1NC"]])[-1] == "| 1NC |  |"
