"""Topic words come from the pack: no word list in the engine names the Korea packs' topic.

A pack on city transport must work as well as the Korea packs, so no set, tuple, list
or dict of words in the engine may hold "Korea", "Seoul" or "troops". (Docstring
examples are fine; the words that steer grading and drafting are not.)
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator

import pytest

KOREA = re.compile(r"\b(korea\w*|seoul|pyongyang|usfk|troops?|washington|beijing)\b", re.I)
PACKAGES = ("tutor.text", "tutor.packs", "tutor.learning", "tutor.authoring", "tutor.store")


def _modules() -> Iterator[str]:
    for package in PACKAGES:
        yield package
        path = importlib.import_module(package).__path__
        yield from (m.name for m in pkgutil.walk_packages(path, prefix=f"{package}."))


def _words_in(value: object) -> list[str]:
    if isinstance(value, dict):
        value = list(value)
    if isinstance(value, frozenset | set | tuple | list):
        return [w for w in value if isinstance(w, str)]
    return []


@pytest.mark.parametrize("name", sorted(_modules()))
def test_no_engine_word_list_names_a_pack_topic(name: str) -> None:
    module = importlib.import_module(name)
    found = {
        attr: hits
        for attr, value in vars(module).items()
        if not attr.startswith("__") and (hits := [w for w in _words_in(value) if KOREA.search(w)])
    }
    assert found == {}


def test_the_stop_words_live_in_one_module_the_debate_words_use() -> None:
    from tutor.learning.debate import words
    from tutor.text import stopwords

    assert words.content_words is stopwords.content_words
    assert "the" in stopwords.STOP_WORDS and "korea" not in stopwords.STOP_WORDS
