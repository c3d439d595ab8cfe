"""The answer block of one GIFT question (between the braces) as pack question fields.

Input has its escaped characters already replaced by stand-ins (:func:`protect`), so
``=``, ``~`` and ``#`` found here are GIFT syntax. Returns the fields, or a string
saying why they cannot be kept.
"""

from __future__ import annotations

import re
from typing import Any

_ESCAPES = {
    "\\\\": "\ue000",
    "\\~": "\ue001",
    "\\=": "\ue002",
    "\\#": "\ue003",
    "\\{": "\ue004",
    "\\}": "\ue005",
    "\\:": "\ue006",
    "\\n": "\ue007",
}
_RESTORE = {
    "\ue000": "\\",
    "\ue001": "~",
    "\ue002": "=",
    "\ue003": "#",
    "\ue004": "{",
    "\ue005": "}",
    "\ue006": ":",
    "\ue007": "\n",
}
_TRUE = {"T", "TRUE"}
_FALSE = {"F", "FALSE"}
_PARTS = re.compile(r"([=~])(%(-?[\d.]+)%)?([^=~]*)")
_NUMBER = r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?"
_RANGE = re.compile(rf"^({_NUMBER})\.\.({_NUMBER})$")
_TOLERANCE = re.compile(rf"^({_NUMBER})(?::({_NUMBER}))?$")


def protect(text: str) -> str:
    """Replace escaped characters by private-use stand-ins so parsing can ignore them."""
    return re.sub(r"\\[\\~=#{}:n]", lambda m: _ESCAPES[m.group()], text)


def restore(text: str) -> str:
    """Stand-ins back to the characters they stand for, surrounding space removed."""
    return "".join(_RESTORE.get(c, c) for c in text).strip()


def answer_fields(block: str) -> dict[str, Any] | str:
    """The type-specific fields for ``block`` (e.g. accept, options + answer, value)."""
    if not block:
        return "an essay has no answer key to grade by"
    head = block.split("#", 1)[0].strip()
    if head.upper() in _TRUE | _FALSE:
        return {"type": "true_false", "answer": head.upper() in _TRUE}
    if block.startswith("#"):
        return _numeric(block[1:].strip())
    parts = [(m.group(1), m.group(3), m.group(4)) for m in _PARTS.finditer(block)]
    if not parts:
        return "the answer block could not be read"
    if any(sign == "~" for sign, _, _ in parts):
        return _choice(parts)
    if all("->" in text for _, _, text in parts):
        return _matching(parts)
    return _short(parts)


def _numeric(text: str) -> dict[str, Any] | str:
    first = re.split(r"[=~]", text.lstrip("="), maxsplit=1)[0].split("#", 1)[0].strip()
    if m := _RANGE.match(first):
        low, high = float(m.group(1)), float(m.group(2))
        return {"type": "numeric", "value": (low + high) / 2, "tolerance": (high - low) / 2}
    if m := _TOLERANCE.match(first):
        return {"type": "numeric", "value": float(m.group(1)), "tolerance": float(m.group(2) or 0)}
    return f"the numeric answer {restore(first)!r} could not be read"


def _text(raw: str) -> tuple[str, str]:
    """(answer, feedback) from ``answer#feedback``."""
    answer, _, feedback = raw.partition("#")
    return restore(answer), restore(feedback)


def _matching(parts: list[tuple[str, str | None, str]]) -> dict[str, Any] | str:
    pairs = []
    for _, _, raw in parts:
        left, _, right = _text(raw)[0].partition("->")
        pairs.append({"left": left.strip(), "right": right.strip()})
    if len(pairs) < 2:
        return "a matching question needs two pairs or more"
    return {"type": "matching", "pairs": pairs[:8]}


def _choice(parts: list[tuple[str, str | None, str]]) -> dict[str, Any] | str:
    options = [_text(raw)[0] for _, _, raw in parts]
    right = [i for i, (sign, weight, _) in enumerate(parts) if sign == "=" or _full(weight)]
    if len(right) != 1 or not 2 <= len(options) <= 8:
        return (
            "a multiple choice needs one right answer and 2 to 8 options (several right "
            "answers with partial credit have no pack form)"
        )
    return {"type": "multiple_choice", "options": options, "answer": right[0]}


def _short(parts: list[tuple[str, str | None, str]]) -> dict[str, Any] | str:
    accept: list[str] = []
    reject: list[dict[str, str]] = []
    for _, weight, raw in parts:
        answer, feedback = _text(raw)
        if weight is None or _full(weight):
            accept.append(answer)
        elif float(weight) <= 0:
            reject.append({"answer": answer, "feedback": feedback or "That is not correct."})
    if not accept:
        return "a short answer with no fully right answer (partial credit has no pack form)"
    return {"type": "short_answer", "accept": accept} | ({"reject": reject} if reject else {})


def _full(weight: str | None) -> bool:
    return weight is not None and float(weight) >= 100
