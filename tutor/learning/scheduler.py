"""Spaced repetition for review items, by FSRS (the ``fsrs`` package, v6).

The grader's verdict becomes an FSRS rating (correct → Good, close → Hard,
incorrect → Again); the item's card (JSON, as the store keeps it) is reviewed and
comes back with its next due time and the review log (its rating and the time it was
reviewed from also ride in the card JSON, for the store's log). Fuzzing is off and a new
card's id is derived from the item key, so the same answers at the same times always
give the same JSON. Times must be timezone-aware; they are converted to UTC.

A near miss is not penalised here by design: the session schedules an item once,
with its final verdict (a ``close`` first attempt followed by a right retry is one
Good review), and an appeal redoes the session's review from the card as it was.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

import fsrs

from tutor.grading import Verdict

RATINGS: dict[Verdict, fsrs.Rating] = {
    Verdict.CORRECT: fsrs.Rating.Good,
    Verdict.CLOSE: fsrs.Rating.Hard,
    Verdict.INCORRECT: fsrs.Rating.Again,
}


@dataclass(frozen=True)
class Scheduled:
    """A reviewed card: its JSON to store, when it is next due, the rating and the log."""

    card_json: str
    due: datetime
    rating: int
    log_json: str


def rating_for(verdict: Verdict | str) -> fsrs.Rating:
    """The FSRS rating a grader verdict earns."""
    return RATINGS[Verdict(verdict)]


def card_id_for(item_key: str) -> int:
    """A stable positive 63-bit card id for ``item_key`` (the same in every run)."""
    digest = hashlib.blake2b(item_key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1 or 1


def utc(moment: datetime) -> datetime:
    """``moment`` in UTC; a naive datetime is refused (FSRS needs real instants)."""
    if moment.tzinfo is None or moment.tzinfo.utcoffset(moment) is None:
        raise ValueError(f"review times must be timezone-aware, got naive {moment!r}")
    return moment.astimezone(UTC)


def card_text(card: fsrs.Card, rating: fsrs.Rating, before: datetime | None) -> str:
    """The card's JSON, plus the two facts the store's review log is built from.

    ``last_rating`` is this review's rating; ``reviewed_from`` the card's previous
    review time, so a review redone from the same state (after an appeal) replaces
    the first in the log. ``fsrs.Card.from_json`` ignores both keys.
    """
    data = {
        **card.to_dict(),
        "last_rating": int(rating),
        "reviewed_from": before.isoformat() if before else None,
    }
    return json.dumps(data)


class ReviewScheduler:
    """Review item cards with FSRS (no fuzzing: reproducible due dates)."""

    def __init__(self) -> None:
        self.scheduler = fsrs.Scheduler(enable_fuzzing=False)

    def review(
        self, card_json: str | None, verdict: Verdict | str, now: datetime, *, item_key: str = ""
    ) -> Scheduled:
        """Review the card (None or unreadable: a new card for ``item_key``) at ``now``."""
        now = utc(now)
        card = self.load_card(card_json, item_key, now)
        before = card.last_review
        rating = rating_for(verdict)
        card, log = self.scheduler.review_card(card, rating, now)
        return Scheduled(card_text(card, rating, before), utc(card.due), int(rating), log.to_json())

    @staticmethod
    def load_card(card_json: str | None, item_key: str, now: datetime) -> fsrs.Card:
        """The stored card, or a new one due ``now`` when there is none (or it is unreadable)."""
        if card_json:
            try:
                card = fsrs.Card.from_json(card_json)
                card.due = utc(card.due)
                card.last_review = utc(card.last_review) if card.last_review else None
            except (ValueError, KeyError, TypeError):
                pass  # a damaged card restarts rather than blocking the review
            else:
                return card
        return fsrs.Card(card_id=card_id_for(item_key), due=now)
