"""The one list of English stop words, and the words too vague to make a point alone.

Every layer that tells meaning from glue (the debate's derived cues, ``tutor extract``,
a pack's topic words) imports these, so "the" and "would" are treated the same
everywhere. Nothing here is about any topic: words common in one pack (its place
names, its "troops" or "buses") come from the pack, in :mod:`tutor.packs.topic`.
"""

from __future__ import annotations

import re

_STOP_WORDS = """a an the and or but of to in on at by for from with without into onto over under
    as is are was were be been being it its it's this that these those there their they
    them he she his her we our you your i my not no nor so than then too very can could
    would should will shall may might must do does did has have had which who whom whose
    what when where why how all any some more most less much many such also only just
    if because while about against between through during before after above below up
    down out off again further once here both each few other own same"""
STOP_WORDS = frozenset(_STOP_WORDS.split())
"""Function words: they carry no point of their own."""

_WEAK_WORDS = """would could wider takes take make makes made even already greater broader
    bigger other country countries people"""
WEAK_WORDS = frozenset(_WEAK_WORDS.split())
"""Ordinary words that appear in any argument, so they never show a point on their own."""

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’,.-]*[A-Za-z0-9]|[A-Za-z0-9]")


def words(text: str) -> list[str]:
    """The words of ``text`` as written ("U.S." stays one word, without its last dot)."""
    return [w.rstrip(".,") for w in _WORD.findall(text)]


def content_words(text: str) -> list[str]:
    """The words of ``text`` that carry meaning (no stop words, at least 3 letters)."""
    return [w for w in words(text) if w.lower() not in STOP_WORDS and len(w) >= 3]
