"""Problems found in a pack, located in the file, and the two ways to print them.

Checks work on the parsed document and say *what* is wrong and *where in the
document* (a JSON pointer such as ``/motions/0/arguments/3/claim``): that is a
:class:`Problem`. An author needs the place in the file, so :func:`locate` turns
problems into :class:`Diagnostic` objects carrying line and column too. The text
reporter prints one line per diagnostic in the ``file:line:col:`` form editors and
CI understand; the JSON reporter prints a list of objects with stable keys.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from tutor.packs.positions import PositionIndex
from tutor.text import clean

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """What is wrong and where in the document, before it is placed in the file."""

    pointer: str
    message: str
    hint: str | None = None
    severity: Severity = "error"
    at_key: bool = False
    """Point at the key named by the pointer's last part rather than at its value."""


@dataclass(frozen=True)
class Diagnostic:
    """One problem in one file, with its line and column (both from 1)."""

    path: Path
    line: int
    column: int
    pointer: str
    message: str
    hint: str | None = None
    severity: Severity = "error"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def to_dict(self) -> dict[str, Any]:
        """The diagnostic as the JSON reporter writes it (stable keys, text made printable)."""
        return {
            "path": clean(str(self.path)),
            "line": self.line,
            "column": self.column,
            "pointer": clean(self.pointer),
            "severity": self.severity,
            "message": clean(self.message),
            "hint": None if self.hint is None else clean(self.hint),
        }


def locate(path: Path, text: str, problems: Iterable[Problem]) -> list[Diagnostic]:
    """Place problems in the file's text; the position index is built only if needed."""
    problems = list(problems)
    if not problems:
        return []
    index = PositionIndex(text)
    found = [_place(path, index, p) for p in problems]
    return sorted(found, key=lambda d: (d.line, d.column))


def _place(path: Path, index: PositionIndex, problem: Problem) -> Diagnostic:
    line, column = index.locate(problem.pointer, at_key=problem.at_key)
    return Diagnostic(
        path, line, column, problem.pointer, problem.message, problem.hint, problem.severity
    )


def at_start(path: Path, message: str, hint: str | None = None) -> Diagnostic:
    """A problem with the file as a whole (empty, too big, unreadable...)."""
    return Diagnostic(path, 1, 1, "", message, hint)


def format_text(diagnostic: Diagnostic, shown_path: str | None = None) -> str:
    """``file:line:col: error: /pointer: message (hint: ...)``, safe for a terminal."""
    where = shown_path if shown_path is not None else str(diagnostic.path)
    parts = [f"{where}:{diagnostic.line}:{diagnostic.column}: {diagnostic.severity}: "]
    if diagnostic.pointer:
        parts.append(f"{diagnostic.pointer}: ")
    parts.append(diagnostic.message)
    if diagnostic.hint:
        parts.append(f" (hint: {diagnostic.hint})")
    return clean("".join(parts)).replace("\n", " ")


def report_text(diagnostics: Sequence[Diagnostic]) -> str:
    """Every diagnostic on its own line."""
    return "".join(format_text(d) + "\n" for d in diagnostics)


def report_json(diagnostics: Sequence[Diagnostic]) -> str:
    """A JSON list of diagnostic objects, for editors and CI."""
    return json.dumps([d.to_dict() for d in diagnostics], indent=2, ensure_ascii=False) + "\n"
