"""An index of a free-text answer's words, so many cues can be looked up quickly.

A 1,000-character rebuttal against five key points with several cues each must grade
in a few milliseconds, so each distinct answer word is stemmed once and each cue word
is resolved to its positions once (exact first, then typo-tolerant).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from tutor.grading.negation import NEGATING
from tutor.grading.normalize import ARTICLES, SMALL_WORDS, Token
from tutor.grading.stems import stem
from tutor.grading.tolerance import token_similarity

__all__ = ["AnswerIndex", "cue_words", "stem"]

_SKIP = (
    SMALL_WORDS | ARTICLES | NEGATING | frozenset({"it", "this", "that", "they", "would", "will"})
)


def cue_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The distinct stems a cue needs to find (small words and negators left out).

    A negator after the cue's last content word is kept as a word to find: "say no" must
    find "no" right there, or the stretch "say" alone would always read as negated.
    """
    last = max((i for i, w in enumerate(words) if w not in _SKIP), default=-1)
    seen: dict[str, None] = {}
    for i, w in enumerate(words):
        if w not in _SKIP or (last >= 0 and i > last and w in NEGATING):
            seen.setdefault(stem(w), None)
    return tuple(seen)


class AnswerIndex:
    """Positions of each stemmed word of an answer, with a cache for cue lookups."""

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text = text
        self.tokens = tokens
        self._exact: dict[str, list[int]] = defaultdict(list)
        for i, token in enumerate(tokens):
            self._exact[stem(token.text)].append(i)
        self._cache: dict[str, list[int]] = {}

    def positions(self, word: str) -> list[int]:
        """Where ``word`` (a stem) or a forgivable misspelling of it occurs."""
        cached = self._cache.get(word)
        if cached is None:
            cached = self._lookup(word)
            self._cache[word] = cached
        return cached

    def _lookup(self, word: str) -> list[int]:
        found = list(self._exact.get(word, ()))
        if len(word) > 4:
            for other, where in self._exact.items():
                if other != word and token_similarity(other, word) > 0:
                    found.extend(where)
        return sorted(found)

    def windows(
        self, required: tuple[str, ...], need: int, width: int
    ) -> Iterator[tuple[int, int]]:
        """Token ranges (lo, hi) holding ``need`` distinct cue words within ``width`` tokens."""
        events = sorted((p, k) for k, w in enumerate(required) for p in self.positions(w))
        counts: dict[int, int] = defaultdict(int)
        left = 0
        for pos, k in events:
            counts[k] += 1
            while pos - events[left][0] >= width:
                left = _drop(counts, events, left)
            while len(counts) >= need and _removable(counts, events[left][1], need):
                left = _drop(counts, events, left)
            if len(counts) >= need:
                yield events[left][0], pos


def _drop(counts: dict[int, int], events: list[tuple[int, int]], left: int) -> int:
    k = events[left][1]
    counts[k] -= 1
    if counts[k] == 0:
        del counts[k]
    return left + 1


def _removable(counts: dict[int, int], k: int, need: int) -> bool:
    return counts[k] > 1 or len(counts) > need
