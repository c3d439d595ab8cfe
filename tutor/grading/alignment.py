"""Where the expected words stand in a typed answer: one typed word per expected word.

Word-by-word matching needs a pairing before it can judge. Each expected word takes the
most similar unused typed word (typo tolerance from :mod:`tolerance`, plural forms from
:mod:`equivalents`), and in a long answer the stretch where the expected words stand
closest together wins, so a repeated surname earlier in a sentence does not scatter them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tutor.grading.equivalents import same_noun
from tutor.grading.normalize import fold
from tutor.grading.tolerance import token_similarity

_ACRONYM_RE = re.compile(r"\b[A-Z]{2,}\b")
_LOWER_RE = re.compile(r"(?<![\w'’])[a-z]{4,}(?![\w'’])")
_NAME_RE = re.compile(r"(?<![\w'’])[A-Z][a-z][\w'’]*")
PLURAL_SIMILARITY = 0.9
"""How a singular typed for a plural (or the reverse) counts in the match score."""
WINDOW_SLACK = 3
"""Extra words allowed inside the stretch where the expected words were found."""


@dataclass(frozen=True)
class Alignment:
    """Expected words paired with typed words, and what was left on each side."""

    pairs: tuple[tuple[str, int, float], ...]
    missing: tuple[str, ...]
    extra: tuple[str, ...]
    typed: tuple[str, ...]


@lru_cache(maxsize=8_192)
def strict_words(reference: str) -> frozenset[str]:
    """Acronyms in the reference ("USFK"), which must be typed exactly."""
    return frozenset(w.lower() for w in _ACRONYM_RE.findall(reference))


@lru_cache(maxsize=8_192)
def common_words(reference: str) -> frozenset[str]:
    """Words the reference writes in lower case: common nouns, whose plural is forgiven."""
    return frozenset(fold(w) for w in _LOWER_RE.findall(reference))


@lru_cache(maxsize=8_192)
def name_words(reference: str) -> frozenset[str]:
    """Words the reference writes with a capital: names, whose romanisations are forgiven."""
    return frozenset(fold(w) for w in _NAME_RE.findall(reference))


def compact(
    typed: tuple[str, ...],
    expected: tuple[str, ...],
    strict: frozenset[str],
    common: frozenset[str] = frozenset(),
    names: frozenset[str] = frozenset(),
) -> Alignment:
    """The alignment that finds the expected words closest together.

    In "Jack Thornton's mother, Charlotte Thornton" the answer "Charlotte Thornton" is
    the second "Thornton", not the first: when the first alignment is spread out, each
    stretch that starts at a matching word is tried and the tightest, fullest one wins.
    """
    first = align(typed, expected, strict, common=common, names=names)
    if _span(first) <= len(first.pairs):
        return first
    width = len(expected) + WINDOW_SLACK
    starts = [j for j, w in enumerate(typed) if any(token_similarity(w, e) for e in expected)]
    stretches = [range(j, min(j + width, len(typed))) for j in starts]
    tries = [align(typed, expected, strict, s, common, names) for s in stretches]
    return min([first, *tries], key=lambda a: (len(a.missing), _span(a), not _in_order(a)))


def _span(al: Alignment) -> int:
    positions = [j for _, j, _ in al.pairs]
    return max(positions) - min(positions) + 1 if positions else 0


def _in_order(al: Alignment) -> bool:
    positions = [j for _, j, _ in al.pairs]
    return positions == sorted(positions)


def align(
    typed: tuple[str, ...],
    expected: tuple[str, ...],
    strict: frozenset[str],
    within: range | None = None,
    common: frozenset[str] = frozenset(),
    names: frozenset[str] = frozenset(),
) -> Alignment:
    """Pair each expected word with the most similar unused typed word (``within`` a stretch)."""
    used: set[int] = set(range(len(typed))) - set(within) if within is not None else set()
    outside = frozenset(used)
    pairs: list[tuple[str, int, float]] = []
    missing: list[str] = []
    for word in expected:
        j, sim = _best_position(word, typed, used, word in strict, word in common, word in names)
        if j < 0:
            missing.append(word)
            continue
        used.add(j)
        pairs.append((word, j, sim))
    extra = tuple(w for j, w in enumerate(typed) if j not in used or j in outside)
    return Alignment(tuple(pairs), tuple(missing), extra, typed)


def _best_position(
    word: str, typed: tuple[str, ...], used: set[int], strict: bool, common: bool, name: bool
) -> tuple[int, float]:
    best_j, best_sim = -1, 0.0
    for j, candidate in enumerate(typed):
        if j in used:
            continue
        sim = token_similarity(candidate, word, strict, name, lexical=True)
        if not sim and common and same_noun(candidate, word):
            sim = PLURAL_SIMILARITY
        if sim > best_sim:
            best_j, best_sim = j, sim
            if sim == 1.0:
                break
    return best_j, best_sim
