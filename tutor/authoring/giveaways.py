"""Does one question give away another's answer? Shared by extract and lint.

A learner who reads "the 28,500 troops of USFK" in one prompt and is then asked how
many troops USFK has learns nothing from the second question. A question gives away
another when one of the other's accepted answers appears, as whole words, in its prompt.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from tutor.authoring.numwords import digit_forms
from tutor.grading import normalize

MIN_CHARS = 3
"""Shorter answers ("A", "US") appear everywhere by chance; they are not counted."""
MAX_OTHERS = 3
"""A question that shows more answers than this is reported for the first ones only
(a word every prompt repeats must not make 10,000 questions cost 10,000 squared)."""
MAX_KEY_WORDS = 6
"""A choice key this short is a fact a prompt can show; a longer key is an explanation."""


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


def shown_answers(question: Mapping[str, Any]) -> list[str]:
    """Typed answers plus a short choice key: what another prompt must not print."""
    out = answers_of(question)
    options, answer = question.get("options"), question.get("answer")
    if isinstance(options, list) and isinstance(answer, int) and 0 <= answer < len(options):
        key = str(options[answer])
        out += [key] if len(key.split()) <= MAX_KEY_WORDS else []
    return out


def giveaway_pairs(questions: Sequence[Mapping[str, Any]]) -> Iterator[tuple[int, int, str]]:
    """(shown in, answer of, answer) for every pair of questions where one shows the other's.

    Linear in the pack's text: the answers go into an index by their normalised words,
    and each question's shown text is read once, window by window, against it.
    """
    index: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for j, other in enumerate(questions):
        for answer in shown_answers(other):
            folded = normalize(answer)
            if len(folded) >= MIN_CHARS:
                index[folded].append((j, answer))
    longest = max((len(k.split()) for k in index), default=0)
    for i, question in enumerate(questions):
        words = normalize(_shown_text(question)).split()
        seen: set[int] = set()
        for start in range(len(words)):
            for n in range(1, min(longest, len(words) - start) + 1):
                hits = index.get(" ".join(words[start : start + n]), [])
                for j, answer in hits[: MAX_OTHERS + 1]:
                    if len(seen) >= MAX_OTHERS:
                        break
                    if j != i and j not in seen and question.get("id") != questions[j].get("id"):
                        seen.add(j)
                        yield i, j, answer


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
    parts += [str(item) for item in question.get("items", [])]
    return re.sub(r"\s+", " ", " ".join(parts))
