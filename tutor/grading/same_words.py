"""Answers that are the expected one in other dress: same words, spacing, one doubled letter.

Checked before any word alignment, since these are certain: the same words in another
order or with small words dropped, the same letters with other spacing, one letter
doubled or undoubled in one word, or initials standing for every given name.
"""

from __future__ import annotations

from tutor.grading import comparison as cmp
from tutor.grading.alignment import strict_words
from tutor.grading.comparison import Comparison
from tutor.grading.equivalents import initials_for
from tutor.grading.normalize import SMALL_WORDS


def content(ws: tuple[str, ...]) -> tuple[str, ...]:
    """Words without the small ones a learner may drop ("Bank England")."""
    kept = tuple(w for w in ws if w not in SMALL_WORDS)
    return kept or ws


def same_words(
    typed: tuple[str, ...], expected: tuple[str, ...], ref: str, answer: str
) -> Comparison | None:
    if typed == expected:
        return cmp.correct(1.0, f"alias: matches {ref!r} after normalisation", ref)
    if sorted(content(typed)) == sorted(content(expected)):
        return cmp.correct(0.97, f"same words as {ref!r} (order or small words differ)", ref)
    if "".join(typed) == "".join(expected):
        return cmp.correct(0.97, f"same letters as {ref!r} (spacing or hyphens differ)", ref)
    if not strict_words(ref) and _one_word_doubled(typed, expected):
        return cmp.correct(0.95, f"doubled letter forgiven against {ref!r}", ref)
    if initials_for(typed, expected, answer) or initials_for(expected, typed, ref):
        return cmp.correct(0.9, f"initials for the given names of {ref!r}", ref)
    return None


MIN_DOUBLED = 2
"""A doubled letter is forgiven only in answers this long ("xx" is not "x")."""


def _one_word_doubled(typed: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """All words equal but one, which has one letter doubled: never across two words
    ("Margaret Hatcher" is not "Margaret Thatcher")."""
    if len(typed) != len(expected):
        return False
    differ = [(t, e) for t, e in zip(typed, expected, strict=True) if t != e]
    return len(differ) == 1 and _one_doubled(*differ[0])


def _one_doubled(typed: str, expected: str) -> bool:
    """ "kimjongunn" ~ "kimjongun", "Bussan" ~ "Busan": one letter doubled or undoubled.

    Only one: "Seoullllllll" is not a slip of "Seoul".
    """
    long, short = (typed, expected) if len(typed) > len(expected) else (expected, typed)
    if len(long) != len(short) + 1 or len(short) < MIN_DOUBLED:
        return False
    i = next((k for k in range(len(short)) if long[k] != short[k]), len(short))
    return i > 0 and long[i] == long[i - 1] and not long[i].isdigit() and long[i + 1 :] == short[i:]
