"""Word stems, so the inflections learners type meet the words an author wrote.

Key-point cues and texts are written once by an author; students write "deters",
"deterred", "reassurance", "advocacy" or "defence". Stemming is the English Snowball
(Porter2) stemmer from ``snowballstemmer``: a pure-Python, dependency-free library kept
by the Snowball project (the stemmer Sphinx search uses), with no data to download.
Three small rules stay here because no stemmer joins these words: British and American
spellings ("defence"/"defense"/"defend", "-ise"/"-ize"), "-acy" nouns and their "-ate"
word ("advocacy"/"advocate"), and the comparative of short
gradable adjectives ("smaller" = "small"; a general -er rule would join "pointer" to
"point" and "counter" to "count", so only listed adjectives are cut). Superlatives stay
apart: on the dev data "closest" and "closer" were graded as meaningfully different.
"""

from __future__ import annotations

from functools import lru_cache

import snowballstemmer

from tutor.grading.normalize import word_set

_STEMMER = snowballstemmer.stemmer("english")
SPELLINGS = {"defence": "defend", "defense": "defend", "offence": "offend", "offense": "offend"}
"""Words whose British and American spellings (and verb) no stemmer joins."""
SPELLING_PLURALS = {f"{k}s": v for k, v in SPELLINGS.items()}
GRADABLE = word_set(
    """
    small large strong weak cheap high low great fast slow long short near close
    safe hard soft tight loose deep broad wide narrow firm rich poor young old
    clear quick tough light dark smart bright fair late early
    """
)
"""Adjectives (of 4+ letters) whose comparative is cut to the adjective."""
_BRITISH = (("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"))


@lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    """The stem "deters", "deterred", "deterring" and "deter" share."""
    if word in SPELLINGS or word in SPELLING_PLURALS:
        return SPELLINGS.get(word) or SPELLING_PLURALS[word]
    stemmed: str = _STEMMER.stemWord(_comparative(word) or _noun_of_quality(_american(word)))
    return stemmed


def _noun_of_quality(word: str) -> str:
    """ "advocacy" meets "advocate", "accuracy" meets "accurate" (no stemmer joins them)."""
    return word[:-3] + "ate" if word.endswith("acy") and len(word) >= 7 else word


def _american(word: str) -> str:
    """ "modernise"/"modernised" spelled as "modernize"/"modernized" (long words only)."""
    if len(word) < 7:
        return word
    for british, american in _BRITISH:
        if word.endswith(british):
            return word[: -len(british)] + american
    return word[:-3] + "ize" if word.endswith("ise") and len(word) >= 8 else word


def _comparative(word: str) -> str:
    base = word[:-2]
    if word.endswith("er") and len(base) >= 4:
        for candidate in (base, base + "e", base[:-1]):  # smaller, larger, bigger
            if candidate in GRADABLE:
                return candidate
    return ""
