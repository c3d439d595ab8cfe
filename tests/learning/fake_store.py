"""An in-memory stand-in for ProgressStore: the calls the learning engine makes.

It documents the store contract the quiz, review, appeals, stats and export code
relies on, and lets those tests run in milliseconds. The subprocess tests use the
real store.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import fsrs

from tutor.grading import Verdict
from tutor.learning.scheduler import ReviewScheduler, Scheduled


class FsrsScheduler(ReviewScheduler):
    """The real scheduler, keeping each review's log so tests can read the ratings."""

    def __init__(self) -> None:
        super().__init__()
        self.log: list[fsrs.ReviewLog] = []

    def review(
        self, card_json: str | None, verdict: Verdict | str, now: datetime, *, item_key: str = ""
    ) -> Scheduled:
        scheduled = super().review(card_json, verdict, now, item_key=item_key)
        self.log.append(fsrs.ReviewLog.from_json(scheduled.log_json))
        return scheduled


@dataclass
class FakeStats:
    total: int
    accuracy: float
    due: int
    by_pack: list[tuple[str, int, float]]
    by_tag: list[tuple[str, int, float]]
    by_skill: list[tuple[str, int, float]]
    by_day: list[tuple[str, float]]


@dataclass
class FakeStore:
    notices: list[str] = field(default_factory=list)
    sessions: list[dict[str, Any]] = field(default_factory=list)
    answers: list[dict[str, Any]] = field(default_factory=list)
    cards: dict[str, tuple[str, datetime]] = field(default_factory=dict)
    appeals: list[dict[str, Any]] = field(default_factory=list)
    states: dict[int, dict[str, Any]] = field(default_factory=dict)

    def start_session(
        self, kind: str, *, pack_id: str | None, started: datetime, meta: dict[str, Any]
    ) -> int:
        self.sessions.append(
            {
                "id": len(self.sessions) + 1,
                "kind": kind,
                "pack_id": pack_id,
                "started": started,
                "meta": meta,
            }
        )
        return len(self.sessions)

    def finish_session(self, session_id: int, ended: datetime) -> None:
        self.sessions[session_id - 1]["ended"] = ended

    def record_answer(self, **row: Any) -> int:
        row["id"] = len(self.answers) + 1
        self.answers.append(row)
        return int(row["id"])

    def get_review_card(self, item_key: str) -> str | None:
        return self.cards[item_key][0] if item_key in self.cards else None

    def put_review_card(
        self, item_key: str, card_json: str, due: datetime, *, log_json: str | None = None
    ) -> None:
        self.cards[item_key] = (card_json, due)

    def due_cards(self, now: datetime) -> list[tuple[str, datetime]]:
        due = [(k, d) for k, (_, d) in self.cards.items() if d <= now]
        return sorted(due, key=lambda kd: kd[1])

    def next_due(self, now: datetime) -> datetime | None:
        later = [d for _, d in self.cards.values() if d > now]
        return min(later) if later else None

    def due_count(self, now: datetime) -> int:
        return len(self.due_cards(now))

    def record_appeal(self, answer_id: int, reason: str | None, at: datetime) -> int:
        appeal_id = len(self.appeals) + 1
        self.appeals.append(
            {"appeal_id": appeal_id, "answer_id": answer_id, "reason": reason, "created": at}
        )
        self.answers[answer_id - 1]["appeal_reason"] = reason or ""
        return appeal_id

    def decide_appeal(self, appeal_id: int, accept: bool, note: str | None, at: datetime) -> bool:
        appeal = self.appeals[appeal_id - 1]
        appeal["status"] = "accepted" if accept else "refused"
        self.answers[appeal["answer_id"] - 1]["appealed"] = accept
        return True

    def list_appeals(self, pack_id: str | None = None) -> list[dict[str, Any]]:
        rows = [{**self.answers[a["answer_id"] - 1], **a} for a in self.appeals]
        return [r for r in rows if pack_id is None or r["pack_id"] == pack_id]

    def list_sessions(self) -> list[dict[str, Any]]:
        return self.sessions

    def session_answers(self, session_id: int) -> list[dict[str, Any]]:
        return [a for a in self.answers if a["session_id"] == session_id]

    def save_session_state(self, session_id: int, state: dict[str, Any]) -> None:
        self.states[session_id] = state

    def load_session_state(self, session_id: int) -> dict[str, Any] | None:
        return self.states.get(session_id)

    def stats(self, now: datetime) -> FakeStats:
        def table(key: str) -> list[tuple[str, int, float]]:
            groups: dict[str, list[float]] = defaultdict(list)
            for a in self.answers:
                for k in a[key] if isinstance(a[key], list) else [a[key]]:
                    groups[k].append(1.0 if a["verdict"] == "correct" else 0.0)
            return [(k, len(v), sum(v) / len(v)) for k, v in sorted(groups.items())]

        right = sum(a["verdict"] == "correct" for a in self.answers)
        total = len(self.answers)
        return FakeStats(
            total,
            right / total if total else 0.0,
            self.due_count(now),
            table("pack_id"),
            table("tags"),
            table("skill"),
            [("2025-11-01", 0.2), ("2025-11-02", 0.6), ("2025-11-03", 1.0)],
        )
