"""FSRS scheduling: verdicts map to ratings, runs repeat exactly, times must be aware."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import fsrs
import pytest
from store_helpers import NOW

from tutor.grading import Verdict
from tutor.learning.scheduler import ReviewScheduler, card_id_for, rating_for
from tutor.store.reviews import VERDICTS


def test_verdicts_map_to_good_hard_and_again() -> None:
    assert rating_for(Verdict.CORRECT) is fsrs.Rating.Good
    assert rating_for(Verdict.CLOSE) is fsrs.Rating.Hard
    assert rating_for("incorrect") is fsrs.Rating.Again


def test_the_store_logs_the_verdicts_the_scheduler_rated() -> None:
    assert {int(rating_for(v)): v.value for v in Verdict} == VERDICTS


def test_the_card_json_carries_its_rating_and_starting_point_and_fsrs_still_reads_it() -> None:
    first = ReviewScheduler().review(None, Verdict.CLOSE, NOW, item_key="k")
    later = NOW + timedelta(days=1)
    second = ReviewScheduler().review(first.card_json, Verdict.CORRECT, later, item_key="k")
    data = json.loads(second.card_json)
    assert data["last_rating"] == 3 and data["reviewed_from"] == NOW.isoformat()
    assert fsrs.Card.from_json(second.card_json).last_review == later


def test_two_runs_give_identical_cards_and_logs() -> None:
    def run() -> list[tuple[str, str]]:
        scheduler, card, out = ReviewScheduler(), None, []
        for n, verdict in enumerate([Verdict.INCORRECT, Verdict.CLOSE, Verdict.CORRECT]):
            result = scheduler.review(card, verdict, NOW + timedelta(days=n), item_key="usfk:q1")
            card = result.card_json
            out.append((result.card_json, result.log_json))
        return out

    assert run() == run()


def test_a_new_cards_id_comes_from_its_item_key() -> None:
    result = ReviewScheduler().review(None, Verdict.CORRECT, NOW, item_key="usfk:q1")
    assert json.loads(result.card_json)["card_id"] == card_id_for("usfk:q1")
    assert card_id_for("usfk:q1") != card_id_for("usfk:q2")
    assert 0 < card_id_for("usfk:q1") < 2**63


def test_a_right_answer_is_due_later_than_a_near_miss_and_a_miss() -> None:
    scheduler = ReviewScheduler()
    due = {v: scheduler.review(None, v, NOW, item_key="k").due for v in Verdict}
    assert NOW < due[Verdict.INCORRECT] <= due[Verdict.CLOSE] < due[Verdict.CORRECT]
    assert all(d.tzinfo == UTC for d in due.values())


def test_a_reviewed_card_continues_from_its_stored_state() -> None:
    scheduler = ReviewScheduler()
    first = scheduler.review(None, Verdict.CORRECT, NOW, item_key="k")
    second = scheduler.review(first.card_json, Verdict.CORRECT, first.due, item_key="k")
    assert second.due - first.due > first.due - NOW


def test_a_naive_review_time_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        ReviewScheduler().review(None, Verdict.CORRECT, datetime(2026, 11, 23, 9, 0))


def test_an_aware_non_utc_time_is_converted_to_utc() -> None:
    seoul = NOW.astimezone(timezone(timedelta(hours=9)))
    result = ReviewScheduler().review(None, Verdict.CORRECT, seoul, item_key="k")
    assert result.due == ReviewScheduler().review(None, Verdict.CORRECT, NOW, item_key="k").due


@pytest.mark.parametrize("damaged", ["", "{}", "not json", '{"card_id": 1}'])
def test_a_missing_or_damaged_card_starts_again_as_new(damaged: str) -> None:
    fresh = ReviewScheduler().review(None, Verdict.CORRECT, NOW, item_key="k")
    assert ReviewScheduler().review(damaged, Verdict.CORRECT, NOW, item_key="k") == fresh
