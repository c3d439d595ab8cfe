"""Sessions, answers and appeals: what the learner did, row by row, as dicts.

Every write is one autocommit statement (or one short transaction), so an answer is
committed when :func:`record_answer` returns. Rows come back as plain dicts with
tz-aware UTC datetimes, tags as lists and JSON fields decoded; fields a caller
passes beyond the known columns are kept in ``extra`` and returned merged in.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any

from tutor.store.codec import from_json, text_time, time_text, to_json

ANSWER_COLUMNS = (
    "session_id", "item_key", "pack_id", "skill", "tags", "prompt", "response",
    "verdict", "score", "feedback", "attempt", "answered",
)  # fmt: skip
ANSWER_SELECT = (
    "SELECT a.*, (SELECT reason FROM appeals p WHERE p.answer_id = a.id ORDER BY p.id DESC"
    " LIMIT 1) AS appeal_reason, EXISTS (SELECT 1 FROM appeals p WHERE p.answer_id = a.id"
    " AND p.status = 'accepted') AS appealed FROM answers a"
)


def start_session(
    db: sqlite3.Connection, kind: str, pack_id: str | None, started: datetime, meta: Any
) -> int:
    cursor = db.execute(
        "INSERT INTO sessions (kind, pack_id, started, meta) VALUES (?, ?, ?, ?)",
        (kind, pack_id, time_text(started), to_json(meta or {})),
    )
    return int(cursor.lastrowid or 0)


def update_session(db: sqlite3.Connection, session_id: int, column: str, value: str) -> None:
    assert column in {"ended", "state"}
    cursor = db.execute(f"UPDATE sessions SET {column} = ? WHERE id = ?", (value, session_id))
    if cursor.rowcount == 0:
        raise KeyError(f"no session {session_id} in the progress store")


def list_sessions(db: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = db.execute("SELECT id, kind, pack_id, started, ended, meta FROM sessions ORDER BY id")
    return [
        {
            "id": int(sid),
            "kind": kind,
            "pack_id": pack_id,
            "started": text_time(started),
            "ended": text_time(ended),
            "meta": from_json(meta, {}),
        }
        for sid, kind, pack_id, started, ended, meta in rows
    ]


def load_state(db: sqlite3.Connection, session_id: int) -> dict[str, Any] | None:
    row = db.execute("SELECT state FROM sessions WHERE id = ?", (session_id,)).fetchone()
    state = from_json(row[0], None) if row is not None else None
    return state if isinstance(state, dict) else None


def record_answer(db: sqlite3.Connection, row: dict[str, Any]) -> int:
    """Insert one answer (committed on return); unknown fields go to ``extra``."""
    missing = {"session_id", "item_key", "verdict", "answered"} - row.keys()
    if missing:
        raise TypeError(f"record_answer() missing {', '.join(sorted(missing))}")
    values = {k: row[k] for k in ANSWER_COLUMNS if k in row}
    values["answered"] = time_text(row["answered"])
    values["tags"] = to_json(list(row.get("tags") or []))
    values["extra"] = to_json({k: v for k, v in row.items() if k not in ANSWER_COLUMNS})
    names = ", ".join(values)
    marks = ", ".join("?" * len(values))
    cursor = db.execute(f"INSERT INTO answers ({names}) VALUES ({marks})", tuple(values.values()))
    return int(cursor.lastrowid or 0)


def answers_where(
    db: sqlite3.Connection, where: str, args: tuple[Any, ...]
) -> list[dict[str, Any]]:
    cursor = db.execute(f"{ANSWER_SELECT} WHERE {where} ORDER BY a.id", args)
    names = [d[0] for d in cursor.description]
    return [_answer(dict(zip(names, values, strict=True))) for values in cursor]


def _answer(raw: dict[str, Any]) -> dict[str, Any]:
    extra = from_json(raw.pop("extra"), {})
    appealed = bool(raw["appealed"])
    return {
        **(extra if isinstance(extra, dict) else {}),
        **raw,
        "tags": from_json(raw["tags"], []),
        "answered": text_time(raw["answered"]),
        "appealed": appealed,
        "appeal_reason": raw["appeal_reason"] or "",
        "corrected_score": 1.0 if appealed else float(raw["score"]),
    }


def record_appeal(db: sqlite3.Connection, answer_id: int, reason: str | None, at: datetime) -> int:
    """A pending appeal of the answer; its id. The answer's score stands until accepted."""
    cursor = db.execute(
        "INSERT INTO appeals (answer_id, reason, created) VALUES (?, ?, ?)",
        (answer_id, reason, time_text(at)),
    )
    return int(cursor.lastrowid or 0)


def decide_appeal(
    db: sqlite3.Connection, appeal_id: int, status: str, note: str | None, at: datetime
) -> bool:
    """Accept or refuse a pending appeal; False when there is no such pending appeal."""
    cursor = db.execute(
        "UPDATE appeals SET status = ?, note = ?, decided = ? WHERE id = ? AND status = 'pending'",
        (status, note, time_text(at), appeal_id),
    )
    return cursor.rowcount == 1


def list_appeals(db: sqlite3.Connection, pack_id: str | None) -> list[dict[str, Any]]:
    """Each appeal merged over its answer (so ``id`` is the answer's), oldest first."""
    sql = (
        "SELECT p.id, p.answer_id, p.reason, p.created, p.status, p.note"
        " FROM appeals p JOIN answers a ON a.id = p.answer_id"
    )
    args: tuple[Any, ...] = ()
    if pack_id is not None:
        sql, args = sql + " WHERE a.pack_id = ?", (pack_id,)
    appeals = db.execute(sql + " ORDER BY p.id", args).fetchall()
    answers = {a["id"]: a for a in answers_where(db, "a.id IN (SELECT answer_id FROM appeals)", ())}
    return [
        {
            **answers[aid],
            "appeal_id": pid,
            "answer_id": aid,
            "reason": reason,
            "created": text_time(created),
            "status": status,
            "note": note or "",
        }
        for pid, aid, reason, created, status, note in appeals
    ]
