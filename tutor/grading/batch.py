"""The JSONL batch contract behind ``tutor grade --jsonl``.

Input, one object per line: ``{"id", "answer", "accept", "reject"?}`` or
``{"id", "answer", "keypoints": [{"text", "cues"}]}``. Output, one line per input
line, same order: ``{"id", "verdict", "score"}`` plus ``"covered"`` for key-point
lines, or ``{"id", "line", "error"}`` for a line that could not be graded. Blank
lines are skipped. Kept here, not in the command, so it is testable without a CLI.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from tutor.grading.batch_lines import decode_line
from tutor.grading.keypoints import grade_keypoints
from tutor.grading.result import KeyPoint
from tutor.grading.short_answer import grade_short

MAX_SHORT_ANSWER_CHARS = 1_000
"""A short answer longer than this is refused (matching it costs seconds, and it is no
short answer); free-text answers are cut by the grader itself."""
MAX_ITEMS = 50
"""At most this many accepted answers, known wrong answers, key points or cues."""
MAX_ITEM_CHARS = 200
"""An accepted or known wrong answer, or a cue, is at most this long (key points: 5x)."""
MAX_INT_DIGITS = 100
"""Longer integers are refused unread (Python's own limit is 4,300 digits, slowly)."""


class LineError(ValueError):
    """A line that does not follow the contract."""


def grade_lines(lines: Iterable[bytes], out: IO[str]) -> int:
    """Grade every line, write one result line each; returns how many lines were bad."""
    bad = 0
    for number, line in enumerate(lines, start=1):
        record = grade_line(line, number)
        bad += "error" in record
        out.write(_dumps(record) + "\n")
    return bad


def grade_line(line: bytes | str, number: int) -> dict[str, Any]:
    """The output record for one input line (an error record if the line is bad)."""
    row: Any = None
    try:
        row = json.loads(decode_line(line, number), parse_int=_short_int)
        return _grade_row(row)
    except json.JSONDecodeError as exc:
        return _error(row, number, f"invalid JSON: {exc}")
    except RecursionError:
        return _error(row, number, "the JSON nests far too deeply")
    except (LineError, ValueError, TypeError) as exc:
        return _error(row, number, str(exc))
    except Exception as exc:  # one line must never end the batch
        return _error(row, number, f"could not grade this line ({type(exc).__name__}: {exc})")


def _short_int(text: str) -> int:
    if len(text) > MAX_INT_DIGITS:
        raise LineError(f"a number in the line has {len(text)} digits (at most {MAX_INT_DIGITS})")
    return int(text)


def _error(row: Any, number: int, message: str) -> dict[str, Any]:
    ident = row.get("id") if isinstance(row, dict) else None
    return {"id": ident if isinstance(ident, str) else None, "line": number, "error": message}


def _dumps(record: dict[str, Any]) -> str:
    """One JSON line; text that cannot be written as UTF-8 (lone surrogates) is escaped."""
    text = json.dumps(record, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(record)
    return text


def _grade_row(row: Any) -> dict[str, Any]:
    if not isinstance(row, dict):
        raise LineError("a line must be a JSON object")
    ident, answer = _string(row, "id"), _string(row, "answer")
    if "keypoints" in row:
        result = grade_keypoints(answer, _keypoints(row["keypoints"]))
        covered = [k.covered for k in result.keypoints]
        return {"id": ident, "verdict": result.verdict.value, "score": round(result.score, 4),
                "covered": covered}  # fmt: skip
    if len(answer) > MAX_SHORT_ANSWER_CHARS:
        raise LineError(f"'answer' is over {MAX_SHORT_ANSWER_CHARS} characters for a short answer")
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
    _check_sizes(key, value, MAX_ITEM_CHARS)
    return value


def _check_sizes(key: str, items: list[Any], max_chars: int) -> None:
    if len(items) > MAX_ITEMS:
        raise LineError(f"{key!r} has {len(items)} items (at most {MAX_ITEMS})")
    if any(isinstance(i, str) and len(i) > max_chars for i in items):
        raise LineError(f"an item of {key!r} is over {max_chars} characters")


def _keypoints(value: Any) -> list[KeyPoint]:
    if not isinstance(value, list) or not value:
        raise LineError("'keypoints' must be a non-empty list")
    _check_sizes("keypoints", [i.get("text") if isinstance(i, dict) else i for i in value],
                 5 * MAX_ITEM_CHARS)  # fmt: skip
    out = []
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise LineError("each key point needs a 'text' string")
        cues = item.get("cues", [])
        if not isinstance(cues, list) or not all(isinstance(c, str) for c in cues):
            raise LineError("'cues' must be a list of strings")
        _check_sizes("cues", cues, MAX_ITEM_CHARS)
        out.append(KeyPoint(item["text"], tuple(cues)))
    return out
