"""Does one question give away another's answer? Shared by extract and lint.

A learner who reads "the 28,500 troops of USFK" in one prompt and is then asked how
many troops USFK has learns nothing from the second question. A question gives away
another when one of the other's accepted answers appears, as whole words, in its prompt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from tutor.authoring.numwords import digit_forms
from tutor.grading import normalize

MIN_CHARS = 3
"""Shorter answers ("A", "US") appear everywhere by chance; they are not counted."""


def answers_of(question: Mapping[str, Any]) -> list[str]:
    """The answers a learner types for a question (choices are not typed, so none)."""
    qtype = question.get("type")
    if qtype == "short_answer":
        return list(question.get("accept", []))
    if qtype == "numeric":
        return digit_forms(float(question["value"]))
    if qtype == "cloze":
        return [a for blank in question.get("blanks", []) for a in blank.get("accept", [])]
    return []


def gives_away(question: Mapping[str, Any], other: Mapping[str, Any]) -> str | None:
    """The answer of ``other`` that ``question``'s prompt shows, if any."""
    if question is other or question.get("id") == other.get("id"):
        return None
    shown = " " + normalize(_shown_text(question)) + " "
    for answer in answers_of(other):
        folded = normalize(answer)
        if len(folded) >= MIN_CHARS and f" {folded} " in shown:
            return answer
    return None


def _shown_text(question: Mapping[str, Any]) -> str:
    parts = [str(question.get("prompt", ""))]
    parts += [str(question[k]) for k in ("text", "statement", "excerpt") if k in question]
    return re.sub(r"\s+", " ", " ".join(parts))
