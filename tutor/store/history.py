"""Sessions, answers and appeals: what each learner did, row by row, as dicts.

Every function takes the learner the store was opened for and reads or writes that
learner's rows only, so two learners sharing one database never see each other's
sessions. Rows come back as plain dicts with tz-aware UTC datetimes, tags as lists
and JSON fields decoded; fields a caller passes beyond the known columns are kept in
``extra`` and returned merged in.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tutor.store.backend import Connection
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
    db: Connection, learner: str, kind: str, pack_id: str | None, started: datetime, meta: Any
) -> int:
    return db.insert(
        "INSERT INTO sessions (learner, kind, pack_id, started, meta) VALUES (?, ?, ?, ?, ?)",
        (learner, kind, pack_id, time_text(started), to_json(meta or {})),
    )


def update_session(db: Connection, learner: str, session_id: int, column: str, value: str) -> None:
    assert column in {"ended", "state"}
    cursor = db.execute(
        f"UPDATE sessions SET {column} = ? WHERE id = ? AND learner = ?",
        (value, session_id, learner),
    )
    if cursor.rowcount == 0:
        raise KeyError(f"no session {session_id} in the progress store")


def list_sessions(db: Connection, learner: str) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT id, kind, pack_id, started, ended, meta FROM sessions WHERE learner = ?"
        " ORDER BY id",
        (learner,),
    )
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


def load_state(db: Connection, learner: str, session_id: int) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT state FROM sessions WHERE id = ? AND learner = ?", (session_id, learner)
    ).fetchone()
    state = from_json(row[0], None) if row is not None else None
    return state if isinstance(state, dict) else None


def record_answer(db: Connection, learner: str, row: dict[str, Any]) -> int:
    """Insert one answer for ``learner``; unknown fields go to ``extra``."""
    missing = {"session_id", "item_key", "verdict", "answered"} - row.keys()
    if missing:
        raise TypeError(f"record_answer() missing {', '.join(sorted(missing))}")
    _check_session(db, learner, row["session_id"])
    values = {k: row[k] for k in ANSWER_COLUMNS if k in row}
    values["answered"] = time_text(row["answered"])
    values["tags"] = to_json(list(row.get("tags") or []))
    values["extra"] = to_json({k: v for k, v in row.items() if k not in ANSWER_COLUMNS})
    values["learner"] = learner
    names = ", ".join(values)
    marks = ", ".join("?" * len(values))
    return db.insert(f"INSERT INTO answers ({names}) VALUES ({marks})", tuple(values.values()))


def _check_session(db: Connection, learner: str, session_id: int) -> None:
    """A KeyError unless ``session_id`` is one of ``learner``'s sessions."""
    found = db.execute(
        "SELECT 1 FROM sessions WHERE id = ? AND learner = ?", (session_id, learner)
    ).fetchone()
    if found is None:
        raise KeyError(f"no session {session_id} in the progress store")


def answers_where(db: Connection, where: str, args: tuple[Any, ...]) -> list[dict[str, Any]]:
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


def record_appeal(
    db: Connection, learner: str, answer_id: int, reason: str | None, at: datetime
) -> int:
    """A pending appeal of one of ``learner``'s own answers; its id.

    The answer's score stands until an instructor accepts it; another learner's answer
    is refused.
    """
    owner = db.execute("SELECT learner FROM answers WHERE id = ?", (answer_id,)).fetchone()
    if owner is None or owner[0] != learner:
        raise KeyError(f"no answer {answer_id} in the progress store")
    return db.insert(
        "INSERT INTO appeals (answer_id, reason, created) VALUES (?, ?, ?)",
        (answer_id, reason, time_text(at)),
    )


def decide_appeal(
    db: Connection, appeal_id: int, status: str, note: str | None, at: datetime
) -> bool:
    """Accept or refuse a pending appeal (any learner's: the instructor decides).

    False when there is no such pending appeal.
    """
    cursor = db.execute(
        "UPDATE appeals SET status = ?, note = ?, decided = ? WHERE id = ? AND status = 'pending'",
        (status, note, time_text(at), appeal_id),
    )
    return cursor.rowcount == 1


def list_appeals(db: Connection, learner: str | None, pack_id: str | None) -> list[dict[str, Any]]:
    """Each appeal merged over its answer (so ``id`` is the answer's), oldest first.

    ``learner`` None lists every learner's (the instructor's view).
    """
    where, args = _appeal_filter(learner, pack_id)
    appeals = db.execute(
        "SELECT p.id, p.answer_id, p.reason, p.created, p.status, p.note FROM appeals p"
        f" JOIN answers a ON a.id = p.answer_id WHERE {where} ORDER BY p.id",
        args,
    ).fetchall()
    answers = {
        a["id"]: a
        for a in answers_where(db, f"a.id IN (SELECT answer_id FROM appeals) AND {where}", args)
    }
    return [
        {
            **answers[aid],
            "appeal_id": int(pid),
            "answer_id": aid,
            "reason": reason,
            "created": text_time(created),
            "status": status,
            "note": note or "",
        }
        for pid, aid, reason, created, status, note in appeals
    ]


def _appeal_filter(learner: str | None, pack_id: str | None) -> tuple[str, tuple[Any, ...]]:
    clauses, args = ["1 = 1"], []
    if learner is not None:
        clauses.append("a.learner = ?")
        args.append(learner)
    if pack_id is not None:
        clauses.append("a.pack_id = ?")
        args.append(pack_id)
    return " AND ".join(clauses), tuple(args)
