"""Splitting an article into sentences without breaking at "U.S.", "Dr." or "Jan.".

Drafted quotes must be whole sentences copied verbatim, so each sentence keeps its
offsets in the article. Lines are the first cut (articles put a paragraph or a heading
on a line); a line is joined to the next only when it plainly continues (no final
punctuation and the next starts in lower case), which undoes hard wrapping.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ABBREVIATIONS = _words(
    """
    mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt rep sen gov pres st jr sr rev
    hon amb sec supt no nos vol vols fig pp vs etc al approx est dept univ inc corp co ltd
    llc mt ft jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
    """
)
SENTENCE_STARTERS = _words(
    """
    The This That These Those It Its In On At But And Yet So He She They We I A An As If
    When While However Meanwhile After Before Since For
    """
)
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]?([A-Za-z0-9]+)")


@dataclass(frozen=True)
class Sentence:
    """A sentence and where it sits in the article (``text == article[start:end]``)."""

    text: str
    start: int
    end: int


def split(article: str) -> list[Sentence]:
    """Every sentence of ``article``, in order, as verbatim slices."""
    return [s for start, end in _blocks(article) for s in _split_block(article, start, end)]


def _blocks(article: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph: a line, or hard-wrapped lines joined."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", article)]
    i = 0
    while i < len(lines):
        start, end = lines[i]
        while i + 1 < len(lines) and _continues(article[start:end], article[lines[i + 1][0] :]):
            i += 1
            end = lines[i][1]
        yield start, end
        i += 1


def _continues(line: str, rest: str) -> bool:
    nxt = rest.lstrip()
    return not line.rstrip().endswith((".", "!", "?", ":", '"', "”")) and nxt[:1].islower()


def _split_block(article: str, start: int, end: int) -> Iterator[Sentence]:
    block = article[start:end]
    cut = 0
    for m in _BOUNDARY.finditer(block):
        if m.group().startswith(".") and not _ends_sentence(block, m.start(), m.end()):
            continue
        yield _sentence(article, start + cut, start + m.end())
        cut = m.end()
    if block[cut:].strip():
        yield _sentence(article, start + cut, end)


def _ends_sentence(block: str, dot: int, after: int) -> bool:
    """A period ends the sentence unless it closes an abbreviation or an initial."""
    m = _WORD_BEFORE.search(block[: dot + 1])
    if m is None:
        return True
    word = m.group(1)
    if word.lower() in ABBREVIATIONS:
        return False
    if "." in word or (len(word) == 1 and word.isupper()):  # U.S., D.C., J.
        nxt = _NEXT_WORD.match(block, after)
        return nxt is not None and nxt.group(1) in SENTENCE_STARTERS
    return True


def _sentence(article: str, start: int, end: int) -> Sentence:
    while start < end and article[start].isspace():
        start += 1
    while end > start and article[end - 1].isspace():
        end -= 1
    return Sentence(article[start:end], start, end)
