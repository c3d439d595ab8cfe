"""Stats: totals, accuracy per pack, tag, skill and day, and what is due, from real rows."""

from __future__ import annotations

import pytest
from store_helpers import DAY, NOW, answer, session

from tutor.reports.stats_view import render_stats
from tutor.store import ProgressStore


def test_an_empty_store_has_no_answers_but_counts_due_cards(store: ProgressStore) -> None:
    store.put_review_card("k", "", NOW)
    stats = store.stats(NOW)
    assert (stats.total, stats.accuracy, stats.due) == (0, 0.0, 1)
    assert stats.by_pack == stats.by_tag == stats.by_skill == []
    assert stats.by_day == []


def test_accuracy_is_grouped_by_pack_tag_and_skill(store: ProgressStore) -> None:
    sid = session(store)
    answer(store, sid, pack_id="usfk", skill="facts", tags=["troops", "cost"])
    answer(store, sid, pack_id="usfk", skill="facts", tags=["troops"], verdict="incorrect")
    answer(store, sid, pack_id="ncg", skill="rebuttal", tags=[], verdict="close", score=0.5)
    answer(store, sid, pack_id="ncg", skill="rebuttal", tags=["cost"])
    stats = store.stats(NOW)
    assert (stats.total, stats.accuracy) == (4, 0.5)
    assert stats.by_pack == [("ncg", 2, 0.5), ("usfk", 2, 0.5)]
    assert stats.by_tag == [("cost", 2, 1.0), ("troops", 2, 0.5)]
    assert stats.by_skill == [("facts", 2, 0.5), ("rebuttal", 2, 0.5)]


def test_an_accepted_appeal_counts_as_right_a_pending_one_does_not(store: ProgressStore) -> None:
    sid = session(store)
    wrong = answer(store, sid, verdict="incorrect", score=0.0)
    answer(store, sid, verdict="incorrect", score=0.0)
    first = store.record_appeal(wrong, "I was right", NOW)
    second = store.record_appeal(wrong, "really", NOW)
    assert store.stats(NOW).accuracy == 0.0
    store.decide_appeal(first, True, None, NOW)
    store.decide_appeal(second, True, None, NOW)  # accepted twice still counts once
    stats = store.stats(NOW)
    assert (stats.total, stats.accuracy) == (2, 0.5)
    assert stats.by_pack == [("usfk", 2, 0.5)]


def test_accuracy_per_utc_day_comes_oldest_first(store: ProgressStore) -> None:
    sid = session(store)
    for days_ago, verdicts in [(2, "iic"), (1, "ic"), (0, "c")]:
        for v in verdicts:
            verdict = "correct" if v == "c" else "incorrect"
            answer(store, sid, verdict=verdict, answered=NOW - days_ago * DAY)
    by_day = store.stats(NOW).by_day
    assert by_day == [
        ("2026-11-21", pytest.approx(1 / 3)),
        ("2026-11-22", 0.5),
        ("2026-11-23", 1.0),
    ]


def test_only_the_last_thirty_days_with_answers_are_shown(store: ProgressStore) -> None:
    sid = session(store)
    for n in range(40):
        answer(store, sid, answered=NOW - n * DAY)
    by_day = store.stats(NOW).by_day
    assert len(by_day) == 30 and by_day[-1][0] == "2026-11-23"
    assert store.stats(NOW).total == 40


def test_due_in_stats_follows_the_clock(store: ProgressStore) -> None:
    store.put_review_card("a", "", NOW + DAY)
    assert store.stats(NOW).due == 0 and store.stats(NOW + DAY).due == 1


def test_the_stats_screen_renders_the_real_store(store: ProgressStore) -> None:
    answer(store, session(store), tags=["troops"])
    text = render_stats(store.stats(NOW))
    assert text.startswith("Answered: 1   Accuracy: 100%   Due today: 0")
    assert "troops" in text and "Accuracy per day (2026-11-23 to 2026-11-23)" in text
