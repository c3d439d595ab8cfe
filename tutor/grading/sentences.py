"""The sentences of an answer, and what kind of sentence each is.

Stance is judged sentence by sentence: a point inside a question ("Isn't Korea the
closest base?") or a hedge ("Maybe the threat is growing, I don't know") is not
claimed. A full stop ends a sentence unless it closes an abbreviation ("U.S.", "S.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.grading.normalize import Token, word_set

_END = re.compile(r"[.!?;\n]")
HEDGE_OPENERS = word_set("maybe perhaps possibly")
"""Words that, opening a sentence, hold back from claiming it."""
DOUBTS: tuple[tuple[str, ...], ...] = (
    ("i", "dont", "know"), ("not", "sure"), ("hard", "to", "say"), ("who", "knows"),
    ("i", "guess"), ("no", "idea"), ("unclear",), ("i", "do", "not", "know"),
)  # fmt: skip
"""Phrases anywhere in a sentence that take back its claim."""


@dataclass(frozen=True)
class Sentence:
    """Tokens ``lo..hi`` (inclusive) of an answer, with how it was said."""

    lo: int
    hi: int
    question: bool
    hedged: bool


def split(text: str, tokens: list[Token]) -> list[Sentence]:
    """The answer's sentences, in order (an empty answer has none)."""
    out: list[Sentence] = []
    lo = 0
    for i in range(len(tokens)):
        end = tokens[i + 1].start if i + 1 < len(tokens) else len(text)
        gap = text[tokens[i].end : end]
        if i + 1 == len(tokens) or _ends(gap, tokens[i]):
            out.append(_sentence(tokens, lo, i, "?" in gap))
            lo = i + 1
    return out


def _ends(gap: str, token: Token) -> bool:
    mark = _END.search(gap)
    if mark is None:
        return False
    abbreviation = mark.group() == "." and ("." in token.text or len(token.text) == 1)
    return not abbreviation or "\n" in gap


def _sentence(tokens: list[Token], lo: int, hi: int, question: bool) -> Sentence:
    words = [t.text for t in tokens[lo : hi + 1]]
    hedged = (bool(words) and words[0] in HEDGE_OPENERS) or _has_doubt(words)
    return Sentence(lo, hi, question, hedged)


def _has_doubt(words: list[str]) -> bool:
    return any(
        tuple(words[i : i + len(phrase)]) == phrase
        for phrase in DOUBTS
        for i in range(len(words) - len(phrase) + 1)
    )


def sentence_of(sentences: list[Sentence], count: int) -> list[int]:
    """For each token position, the index of its sentence."""
    owner = [0] * count
    for n, s in enumerate(sentences):
        for i in range(s.lo, s.hi + 1):
            owner[i] = n
    return owner
