"""One name, several romanisations: "Kyongju" and "Gyeongju", "Yun" and "Yoon".

Korean and Chinese names reach English in several systems, so a learner's spelling
may be right in another one. The rules are data (``data/romanisation.json``): they
rewrite a word to a key, and two names with one key are the same name. They are
applied only to words the answer writes as names, never to common words.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any

MIN_LETTERS = 3
"""Words shorter than this are compared as they are ("Li" is not "Le")."""


@cache
def _data() -> dict[str, Any]:
    text = resources.files("tutor.grading").joinpath("data/romanisation.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def _rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(a), b) for a, b in _data()["rules"])


@cache
def family_name_first() -> frozenset[str]:
    """Surnames that stand before the given name ("Yoon Suk Yeol", "Xi Jinping")."""
    return frozenset(_data()["family_name_first"])


def surname_groups() -> list[list[str]]:
    """Spellings of one surname that no rule joins ("Lee", "Yi", "Rhee")."""
    groups: list[list[str]] = _data()["groups"]
    return groups


@lru_cache(maxsize=16_384)
def roman_key(word: str) -> str:
    """The key shared by romanisations of one syllable string ("kyongju" -> "gyongjo")."""
    for pattern, repl in _rules():
        word = pattern.sub(repl, word)
    return word


def same_romanised(typed: str, expected: str) -> bool:
    """True when two words are romanisations of the same name."""
    if min(len(typed), len(expected)) < MIN_LETTERS or typed[:1].isdigit():
        return False
    return roman_key(typed) == roman_key(expected)
