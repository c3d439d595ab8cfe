"""Real sessions on the real store: recorded at once, scheduled once per item."""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

from store_helpers import NOW

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "learning"))
from engine_packs import make_pack  # type: ignore[import-not-found]

from tutor.grading import Verdict
from tutor.learning.drill.quiz import quiz_session
from tutor.learning.drill.review import review_session
from tutor.learning.scheduler import ReviewScheduler
from tutor.store import ProgressStore

PACK = make_pack()
FREE = "usfk-test:question:free"


def good_from_new(key: str) -> datetime:
    """When a new card is due after one Good review at NOW (FSRS learning step: 10 min)."""
    return ReviewScheduler().review(None, Verdict.CORRECT, NOW, item_key=key).due


def test_each_quiz_answer_is_in_the_store_before_the_next_question(store: ProgressStore) -> None:
    quiz = quiz_session(PACK, store, count=3, rng=random.Random(1), clock=lambda: NOW)
    quiz.start()
    for n in range(1, 4):
        quiz.respond("/skip")
        assert len(store.session_answers(1)) == n
    assert store.due_count(NOW + timedelta(hours=1)) == 3
    assert store.list_sessions()[0]["ended"] == NOW
    assert store.load_session_state(1) is not None


def test_a_near_miss_then_a_right_retry_is_one_good_review(store: ProgressStore) -> None:
    store.put_review_card(FREE, "", NOW)
    session = review_session([PACK], store, clock=lambda: NOW)
    session.start()
    session.respond("Troops deter an attack.")
    assert store.review_log(FREE) == [] and store.get_review_card(FREE) == ""
    session.respond("Troops deter an attack, and they cost less than a war.")
    assert [a["attempt"] for a in store.session_answers(1)] == [1, 2]
    assert [(e["verdict"], e["rating"]) for e in store.review_log(FREE)] == [("correct", 3)]
    assert store.next_due(NOW) == good_from_new(FREE)


def test_an_appeal_after_a_skip_stays_a_miss_until_accepted(store: ProgressStore) -> None:
    quiz = quiz_session(PACK, store, count=2, rng=random.Random(1), clock=lambda: NOW)
    quiz.start()
    key = str(quiz.items[0].key)
    quiz.respond("/skip")
    assert store.review_log(key)[0]["verdict"] == "incorrect"
    quiz.respond("/wrong my answer was right")
    assert [e["verdict"] for e in store.review_log(key)] == ["incorrect"]
    assert store.stats(NOW).accuracy == 0.0
    [appeal] = store.list_appeals()
    assert store.decide_appeal(appeal["appeal_id"], True, None, NOW)
    assert store.stats(NOW).accuracy == 1.0
