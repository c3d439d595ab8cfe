"""Review cards (one FSRS card per item key, with its due time) and the review log.

The card JSON is the scheduler's business; the store keeps it with its due time so
"what is due" is one indexed query. A card written by
:class:`tutor.learning.scheduler.ReviewScheduler` carries its last rating, review
time and the review time it started from; from these each write adds a review-log
row (item, rating, verdict, time). A review redone from the same starting state, as
when an appeal re-rates an answer, replaces its row rather than counting twice. A
card without a rating (seeded, or from elsewhere) logs nothing. Cards and log rows
belong to one learner: every function reads and writes only that learner's.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from tutor.store.backend import Connection
from tutor.store.codec import text_time, time_text

# The verdict behind each fsrs.Rating value (Again 1, Hard 2, Good 3), as the
# scheduler maps them (tests/store checks the two agree). Here so the store needs no fsrs.
VERDICTS = {3: "correct", 2: "close", 1: "incorrect"}


def get_card(db: Connection, learner: str, item_key: str) -> str | None:
    row = db.execute(
        "SELECT card FROM review_cards WHERE learner = ? AND item_key = ?", (learner, item_key)
    ).fetchone()
    return None if row is None else str(row[0])


def put_card(
    db: Connection, learner: str, item_key: str, card_json: str, due: datetime, log: str | None
) -> None:
    """Write the card and its review-log row (the caller's block makes them one transaction)."""
    db.execute(
        "INSERT INTO review_cards (learner, item_key, card, due) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (learner, item_key) DO UPDATE SET card = excluded.card, due = excluded.due",
        (learner, item_key, card_json, time_text(due)),
    )
    _log_review(db, learner, item_key, card_json, log)


def _log_review(
    db: Connection, learner: str, item_key: str, card_json: str, log_json: str | None
) -> None:
    """Add the card's review to the log, or replace the last one if redone from its state."""
    entry = _log_entry(card_json, log_json)
    if entry is None:
        return
    last = db.execute(
        "SELECT id, reviewed_from FROM review_log WHERE learner = ? AND item_key = ?"
        " ORDER BY id DESC LIMIT 1",
        (learner, item_key),
    ).fetchone()
    if last is not None and last[1] == entry[3]:
        db.execute(
            "UPDATE review_log SET verdict = ?, rating = ?, reviewed = ?, reviewed_from = ?,"
            " log = ? WHERE id = ?",
            (*entry, last[0]),
        )
    else:
        db.execute(
            "INSERT INTO review_log (verdict, rating, reviewed, reviewed_from, log, learner,"
            " item_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (*entry, learner, item_key),
        )


def _log_entry(card_json: str, log_json: str | None) -> tuple[Any, ...] | None:
    """(verdict, rating, reviewed, reviewed_from, log) from a rated card, else None."""
    card = _json_object(card_json)
    rating, reviewed, start = card.get("last_rating"), card.get("last_review"), None
    if rating not in VERDICTS or not isinstance(reviewed, str):
        return None
    if card.get("reviewed_from"):
        start = time_text(_time(str(card["reviewed_from"])))
    return (VERDICTS[rating], rating, time_text(_time(reviewed)), start, log_json)


def _json_object(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def due_cards(db: Connection, learner: str, now: datetime) -> list[tuple[str, datetime]]:
    rows = db.execute(
        "SELECT item_key, due FROM review_cards WHERE learner = ? AND due <= ?"
        " ORDER BY due, item_key",
        (learner, time_text(now)),
    )
    return [(str(key), _time(due)) for key, due in rows]


def next_due(db: Connection, learner: str, now: datetime) -> datetime | None:
    row = db.execute(
        "SELECT min(due) FROM review_cards WHERE learner = ? AND due > ?",
        (learner, time_text(now)),
    ).fetchone()
    return text_time(row[0])


def due_count(db: Connection, learner: str, now: datetime) -> int:
    row = db.execute(
        "SELECT count(*) FROM review_cards WHERE learner = ? AND due <= ?",
        (learner, time_text(now)),
    )
    return int(row.fetchone()[0])


def review_log(db: Connection, learner: str, item_key: str) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT item_key, rating, reviewed, verdict FROM review_log"
        " WHERE learner = ? AND item_key = ? ORDER BY id",
        (learner, item_key),
    )
    return [
        {"item_key": k, "rating": int(r), "reviewed": _time(t), "verdict": v} for k, r, t, v in rows
    ]


def _time(text: str) -> datetime:
    moment = text_time(text)
    assert moment is not None
    return moment
