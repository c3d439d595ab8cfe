"""How values cross into SQLite: ISO-8601 UTC text for times, JSON for structures.

Times are written in one fixed-width form (``2026-11-23T13:05:01.000000+00:00``) so
text comparison in SQL orders them, and the first ten characters are the UTC day.
Naive datetimes are refused rather than guessed at.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any


def as_utc(moment: datetime) -> datetime:
    """``moment`` in UTC; a naive datetime is an error (its zone is unknown)."""
    if moment.tzinfo is None or moment.tzinfo.utcoffset(moment) is None:
        raise ValueError(f"a timezone-aware datetime is required, got naive {moment!r}")
    return moment.astimezone(UTC)


def time_text(moment: datetime) -> str:
    return as_utc(moment).isoformat(timespec="microseconds")


def text_time(text: str | None) -> datetime | None:
    if not text:
        return None
    parsed = datetime.fromisoformat(text)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def from_json(text: str | None, default: Any) -> Any:
    if not text:
        return default
    try:
        return json.loads(text)
    except ValueError:
        return default
