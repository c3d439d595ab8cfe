"""Transcripts and results out of the store: Markdown, JSON and CSV.

Markdown gives one transcript per session (with the flow sheet when the session
state holds one under ``"flow"``), JSON the same data for tools, and CSV one row per
answer for a gradebook: session, item, verdict, score and the score corrected by
appeals.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from tutor.reports.rows import field as get
from tutor.text import clean

CSV_COLUMNS = (
    "session",
    "kind",
    "pack",
    "started",
    "item_key",
    "item",
    "response",
    "verdict",
    "score",
    "corrected_score",
    "appealed",
    "appeal_reason",
)


@dataclass(frozen=True)
class AnswerRecord:
    item_key: str
    item: str
    response: str
    verdict: str
    score: float
    corrected_score: float
    feedback: str
    attempt: int
    appealed: bool
    appeal_reason: str


@dataclass(frozen=True)
class SessionRecord:
    session: int
    kind: str
    pack: str
    started: str
    answers: list[AnswerRecord]
    flow: list[Any] = field(default_factory=list)


def _answer(row: Any) -> AnswerRecord:
    score = float(get(row, "score", 0.0) or 0.0)
    appealed = bool(get(row, "appealed", False))
    corrected = get(row, "corrected_score", None)
    prompt = clean(str(get(row, "prompt", "") or ""))
    return AnswerRecord(
        item_key=str(get(row, "item_key", "")),
        item=prompt.splitlines()[0] if prompt else "",
        response=clean(str(get(row, "response", "") or "")),
        verdict=str(get(row, "verdict", "")),
        score=score,
        corrected_score=float(corrected) if corrected is not None else (1.0 if appealed else score),
        feedback=clean(str(get(row, "feedback", "") or "")),
        attempt=int(get(row, "attempt", 1) or 1),
        appealed=appealed,
        appeal_reason=clean(str(get(row, "appeal_reason", "") or "")),
    )


def collect(store: Any, session_id: int | None = None) -> list[SessionRecord]:
    """Sessions (one, or all) with their answers and flow sheets."""
    sessions = store.list_sessions()
    records = []
    for s in sessions:
        sid = int(get(s, "id", get(s, "session_id", 0)))
        if session_id is not None and sid != session_id:
            continue
        state = store.load_session_state(sid) or {}
        flow = state.get("flow", []) if isinstance(state, dict) else []
        started = get(s, "started", "")
        records.append(
            SessionRecord(
                session=sid,
                kind=str(get(s, "kind", "")),
                pack=str(get(s, "pack_id", "") or ""),
                started=started.isoformat()
                if hasattr(started, "isoformat")
                else str(started or ""),
                answers=[_answer(a) for a in store.session_answers(sid)],
                flow=list(flow) if isinstance(flow, list) else [],
            )
        )
    return records


def _cell(value: Any) -> str:
    return clean(str(value)).replace("|", "\\|").replace("\n", " ")


def flow_table(flow: list[Any]) -> list[str]:
    """The flow sheet as a Markdown table (rows are mappings or sequences)."""
    if not flow:
        return []
    if all(isinstance(r, dict) for r in flow):
        columns = list(dict.fromkeys(k for r in flow for k in r))
        rows = [[r.get(c, "") for c in columns] for r in flow]
    else:
        rows = [list(r) if isinstance(r, list | tuple) else [r] for r in flow]
        columns = [f"col {i + 1}" for i in range(max(len(r) for r in rows))]
    lines = ["| " + " | ".join(_cell(c) for c in columns) + " |", "|" + "---|" * len(columns)]
    for r in rows:
        padded = [*r, *[""] * (len(columns) - len(r))]
        lines.append("| " + " | ".join(_cell(v) for v in padded) + " |")
    return lines


def to_markdown(records: list[SessionRecord]) -> str:
    lines: list[str] = []
    for rec in records:
        right = sum(a.corrected_score for a in rec.answers)
        lines += [
            f"# Session {rec.session}: {rec.kind} {clean(rec.pack)}".rstrip(),
            "",
            f"Started {rec.started}. {len(rec.answers)} answer(s), "
            f"score {right:.1f} of {len(rec.answers)} after appeals.",
            "",
        ]
        for n, a in enumerate(rec.answers, 1):
            retry = " (retry)" if a.attempt > 1 else ""
            lines += [
                f"## {n}. {a.item}{retry}",
                "",
                f"- Answer: {a.response}",
                f"- Verdict: {a.verdict} ({a.score:.0%}) {a.feedback}".rstrip(),
            ]
            if a.appealed:
                reason = f": {a.appeal_reason}" if a.appeal_reason else ""
                lines.append(
                    f"- Appeal accepted (score corrected to {a.corrected_score:.0%}){reason}"
                )
            lines.append("")
        if rec.flow:
            lines += ["## Flow sheet", "", *flow_table(rec.flow), ""]
    return "\n".join(lines) if lines else "No sessions recorded.\n"


def to_json(records: list[SessionRecord]) -> str:
    return (
        json.dumps([asdict(r) for r in records], indent=2, ensure_ascii=False, default=str) + "\n"
    )


def to_csv(records: list[SessionRecord]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for rec in records:
        for a in rec.answers:
            writer.writerow(
                [
                    rec.session,
                    rec.kind,
                    rec.pack,
                    rec.started,
                    a.item_key,
                    a.item,
                    a.response,
                    a.verdict,
                    f"{a.score:.2f}",
                    f"{a.corrected_score:.2f}",
                    "yes" if a.appealed else "no",
                    a.appeal_reason,
                ]
            )
    return out.getvalue()


FORMATS = {"md": to_markdown, "json": to_json, "csv": to_csv}


def export(store: Any, fmt: str, session_id: int | None = None) -> str:
    """The export of one session or all, in ``fmt`` (md, json or csv)."""
    return FORMATS[fmt](collect(store, session_id))


def export_session_markdown(store: Any, session_id: int, out_dir: Path) -> Path:
    """Write one session's Markdown transcript into ``out_dir``; returns the file."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"session-{session_id}.md"
    path.write_text(export(store, "md", session_id), encoding="utf-8")
    return path
