"""Which typed words are real English words, so a typo is told from another word.

"Deference" is two edits from "deterrence" and "Tainan" one from "Taiwan": typo
tolerance alone accepts both. A word-frequency list tells them apart: a slip that
lands on another known word is not forgiven, while "Pyongayng", which no list
holds, still is. The list is pyspellchecker's English one (MIT, no dependencies,
about 160,000 words with counts, shipped inside its wheel), chosen over wordfreq
(a 57 MB wheel with five dependencies, frozen by its author, whose large list also
holds common misspellings). It is loaded on first use, never at import.
"""

from __future__ import annotations

from functools import cache, lru_cache

from tutor.grading.equivalents import same_noun, same_spelling

RARER_BY = 100
"""A known word this many times rarer than the expected one is read as a slip ("minster"
for "minister", "rial" for "rail"): typos land on rare words by chance. Tuned on dev."""
FORMS = (("", "s"), ("", "es"), ("", "d"), ("", "ed"), ("", "ing"), ("e", "ing"), ("y", "ies"),
         ("", "n"), ("", "an"), ("a", "an"), ("a", "on"), ("a", "um"), ("i", "us"),
         ("is", "es"), ("on", "ve"), ("", "ly"))  # fmt: skip
"""Pairs of endings that make forms of one word ("troop"/"troops", "Colombia"/"Colombian",
"mitochondria"/"mitochondrion"), never another word."""


@cache
def _counts() -> dict[str, int]:
    from spellchecker import SpellChecker

    counts: dict[str, int] = SpellChecker(language="en", distance=1).word_frequency.dictionary
    return counts


def frequency(word: str) -> int:
    """How often ``word`` (already folded) occurs in the list; 0 when it is not a word."""
    return _counts().get(word, 0)


def is_word(word: str) -> bool:
    """True when the list knows ``word``."""
    return frequency(word) > 0


@lru_cache(maxsize=16_384)
def another_word(typed: str, expected: str) -> bool:
    """True when ``typed`` is a different real word, not a slip or form of ``expected``.

    Both must be known words ("striker" for the name "Stryker" is a homophone the list
    cannot judge), and neither a form of the other ("troop"/"troops") nor a British or
    American spelling of it ("theatre"/"theater").
    """
    if typed == expected or not is_word(typed) or not is_word(expected):
        return False
    if frequency(typed) * RARER_BY < frequency(expected):
        return False
    return not (_inflected(typed, expected) or same_noun(typed, expected)
                or same_spelling(typed, expected))  # fmt: skip


def _inflected(a: str, b: str) -> bool:
    for x, y in ((a, b), (b, a)):
        for one, other in FORMS:
            stem = x[: len(x) - len(one)]
            if x.endswith(one) and len(stem) >= 3 and y == stem + other:
                return True
    return False


def plausible_slip(typed: str, expected: str) -> bool:
    """True when ``typed`` is no word, or a word far rarer than ``expected`` ("rial")."""
    return frequency(typed) * RARER_BY < frequency(expected) or not is_word(typed)


def warm() -> None:
    """Load the list now (a front end may call this while the learner reads)."""
    _counts()
