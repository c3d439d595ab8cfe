"""Glossary candidates from "Full Name (ACRONYM)": the article defines its own terms.

The expansion is found by walking back from the parenthesis over capitalised words
(and the small words names contain) until their initials spell the acronym, so
"the Extended Deterrence Strategy and Consultation Group (EDSCG)" yields the full
name and nothing before it. No match, no candidate: a wrong expansion is worse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
_WORD = re.compile(r"[A-Za-z][A-Za-z.'’\-]*")
SMALL = frozenset({"of", "for", "and", "the", "on", "in", "to", "&"})
MAX_WORDS = 10


@dataclass(frozen=True)
class Acronym:
    """An acronym, the name it stands for, and where the article first defines it."""

    short: str
    expansion: str
    offset: int


def find_acronyms(text: str) -> list[Acronym]:
    """Each acronym defined in ``text`` by "Full Name (ACRONYM)", first definition only."""
    found: dict[str, Acronym] = {}
    for m in _ACRONYM.finditer(text):
        short = m.group(1)
        if sum(c.isupper() for c in short) < 2 or short in found:
            continue
        expansion = expand(text[: m.start()], short)
        if expansion:
            found[short] = Acronym(short, expansion, m.start())
    return list(found.values())


def expand(before: str, short: str) -> str | None:
    """The words just before the parenthesis whose initials spell ``short``, if any."""
    words = list(_WORD.finditer(before[-200:]))
    target = short.upper()
    initials = ""
    for i in range(len(words) - 1, max(-1, len(words) - 1 - MAX_WORDS), -1):
        word = words[i].group()
        if word.lower() in SMALL:
            continue
        if not word[0].isupper():
            return None
        initials = _initials(word) + initials
        if initials == target:
            return before[-200:][words[i].start() : words[-1].end()]
        if not target.endswith(initials):
            return None
    return None


def _initials(word: str) -> str:
    """ "U.S." -> "US", "High-Level" -> "HL", "Korea" -> "K"."""
    if "." in word.strip("."):
        return "".join(p[0] for p in word.split(".") if p).upper()
    return "".join(p[0] for p in word.split("-") if p).upper()
