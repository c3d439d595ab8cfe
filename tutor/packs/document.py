"""Read a pack file into a JSON document, refusing what an author never means.

JSON parsers are lenient where authors need strictness and terse where they need
help. Here: a size limit (5 MB), UTF-8 only (a byte-order mark is tolerated with a
warning), no empty file, syntax errors with line, column and the line itself, no
NaN or Infinity, no absurd nesting, one object at the top, and no key repeated in an
object (JSON lets the second copy silently win).
"""

from __future__ import annotations

import codecs
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tutor.packs.diagnostics import Diagnostic, Problem
from tutor.packs.positions import PositionIndex

MAX_PACK_BYTES = 5 * 1024 * 1024
"""Pack files larger than this (5 MB) are refused unread."""

_SYNTAX = {
    "Expecting ',' delimiter": "a comma is missing between two items",
    "Expecting ':' delimiter": "a colon ':' is missing after a key",
    "Expecting property name enclosed in double quotes": (
        "expected a key in double quotes here (JSON allows no comma before '}')"
    ),
    "Expecting value": "expected a value here (JSON allows no comma before ']' or '}')",
    "Unterminated string starting at": "this text has no closing double quote",
    "Invalid control character at": "a line break or tab inside text must be written \\n or \\t",
    "Invalid \\escape": "a backslash starts an unknown escape; write \\\\ for a backslash",
    "Extra data": "there is more after the end of the pack's object",
}


@dataclass
class Document:
    """A parsed pack file: its text, its data and the problems found so far."""

    path: Path
    text: str
    data: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)


MAX_NUMBER_CHARS = 40
"""A number written with more characters than this is refused (no pack needs one)."""


class _BadConstant(ValueError):
    pass


class _BadNumber(ValueError):
    pass


def read_document(path: Path, max_bytes: int = MAX_PACK_BYTES) -> Document | list[Diagnostic]:
    """The parsed document, or why the file is not one. Raises OSError if unreadable."""
    size = path.stat().st_size
    if size > max_bytes:
        message = f"the file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit"
        return [Diagnostic(path, 1, 1, "", message, "split the pack into smaller packs")]
    raw = path.read_bytes()
    problems: list[Problem] = []
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
        hint = "save the file as UTF-8 without BOM"
        problems.append(
            Problem("", "the file starts with a byte-order mark (BOM)", hint, "warning")
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [_not_utf8(path, raw, exc)]
    return parse_text(path, text, problems)


def parse_text(path: Path, text: str, problems: list[Problem]) -> Document | list[Diagnostic]:
    """Parse pack text; syntax problems come back as located diagnostics."""
    if not text.strip():
        hint = 'a pack is one JSON object: { "format": 1, ... }'
        return [Diagnostic(path, 1, 1, "", "the file is empty", hint)]
    repeated: list[bool] = []
    try:
        data = json.loads(
            text,
            object_pairs_hook=_pairs_hook(repeated),
            parse_constant=_bad_constant,
            parse_int=_checked_int,
            parse_float=_checked_float,
        )
    except json.JSONDecodeError as exc:
        return [_syntax(path, text, exc)]
    except _BadConstant as exc:
        return [_constant(path, text, str(exc))]
    except _BadNumber as exc:
        return [_number(path, text, str(exc))]
    except RecursionError:
        message = "lists or objects are nested far too deeply"
        return [Diagnostic(path, 1, 1, "", message, "a pack nests about ten levels deep")]
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else "a single value"
        message = f"the file must hold one JSON object {{ ... }}, but it holds {kind}"
        return [Diagnostic(path, 1, 1, "", message)]
    if repeated:
        problems += _duplicates(text)
    return Document(path, text, data, problems)


def _pairs_hook(repeated: list[bool]) -> Any:
    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            repeated.append(True)
        return result

    return hook


def _bad_constant(name: str) -> Any:
    raise _BadConstant(name)


def _checked_int(literal: str) -> int:
    if len(literal) > MAX_NUMBER_CHARS:
        raise _BadNumber(literal)
    return int(literal)


def _checked_float(literal: str) -> float:
    value = float(literal)
    if len(literal) > MAX_NUMBER_CHARS or math.isinf(value):
        raise _BadNumber(literal)
    return value


def _duplicates(text: str) -> list[Problem]:
    found = PositionIndex(text).duplicates
    return [
        Problem(
            where,
            f"the key '{_last(where)}' appears twice in this object",
            "JSON would silently keep only the last one; remove or rename one",
            at_key=True,
        )
        for where, _ in found
    ]


def _last(where: str) -> str:
    return where.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")


def _syntax(path: Path, text: str, exc: json.JSONDecodeError) -> Diagnostic:
    """The syntax error, placed where an author would fix it."""
    message = _SYNTAX.get(exc.msg, exc.msg)
    offset = exc.pos
    before = text[:offset].rstrip()
    if exc.msg == "Expecting ',' delimiter" and "\n" in text[len(before) : offset]:
        offset = len(before)  # the comma belongs at the end of the previous line
    elif (
        exc.msg.startswith("Expecting")
        and before.endswith(",")
        and text[offset : offset + 1] in ("]", "}")
    ):
        offset = len(before) - 1
        message = f"a comma just before '{text[exc.pos]}' is not allowed in JSON"
    line, column = _line_column(text, offset)
    lines = text.splitlines()
    shown = lines[line - 1].strip() if line <= len(lines) else ""  # "[\n": line 2 is empty
    hint = f"line {line} reads: {shown[:120]}" if shown else None
    return Diagnostic(path, line, column, "", f"invalid JSON: {message}", hint)


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def _constant(path: Path, text: str, name: str) -> Diagnostic:
    match = re.search(rf"(?<![\w\"]){name}", text)
    line, column = _line_column(text, match.start() if match else 0)
    message = f"invalid JSON: {name} is not a number JSON allows"
    return Diagnostic(path, line, column, "", message, "write a finite number")


def _number(path: Path, text: str, literal: str) -> Diagnostic:
    where = text.find(literal)
    line, column = _line_column(text, max(where, 0))
    shown = literal if len(literal) <= 20 else f"{literal[:12]}… ({len(literal)} characters)"
    message = f"invalid JSON: the number {shown} is too long or too large"
    return Diagnostic(path, line, column, "", message, "write a number of everyday size")


def _not_utf8(path: Path, raw: bytes, exc: UnicodeDecodeError) -> Diagnostic:
    line_start = raw.rfind(b"\n", 0, exc.start) + 1
    line = raw.count(b"\n", 0, exc.start) + 1
    column = len(raw[line_start : exc.start].decode("utf-8", "replace")) + 1
    byte = raw[exc.start]
    message = f"the file is not UTF-8 text: byte 0x{byte:02X} cannot be read"
    return Diagnostic(path, line, column, "", message, "save the file with the UTF-8 encoding")
