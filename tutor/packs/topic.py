"""A pack's topic words: the words every argument of the pack uses.

In a pack on U.S. troops in Korea, "Korea" and "troops" are in nearly every claim, so a
learner who types one of them has not yet made any point; in a pack on city transport
the same holds for "buses" and "city". The code must not know either list: it is read
from the pack itself, from

- its titles (the pack's and each motion's),
- the words that most of its arguments share (a word, singular or plural, in at least
  two arguments in five, and in at least three, or in all of a smaller pack's), and
- the glossary: when a term or an alias is a topic word, all its forms are.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from tutor.packs import models as m
from tutor.text.stopwords import content_words

SHARE = 0.4
"""A word in at least this share of a pack's arguments is a topic word."""
AT_LEAST = 3
"""... and in at least this many arguments."""


def topic_words(pack: m.Pack) -> frozenset[str]:
    """The pack's topic words, lower case."""
    found = _title_words(pack) | _shared_words(pack)
    return frozenset(found | _glossary_forms(pack.glossary, found))


def _lower_words(text: str) -> set[str]:
    return {w.lower() for w in content_words(text)}


def _title_words(pack: m.Pack) -> set[str]:
    titles = [pack.metadata.title, *(motion.title for motion in pack.motions)]
    return {w for title in titles for w in _lower_words(title)}


def _shared_words(pack: m.Pack) -> set[str]:
    arguments = [a for motion in pack.motions for a in motion.arguments]
    counts: Counter[str] = Counter()
    forms: dict[str, set[str]] = {}
    for argument in arguments:
        written = _lower_words(f"{argument.claim} {argument.warrant} {argument.impact}")
        for word in written:
            forms.setdefault(_singular(word), set()).add(word)
        counts.update({_singular(word) for word in written})
    needed = max(min(AT_LEAST, len(arguments)), SHARE * len(arguments), 1)
    return {form for key, count in counts.items() if count >= needed for form in forms[key]}


def _singular(word: str) -> str:
    """ "troops" and "troop", "korea's" and "korea" count as one word."""
    word = word.removesuffix("'s").removesuffix("’s")
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _glossary_forms(glossary: Iterable[m.GlossaryEntry], found: set[str]) -> set[str]:
    """Every form of a glossary entry one of whose names is itself a topic word."""
    forms: set[str] = set()
    for entry in glossary:
        names = [name.lower() for name in (entry.term, *entry.aliases)]
        if found & set(names):
            forms |= {w for name in names for w in (name, *_lower_words(name))}
    return forms
