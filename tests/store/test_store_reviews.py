"""Review cards come due on schedule, and each review is logged once."""

from __future__ import annotations

from store_helpers import DAY, NOW, answer, session

from tutor.grading import Verdict
from tutor.learning.scheduler import ReviewScheduler
from tutor.store import ProgressStore


def review(store: ProgressStore, key: str, verdict: Verdict, again_from: str | None = "") -> None:
    """Review ``key`` at NOW from its stored card (or from ``again_from``, as a redo)."""
    card = store.get_review_card(key) if again_from == "" else again_from
    result = ReviewScheduler().review(card, verdict, NOW, item_key=key)
    store.put_review_card(key, result.card_json, result.due, log_json=result.log_json)


def test_a_card_round_trips_and_a_missing_one_is_none(store: ProgressStore) -> None:
    assert store.get_review_card("k") is None
    store.put_review_card("k", '{"card_id": 1}', NOW)
    store.put_review_card("k", '{"card_id": 2}', NOW + DAY)
    assert store.get_review_card("k") == '{"card_id": 2}'
    assert store.due_cards(NOW + DAY) == [("k", NOW + DAY)]


def test_due_counts_follow_a_fixed_clock_across_days(store: ProgressStore) -> None:
    for n, key in enumerate(["today", "tomorrow", "in-three-days"]):
        store.put_review_card(key, "", NOW + [0, 1, 3][n] * DAY)
    assert store.due_count(NOW - DAY) == 0
    assert store.due_count(NOW) == 1
    assert store.due_count(NOW + DAY) == 2
    assert store.due_count(NOW + 7 * DAY) == 3
    assert store.next_due(NOW) == NOW + DAY
    assert store.next_due(NOW + 7 * DAY) is None


def test_due_cards_come_oldest_first(store: ProgressStore) -> None:
    store.put_review_card("later", "", NOW - DAY)
    store.put_review_card("oldest", "", NOW - 3 * DAY)
    store.put_review_card("not-yet", "", NOW + DAY)
    assert [key for key, _ in store.due_cards(NOW)] == ["oldest", "later"]


def test_a_reviewed_miss_comes_back_sooner_than_a_right_answer(store: ProgressStore) -> None:
    sid = session(store)
    answer(store, sid, item_key="missed", verdict="incorrect", score=0.0)
    review(store, "missed", Verdict.INCORRECT)
    answer(store, sid, item_key="known")
    review(store, "known", Verdict.CORRECT)
    assert [key for key, _ in store.due_cards(NOW + DAY)] == ["missed", "known"]
    assert store.due_count(NOW + DAY) == 2 and store.due_count(NOW) == 0


def test_each_review_is_logged_with_its_rating_verdict_and_time(store: ProgressStore) -> None:
    review(store, "k", Verdict.CLOSE)
    review(store, "k", Verdict.CORRECT)
    log = store.review_log("k")
    assert [(e["verdict"], e["rating"]) for e in log] == [("close", 2), ("correct", 3)]
    assert log[0] == {"item_key": "k", "rating": 2, "reviewed": NOW, "verdict": "close"}


def test_a_review_redone_from_the_same_state_replaces_its_log_entry(store: ProgressStore) -> None:
    review(store, "k", Verdict.CORRECT)
    before = store.get_review_card("k")
    review(store, "k", Verdict.INCORRECT)
    review(store, "k", Verdict.CORRECT, again_from=before)  # an appeal re-rates the miss
    log = store.review_log("k")
    assert [(e["verdict"], e["rating"]) for e in log] == [("correct", 3), ("correct", 3)]


def test_a_card_without_a_rating_logs_no_review(store: ProgressStore) -> None:
    store.put_review_card("k", "", NOW)
    store.put_review_card("k", '{"card_id": 1, "last_review": "2026-11-23T09:00:00+00:00"}', NOW)
    assert store.review_log("k") == []
