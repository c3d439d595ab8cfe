"""'I was right': an appeal is pending until an instructor decides; the score stands.

Real SQLite store in a temporary folder; the instructor's side runs the real command.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from engine_packs import make_pack

from tutor.learning.drill.quiz import quiz_session
from tutor.learning.drill.session import DrillSession
from tutor.learning.turns import TurnKind
from tutor.reports.appeals import format_json, format_text, list_appeals
from tutor.store import ProgressStore

PACK = make_pack()
NOW = datetime(2025, 11, 3, 9, 0, tzinfo=UTC)
REASON = "the accepted answers miss mine"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProgressStore]:
    opened = ProgressStore.open(tmp_path)
    yield opened
    opened.close()


def two_questions(store: ProgressStore) -> DrillSession:
    quiz = quiz_session(PACK, store, count=2, rng=random.Random(1), clock=lambda: NOW)
    quiz.start()
    return quiz


def test_wrong_records_a_pending_appeal_and_the_original_score_stands(
    store: ProgressStore,
) -> None:
    quiz = two_questions(store)
    answer_id = quiz.respond("/skip")[0].answer_id
    said = quiz.respond(f"/wrong {REASON}")
    assert said[0].answer_id == answer_id and "pending" in said[0].text
    assert "0%" in said[0].text and "stands" in said[0].text
    [row] = list_appeals(store)
    assert (row.status, row.reason, row.score) == ("pending", REASON, 0.0)
    assert store.stats(NOW).accuracy == 0.0
    assert quiz.finish().misses  # still a miss for the learner


def test_an_accepted_appeal_counts_as_right_and_a_refused_one_does_not(
    store: ProgressStore,
) -> None:
    quiz = two_questions(store)
    quiz.respond("/skip")
    quiz.respond(f"/wrong {REASON}")
    quiz.respond("/skip")
    quiz.respond("/wrong this one too")
    first, second = list_appeals(store)
    assert store.decide_appeal(first.appeal_id, True, "fair", NOW)
    assert store.decide_appeal(second.appeal_id, False, "the card says otherwise", NOW)
    assert not store.decide_appeal(second.appeal_id, True, None, NOW)  # decided already
    assert store.stats(NOW).accuracy == 0.5
    rows = list_appeals(store)
    assert [r.status for r in rows] == ["accepted", "refused"]
    assert "decision: the card says otherwise" in format_text(rows)


def test_a_wrong_after_the_last_question_is_recorded_and_confirmed(
    store: ProgressStore,
) -> None:
    quiz = two_questions(store)
    quiz.respond("/skip")
    quiz.respond("/skip")
    assert quiz.finished
    said = quiz.respond(f"/wrong {REASON}")
    assert said[0].kind is TurnKind.SAY and "pending" in said[0].text
    assert [r.reason for r in list_appeals(store)] == [REASON]


def test_every_wrong_is_answered_refusals_say_why(store: ProgressStore) -> None:
    quiz = two_questions(store)
    assert "no verdict" in quiz.respond(f"/wrong {REASON}")[0].text
    quiz.respond("/skip")
    assert "Say why" in quiz.respond("/wrong")[0].text
    quiz.respond(f"/wrong {REASON}")
    assert "already appealed" in quiz.respond(f"/wrong {REASON}")[0].text
    assert len(list_appeals(store)) == 1


def test_instructors_list_appeals_per_pack_as_text_and_json(store: ProgressStore) -> None:
    quiz = two_questions(store)
    quiz.respond("/skip")
    quiz.respond(f"/wrong {REASON}")
    rows = list_appeals(store, "usfk-test")
    assert len(rows) == 1 and rows[0].reason == REASON
    text = format_text(rows)
    assert text.startswith("usfk-test: 1 appeal(s)") and f"#{rows[0].appeal_id} pending" in text
    assert json.loads(format_json(rows))[0]["item_key"] == rows[0].item_key
    assert list_appeals(store, "other") == []
    assert format_text([]) == "No appeals recorded.\n"


def test_tutor_appeals_accept_decides_a_pending_appeal(tmp_path: Path) -> None:
    with ProgressStore.open(tmp_path) as opened:
        quiz = two_questions(opened)
        quiz.respond("/skip")
        quiz.respond(f"/wrong {REASON}")
        [row] = list_appeals(opened)
    tutor = [sys.executable, "-m", "tutor", "--data-dir", str(tmp_path), "appeals"]
    done = subprocess.run([*tutor, "--accept", str(row.appeal_id)], capture_output=True, text=True)
    assert done.returncode == 0 and f"Appeal {row.appeal_id} accepted." in done.stdout
    again = subprocess.run([*tutor, "--refuse", str(row.appeal_id)], capture_output=True, text=True)
    assert again.returncode == 2 and "no pending appeal" in again.stderr
    listed = subprocess.run(tutor, capture_output=True, text=True).stdout
    assert f"#{row.appeal_id} accepted" in listed
