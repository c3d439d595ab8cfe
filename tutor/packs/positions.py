"""Where each value of a JSON document sits in its text: JSON pointer -> line:column.

``json.loads`` forgets positions, and authors need them. This scanner walks the
tokens of an already-parsed (so well-formed) document with one regular expression,
keeping a stack of open objects and arrays, and records the offset of every value and
every key under its JSON pointer. It works on tokens rather than characters, so a
300 KB pack takes a few milliseconds; it runs only when there is a problem to place.
It also notices keys repeated within one object, which ``json`` silently accepts.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field

_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:"]+', re.DOTALL)


def escape(part: str) -> str:
    """One reference token of a JSON pointer (RFC 6901)."""
    return part.replace("~", "~0").replace("/", "~1")


def pointer(*parts: str | int) -> str:
    return "".join("/" + escape(str(p)) for p in parts)


@dataclass
class _Frame:
    pointer: str
    is_object: bool
    index: int = 0
    key: str | None = None
    keys: set[str] = field(default_factory=set)

    def child(self) -> str:
        part = self.key if self.is_object else str(self.index)
        return f"{self.pointer}/{escape(part or '')}"


class PositionIndex:
    """Offsets of values and keys by JSON pointer, and line:column lookups."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.values: dict[str, int] = {}
        self.keys: dict[str, int] = {}
        self.duplicates: list[tuple[str, int]] = []
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._scan()

    def _scan(self) -> None:
        stack: list[_Frame] = []
        expecting_key = False
        for match in _TOKEN.finditer(self.text):
            token, offset = match.group(), match.start()
            if token in ",:":
                expecting_key = token == "," and bool(stack) and stack[-1].is_object
                if token == "," and stack and not stack[-1].is_object:
                    stack[-1].index += 1
            elif token in "}]":
                stack.pop()
                expecting_key = False
            elif expecting_key:
                self._key(stack[-1], token, offset)
                expecting_key = False
            else:
                here = stack[-1].child() if stack else ""
                self.values.setdefault(here, offset)
                if token in "{[":
                    stack.append(_Frame(here, token == "{"))
                    expecting_key = token == "{"

    def _key(self, frame: _Frame, token: str, offset: int) -> None:
        name = json.loads(token) if "\\" in token else token[1:-1]
        frame.key = name
        where = frame.child()
        if name in frame.keys:
            self.duplicates.append((where, offset))
        frame.keys.add(name)
        self.keys.setdefault(where, offset)

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of an offset."""
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def locate(self, target: str, at_key: bool = False) -> tuple[int, int]:
        """Where ``target`` is; failing that, its nearest ancestor that exists."""
        if at_key and target in self.keys:
            return self.line_column(self.keys[target])
        probe = target
        while probe:
            if probe in self.values:
                return self.line_column(self.values[probe])
            probe = probe.rsplit("/", 1)[0]
        return self.line_column(self.values.get("", 0))
