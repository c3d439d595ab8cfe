"""A person named by surname or title: "yoon" for Yoon Suk Yeol, "President Xi".

A teacher takes a surname alone when it names one person among the question's
answers, and asks "which one?" when a known wrong answer shares it ("Lee" when Lee
Sang Hyun is the answer and Lee Jae-myung a known wrong one). The surname is the first
word of a name whose family name comes first (``data/romanisation.json``) and the last
word of a name that opens with a common given name (``data/variants.json``). A title
before the name counts unless the accepted answers name a different office.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from tutor.grading import comparison as cmp
from tutor.grading.comparison import Comparison
from tutor.grading.equivalents import SHORT_FORMS
from tutor.grading.lexicon import OFFICES
from tutor.grading.normalize import words
from tutor.grading.romanisation import family_name_first
from tutor.grading.tolerance import token_similarity
from tutor.grading.variants import general_data

_NAME_PART = re.compile(r"^[A-Z][\w'’.-]*$")
MAX_NAME_WORDS = 4


@cache
def titles() -> frozenset[str]:
    """Words that may stand before a name: offices and honorifics."""
    return frozenset(general_data()["titles"]) | OFFICES


@cache
def _given_names() -> frozenset[str]:
    names = set(general_data()["given_names"]) | set(SHORT_FORMS)
    return frozenset(names | {n for full in SHORT_FORMS.values() for n in full})


def untitled(ws: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(titles, the rest): "secretary of defense hegseth" -> (secretary, of, defense), hegseth."""
    k = 0
    while k < len(ws) - 1 and ws[k] in titles():
        k += 1
    return ws[:k], ws[k:]


def surname(reference: str) -> str | None:
    """The surname of a person's name, or None when ``reference`` is not one."""
    parts = reference.split()
    if not 2 <= len(parts) <= MAX_NAME_WORDS or not all(_NAME_PART.match(p) for p in parts):
        return None
    _, ws = untitled(words(reference))
    if len(ws) < 2:
        return None
    if ws[0] in family_name_first():
        return ws[0]
    return ws[-1] if ws[0] in _given_names() else None


def by_surname(text: str, accepted: Sequence[str], rejected: Sequence[str]) -> Comparison | None:
    """Judge an answer that is one surname, with or without a title."""
    given, rest = untitled(words(text))
    if len(rest) != 1:
        return None
    for ref in accepted:
        family = surname(ref)
        if family is None or not token_similarity(rest[0], family, name=True, lexical=True):
            continue
        if not _title_fits(given, accepted):
            return cmp.close(0.5, "office differs", "Right person, wrong office.", ref)
        shared = [r for r in rejected if family in words(r)]
        if shared:
            rule = f"surname {rest[0]!r} is shared with known wrong {shared[0]!r}"
            return cmp.close(0.4, rule, f"Which {family.title()}? Give the full name.", ref)
        return cmp.correct(0.85, f"surname of {ref!r}" + (" with a title" if given else ""), ref)
    return None


def _title_fits(given: tuple[str, ...], accepted: Sequence[str]) -> bool:
    """A typed office must be one the accepted answers name, if they name any."""
    offices = {w for a in accepted for w in words(a) if w in OFFICES}
    typed = {w for w in given if w in OFFICES}
    return not offices or not typed or typed <= offices
