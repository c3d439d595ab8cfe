"""Does one question give away another's answer? Shared by extract and lint.

A learner who reads "the 28,500 troops of USFK" in one prompt and is then asked how
many troops USFK has learns nothing from the second question. A question gives away
another when one of the other's accepted answers appears, as whole words, in its prompt.
:func:`giveaway_pairs` finds every such pair in a whole pack by looking each prompt's
word runs up in an index of answers, so a 10,000-question pack costs linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from tutor.authoring.numwords import digit_forms
from tutor.grading import normalize

MIN_CHARS = 3
"""Shorter answers ("A", "US") appear everywhere by chance; they are not counted."""
MAX_OTHERS = 3
"""A prompt that gives away more questions than this is reported for the first ones only."""


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


def giveaway_pairs(questions: Sequence[Mapping[str, Any]]) -> Iterator[tuple[int, int, str]]:
    """(question, other, answer) for each prompt showing another's answer, as :func:`gives_away`."""
    index = _answer_index(questions)
    lengths = sorted({len(words) for words in index})
    for q, question in enumerate(questions):
        words = normalize(_shown_text(question)).split(" ")
        found: dict[int, tuple[int, str]] = {}  # other -> (answer's rank, answer)
        for start in range(len(words)):
            for n in lengths:
                hits = index.get(tuple(words[start : start + n]), ())
                for other, rank, answer in hits[: MAX_OTHERS + 1]:
                    if other not in found or rank < found[other][0]:
                        found[other] = (rank, answer)
        others = [o for o in sorted(found) if question.get("id") != questions[o].get("id")]
        for other in others[:MAX_OTHERS]:
            yield q, other, found[other][1]


AnswerIndex = dict[tuple[str, ...], list[tuple[int, int, str]]]


def _answer_index(questions: Sequence[Mapping[str, Any]]) -> AnswerIndex:
    """Each typed answer's normalised words -> (question, rank among its answers, answer)."""
    index: AnswerIndex = {}
    for o, other in enumerate(questions):
        for rank, answer in enumerate(answers_of(other)):
            folded = normalize(answer)
            if len(folded) >= MIN_CHARS:
                index.setdefault(tuple(folded.split(" ")), []).append((o, rank, answer))
    return index
