"""Is an evidence card's quote really in its source? And if not, what is closest?

A card must quote its source word for word. Authors copy from web pages and word
processors, which change spacing, curl quotes and turn hyphens into dashes, so
exactly those three differences are forgiven, nothing else: not case, not spelling,
not an ellipsis. When a quote is not found, :func:`closest_passage` finds the source's
passage most like it, for the author to compare.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

_FOLD = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛‹›", "'"),
        **dict.fromkeys("“”„‟«»", '"'),
        **dict.fromkeys("‐‑‒–—―−⁃", "-"),
    }
)


@dataclass(frozen=True)
class Match:
    """Where a quote was found: ``source_text[start:end]``."""

    start: int
    end: int
    text: str


_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Folded:
    """A text with whitespace runs, quotes and dashes folded, and a way back."""

    text: str
    shifts: tuple[int, ...]
    """Folded offsets from which the original is further ahead, one per whitespace run."""
    extras: tuple[int, ...]
    """How far ahead the original is from each of those offsets on."""

    def origin(self, index: int) -> int:
        """The offset in the original text of folded character ``index``."""
        at = bisect.bisect_right(self.shifts, index)
        return index + (self.extras[at - 1] if at else 0)


def fold(text: str) -> Folded:
    """Fold typographic quotes and dashes to ASCII and whitespace runs to one space."""
    translated = text.translate(_FOLD)
    parts: list[str] = []
    shifts: list[int] = []
    extras: list[int] = []
    pos = length = extra = 0
    for run in _SPACES.finditer(translated):
        parts += (translated[pos : run.start()], " ")
        length += run.start() - pos + 1
        extra += run.end() - run.start() - 1
        shifts.append(length)
        extras.append(extra)
        pos = run.end()
    parts.append(translated[pos:])
    return Folded("".join(parts), tuple(shifts), tuple(extras))


@lru_cache(maxsize=32)
def _fold_source(text: str) -> Folded:
    return fold(text)


def find_quote(source_text: str, quote: str) -> Match | None:
    """The quote's place in the source, forgiving only whitespace, quotes and dashes."""
    needle = fold(quote).text.strip()
    if not needle:
        return None
    haystack = _fold_source(source_text)
    at = haystack.text.find(needle)
    if at < 0:
        return None
    start = haystack.origin(at)
    end = haystack.origin(at + len(needle) - 1) + 1
    return Match(start, end, source_text[start:end])


def closest_passage(source_text: str, quote: str) -> str:
    """The source's passage most like the quote, widened to whole words, spaces collapsed."""
    from rapidfuzz import fuzz

    needle = fold(quote).text.strip()
    haystack = _fold_source(source_text)
    if not needle or not haystack.text.strip():
        return ""
    found = fuzz.partial_ratio_alignment(needle, haystack.text)
    if found is None:
        return ""
    start, end = _whole_words(haystack.text, found.dest_start, found.dest_end)
    if end <= start:
        return ""
    original = source_text[haystack.origin(start) : haystack.origin(end - 1) + 1]
    return " ".join(original.split())


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end
