"""Turning the raw bytes of one batch line into text, or saying why it cannot be.

``tutor grade --jsonl`` reads bytes, not text: a file with one line in Latin-1 or a
stray ``\\r`` must not stop (or split) the batch. Lines are split on ``\\n`` only (a
``\\r\\n`` ending leaves a ``\\r`` JSON treats as space); each line is decoded alone, so
a bad one costs only itself.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from typing import IO


class BadLine(ValueError):
    """A line that is not text the batch can read (empty, not UTF-8)."""


def split_lines(source: IO[bytes]) -> Iterator[bytes]:
    """The lines of ``source`` split on ``\\n`` only, without it (a last unended line too)."""
    for line in source:
        yield line.removesuffix(b"\n")


def decode_line(line: bytes | str, number: int) -> str:
    """The line as text; raises :class:`BadLine` for an empty or non-UTF-8 line."""
    if isinstance(line, bytes):
        line = _utf8(line.removeprefix(codecs.BOM_UTF8) if number == 1 else line)
    if not line.strip():
        raise BadLine("the line is empty (each line must be one JSON object)")
    return line


def _utf8(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        message = f"the line is not UTF-8 text (byte 0x{raw[exc.start]:02X} at offset {exc.start})"
        raise BadLine(message) from None
