"""The JSONL batch contract behind ``tutor grade --jsonl``.

Input, one object per line: ``{"id", "answer", "accept", "reject"?}`` or
``{"id", "answer", "keypoints": [{"text", "cues"?, "examples"?}], "opposing"?,
"shown"?}`` (``opposing``: the opponent's claim the answer rebuts; ``shown``: texts the
tutor showed). Output, one line per input line, same order: ``{"id", "verdict",
"score"}`` plus ``"covered"`` (bool per point) and ``"stance"`` (asserted, denied,
conceded or absent per point) for key-point lines, or ``{"id", "line", "error"}`` for a
line that could not be graded. Blank lines are skipped. Kept here, not in the command,
so it is testable without a CLI.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from tutor.grading.keypoints import grade_keypoints
from tutor.grading.result import KeyPoint
from tutor.grading.short_answer import grade_short


class LineError(ValueError):
    """A line that does not follow the contract."""


def grade_lines(lines: Iterable[str], out: IO[str]) -> int:
    """Grade every line, write one result line each; returns how many lines were bad."""
    bad = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        record = grade_line(line, number)
        bad += "error" in record
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return bad


def grade_line(line: str, number: int) -> dict[str, Any]:
    """The output record for one input line (an error record if the line is bad)."""
    row: Any = None
    try:
        row = json.loads(line)
        return _grade_row(row)
    except (LineError, ValueError, TypeError) as exc:
        ident = row.get("id") if isinstance(row, dict) else None
        return {"id": ident if isinstance(ident, str) else None, "line": number, "error": str(exc)}


def _grade_row(row: Any) -> dict[str, Any]:
    if not isinstance(row, dict):
        raise LineError("a line must be a JSON object")
    ident, answer = _string(row, "id"), _string(row, "answer")
    if "keypoints" in row:
        opposing = row.get("opposing", "")
        if not isinstance(opposing, str):
            raise LineError("'opposing' must be a string")
        shown = _strings(row, "shown", required=False)
        result = grade_keypoints(
            answer, _keypoints(row["keypoints"]), shown=shown, opposing=opposing
        )
        return {"id": ident, "verdict": result.verdict.value, "score": round(result.score, 4),
                "covered": [k.covered for k in result.keypoints],
                "stance": [k.stance.value for k in result.keypoints]}  # fmt: skip
    accept = _strings(row, "accept", required=True)
    result = grade_short(answer, accept, _strings(row, "reject", required=False))
    return {"id": ident, "verdict": result.verdict.value, "score": round(result.score, 4)}


def _string(row: dict[str, Any], key: str) -> str:
    value = row.get(key)
    if not isinstance(value, str):
        raise LineError(f"{key!r} must be a string")
    return value


def _strings(row: dict[str, Any], key: str, required: bool) -> list[str]:
    value = row.get(key, None if required else [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LineError(f"{key!r} must be a list of strings")
    if required and not value:
        raise LineError(f"{key!r} must not be empty")
    return value


def _keypoints(value: Any) -> list[KeyPoint]:
    if not isinstance(value, list) or not value:
        raise LineError("'keypoints' must be a non-empty list")
    out = []
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise LineError("each key point needs a 'text' string")
        cues, examples = _strings(item, "cues", False), _strings(item, "examples", False)
        out.append(KeyPoint(item["text"], tuple(cues), examples=tuple(examples)))
    return out
