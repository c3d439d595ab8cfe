"""Shared pieces for the store tests: a fixed clock and a one-line answer writer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from tutor.store import ProgressStore

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def answer(store: ProgressStore, session_id: int, **fields: Any) -> int:
    """Record an answer with sensible defaults; ``fields`` override them."""
    row: dict[str, Any] = {
        "session_id": session_id,
        "item_key": "usfk:question:q1",
        "pack_id": "usfk",
        "skill": "facts",
        "tags": ["alliance"],
        "prompt": "How many US troops are in Korea?",
        "response": "28,500",
        "verdict": "correct",
        "score": 1.0,
        "feedback": "",
        "attempt": 1,
        "answered": NOW,
    }
    row.update(fields)
    return store.record_answer(**row)


def session(store: ProgressStore, kind: str = "quiz", pack_id: str | None = "usfk") -> int:
    return store.start_session(kind, pack_id=pack_id, started=NOW, meta={"n": 1})
