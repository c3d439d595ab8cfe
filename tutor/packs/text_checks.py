"""Pack text that could spoof the screen: control characters and bidi controls.

Output strips escape sequences and neutralises bidi controls (:func:`tutor.text.clean`),
but an author should hear about them: an ESC, an OSC 52 clipboard write or an OSC 8
link in a title is an attack or an accident, and a right-to-left override (U+202E)
makes "gnp.exe" read as "exe.png". Every string in the document, keys included, is
checked; newline and tab are the only control characters text may hold. The three
invisible direction marks (LRM, RLM, ALM) have honest uses in right-to-left text, so
they earn a warning; every other control or bidi character is an error.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

from tutor.packs.diagnostics import Problem, Severity
from tutor.packs.positions import pointer
from tutor.text import BIDI_CONTROLS

MARKS = frozenset("\u200e\u200f\u061c")
"""LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK, ARABIC LETTER MARK: warnings, not errors."""
_NAMES = {
    "\x00": "NUL",
    "\x07": "BEL",
    "\x08": "BACKSPACE",
    "\r": "carriage return",
    "\x1b": "ESC",
    "\x7f": "DELETE",
    "\x85": "NEXT LINE",
    "\x9b": "CSI",
}
HINT = "delete it: pack text is shown as plain text, where such characters can only spoof it"


def check_text(data: Any) -> list[Problem]:
    """A problem for every string (value or key) holding a control or bidi character."""
    return list(_walk(data))


def _walk(data: Any) -> Iterator[Problem]:
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, ())]
    while stack:
        value, path = stack.pop()
        if isinstance(value, str):
            found = _problem(value, "text")
            if found:
                yield Problem(pointer(*path), *found)
        elif isinstance(value, dict):
            for key, item in reversed(value.items()):
                found = _problem(key, "key")
                if found:
                    yield Problem(pointer(*path, key), *found, at_key=True)
                stack.append((item, (*path, key)))
        elif isinstance(value, list):
            stack.extend((item, (*path, i)) for i, item in reversed(list(enumerate(value))))


def _problem(text: str, what: str) -> tuple[str, str, Severity] | None:
    """Message, hint and severity of what is wrong with ``text`` (None when nothing is)."""
    if text.isprintable():
        return None
    bad = [ch for ch in text if ch not in "\n\t" and (_is_control(ch) or ch in BIDI_CONTROLS)]
    if not bad:
        return None
    severity: Severity = "warning" if MARKS.issuperset(bad) else "error"
    if len(bad) == 1:
        kind = _kind(bad[0])
        return f"the {what} holds {kind}, {describe(bad[0])}", HINT, severity
    kinds = list(dict.fromkeys(bad))
    named = ", ".join(describe(ch) for ch in kinds[:3]) + (", ..." if len(kinds) > 3 else "")
    return f"the {what} holds {len(bad)} control or bidi characters ({named})", HINT, severity


def _kind(ch: str) -> str:
    if ch in BIDI_CONTROLS:
        return "a bidi control"
    return "an invalid character" if unicodedata.category(ch) == "Cs" else "a control character"


def _is_control(ch: str) -> bool:
    """A C0/C1 control, or a lone surrogate (not a character at all: it cannot be printed)."""
    return unicodedata.category(ch) in ("Cc", "Cs")


def describe(ch: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE``, ``U+001B ESC``."""
    surrogate = "lone surrogate" if unicodedata.category(ch) == "Cs" else ""
    name = _NAMES.get(ch) or unicodedata.name(ch, surrogate)
    return f"U+{ord(ch):04X} {name}".rstrip()
