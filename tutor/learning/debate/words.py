"""Small word tools for the tutor: cue phrases, gists and one-word blanks.

A pack's key points come with cue phrases; a claim, a warrant or a weighing note
does not. :func:`derived_cues` makes cues from such a text (pairs of its longest
content words, so "troops" alone never counts as making the point), :func:`gist` gives the
start of a point for a hint, and :func:`blank_word` hides one word for a prompt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’,.-]*[A-Za-z0-9]|[A-Za-z0-9]")
_STOP_WORDS = """a an the and or but of to in on at by for from with without into onto over under
    as is are was were be been being it its it's this that these those there their they
    them he she his her we our you your i my not no nor so than then too very can could
    would should will shall may might must do does did has have had which who whom whose
    what when where why how all any some more most less much many such also only just
    if because while about against between through during before after above below up
    down out off again further once here both each few other own same"""
STOP = frozenset(_STOP_WORDS.split())


def words(text: str) -> list[str]:
    return [w.rstrip(".,") for w in _WORD.findall(text)]


def content_words(text: str) -> list[str]:
    """The words of ``text`` that carry meaning (no stop words, at least 3 letters)."""
    return [w for w in words(text) if w.lower() not in STOP and len(w) >= 3]


def derived_cues(text: str, keep: int = 5) -> tuple[str, ...]:
    """Cue phrases for a text without any: pairs of its ``keep`` longest content words.

    The grader finds a pair's words near each other in any order, so "costs billions"
    makes the point of "Korea costs American taxpayers billions", but "Korea" alone
    does not.
    """
    found = list(dict.fromkeys(w.lower() for w in content_words(text)))
    if len(found) <= 1:
        return tuple(found) or (text,)
    longest = set(sorted(found, key=len, reverse=True)[:keep])
    kept = [w for w in found if w in longest]
    return tuple(f"{a} {b}" for a, b in combinations(kept, 2))


_GENERIC_WORDS = """troops forces force korea korean koreas south north united states
    alliance military
    american u.s us usfk seoul washington country countries would could wider takes
    make makes made even already greater broader bigger other"""
GENERIC = frozenset(_GENERIC_WORDS.split())
"""Words too common in these debates to show, alone, that a learner made a point."""


def completion_cues(rest: str, shown: str) -> tuple[str, ...]:
    """Cues for completing a sentence whose start ``shown`` the learner already sees.

    Any distinctive word of the hidden rest counts on its own ("to focus on China"
    completes "... frees U.S. forces for the wider Indo-Pacific contest with China"),
    and so does any pair of its longer words. Words already shown, and words as common
    as "troops" or "Korea", never count alone.
    """
    seen = {w.lower() for w in words(shown)}
    singles = [
        w.lower()
        for w in content_words(rest)
        if w.lower() not in seen and w.lower() not in GENERIC and len(w) >= 4
    ]
    return tuple(dict.fromkeys([*singles, *derived_cues(rest)]))


def reason_cues(text: str, shown: str = "") -> tuple[str, ...]:
    """Cues for giving a reason (a warrant): pairs of its longer words, and its names.

    A name the learner has not been shown ("Colby", "Guseinova", "China") is a sign
    they know the reasoning; ordinary single words are not.
    """
    seen = {w.lower() for w in words(shown)}
    skip = GENERIC | seen | STOP
    names = [
        m.group(0).lower()
        for m in re.finditer(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{3,}\b", text)
        if m.group(0).lower() not in skip
    ]
    return tuple(dict.fromkeys([*names, *derived_cues(text, keep=8)]))


def gist(text: str, share: float = 0.5) -> str:
    """The first part of ``text`` (about ``share`` of its words, at least two), then "…"."""
    parts = text.split()
    keep = max(2, round(len(parts) * share))
    return " ".join(parts[:keep]) + ("…" if keep < len(parts) else "")


def blank_word(text: str, cues: Sequence[str]) -> tuple[str, str]:
    """``text`` with one cue word hidden, and that word (for a one-word prompt)."""
    for cue in cues:
        for word in reversed(content_words(cue)):
            pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
            found = pattern.search(text)
            if found:
                return text[: found.start()] + "____" + text[found.end() :], found.group(0)
    cue = cues[0] if cues else text
    tokens = content_words(cue) or words(cue) or [cue]
    word = tokens[-1]
    return f"{word[0]}{'_' * (len(word) - 1)} ({len(word)} letters)", word
