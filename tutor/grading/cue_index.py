"""An index of a free-text answer's words, so many cues can be looked up quickly.

A 1,000-character rebuttal against five key points with several cues each must grade
in a few milliseconds, so each distinct answer word is stemmed once and each cue word
is resolved to its positions once: the same stem first, then a forgivable misspelling
of the word as typed (typos are judged on whole words, not stems: a stemmer cuts
"peacefull" and "peaceful" differently, and two stems one letter apart, such as
"depend" and "defend", are often different words).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from tutor.grading.negation import NEGATING
from tutor.grading.normalize import ARTICLES, SMALL_WORDS, Token
from tutor.grading.stems import stem
from tutor.grading.tolerance import token_similarity

__all__ = ["AnswerIndex", "Term", "cue_words", "stem"]

Term = tuple[str, str]
"""A word to find: its stem and the word as written."""
MAX_LENGTH_GAP = 2
"""Words whose lengths differ by more than this are never one another's typo (a typo
keeps its first letter and costs at most two edits, see ``tolerance``)."""
_SKIP = (
    SMALL_WORDS | ARTICLES | NEGATING | frozenset({"it", "this", "that", "they", "would", "will"})
)


def cue_words(words: tuple[str, ...]) -> tuple[Term, ...]:
    """The distinct words a cue needs to find (small words and negators left out).

    A negator after the cue's last content word is kept as a word to find: "say no" must
    find "no" right there, or the stretch "say" alone would always read as negated.
    """
    last = max((i for i, w in enumerate(words) if w not in _SKIP), default=-1)
    seen: dict[str, str] = {}
    for i, w in enumerate(words):
        if w not in _SKIP or (last >= 0 and i > last and w in NEGATING):
            seen.setdefault(stem(w), w)
    return tuple(seen.items())


class AnswerIndex:
    """Positions of each stemmed word of an answer, with a cache for cue lookups."""

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text = text
        self.tokens = tokens
        self.stems = [stem(t.text) for t in tokens]
        self._exact: dict[str, list[int]] = defaultdict(list)
        typed: dict[str, list[int]] = defaultdict(list)
        for i, (token, s) in enumerate(zip(tokens, self.stems, strict=True)):
            self._exact[s].append(i)
            typed[token.text].append(i)
        self._by_letter: dict[str, list[tuple[str, list[int]]]] = defaultdict(list)
        for word, where in typed.items():
            self._by_letter[word[:1]].append((word, where))
        self._cache: dict[Term, list[int]] = {}

    def positions(self, term: Term) -> list[int]:
        """Where the word (same stem) or a forgivable misspelling of it occurs."""
        cached = self._cache.get(term)
        if cached is None:
            cached = self._lookup(term)
            self._cache[term] = cached
        return cached

    def _lookup(self, term: Term) -> list[int]:
        word_stem, written = term
        found = list(self._exact.get(word_stem, ()))
        if len(written) > 4:
            for typed, where in self._by_letter.get(written[:1], ()):
                if abs(len(typed) - len(written)) > MAX_LENGTH_GAP:
                    continue
                if self.stems[where[0]] != word_stem and token_similarity(typed, written) > 0:
                    found.extend(where)
        return sorted(found)

    def windows(
        self, required: tuple[Term, ...], need: int, width: int
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
