"""A crude, predictable stemmer so the inflections learners type meet a cue's words.

Key-point cues are written once by an author; students write "deters", "deterred",
"smaller", "reassurance", "advocacy" or "defence". Each rule here is plain morphology
(suffixes, a dropped final "e"), plus two tiny closed lists: British/American spellings
that no suffix rule can join, and gradable adjectives whose -er/-est forms are safe to
strip (a general -er rule would join "pointer" to "point" and "counter" to "count").
"""

from __future__ import annotations

from functools import lru_cache

from tutor.grading.normalize import word_set

_SUFFIXES = ("ing", "ed", "es", "s", "ly")
SPELLINGS = {"defence": "defend", "defense": "defend", "offence": "offend", "offense": "offend"}
"""Words whose British and American spellings (and verb) no suffix rule joins."""
SPELLING_PLURALS = {f"{k}s": v for k, v in SPELLINGS.items()}
GRADABLE = word_set(
    """
    small large strong weak cheap high low great fast slow long short near close
    safe hard soft tight loose deep broad wide narrow firm rich poor young old
    clear quick tough light dark smart bright fair late early
    """
)
"""Adjectives (of 4+ letters) whose comparative and superlative are stripped."""
_COMPARATIVE = ("er",)
_NOUN_ENDINGS = ("ance", "ancy")
_SHORT_S_KEEP = ("ss", "us", "is")


@lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    """The stem "deters", "deterred", "deterring" and "deter" share."""
    if word in SPELLINGS or word in SPELLING_PLURALS:
        return SPELLINGS.get(word) or SPELLING_PLURALS[word]
    return _drop_final_e(_strip(word))


def _strip(word: str) -> str:
    comparative = _comparative(word)
    if comparative:
        return comparative
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    if word.endswith("acy") and len(word) >= 7:
        return word[:-3] + "ate"  # advocacy -> advocate, accuracy -> accurate
    for ending in _NOUN_ENDINGS:
        base = word[: -len(ending)]
        if word.endswith(ending) and len(base) >= 4 and base[-1] in "rd":
            return base  # reassurance -> reassur
    if word.endswith("s") and len(word) == 4 and not word.endswith(_SHORT_S_KEEP):
        return word[:-1]  # sees -> see, cuts -> cut, wars -> war
    return word


def _comparative(word: str) -> str:
    for suffix in _COMPARATIVE:
        base = word[: -len(suffix)]
        if word.endswith(suffix) and len(base) >= 4:
            for candidate in (base, base + "e", base[:-1]):  # smaller, larger, bigger
                if candidate in GRADABLE:
                    return candidate
    return ""


def _drop_final_e(word: str) -> str:
    """ "advocate"/"advocates" and "reassure"/"reassured" meet (not "leave"/"leaving":
    short stems would start colliding with other words through typo tolerance)."""
    return word[:-1] if word.endswith("e") and len(word) >= 6 else word
