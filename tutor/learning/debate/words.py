"""Small word tools for the tutor: cue phrases, gists and one-word blanks.

A pack's key points come with cue phrases; a claim, a warrant or a weighing note
does not. :func:`derived_cues` makes cues from such a text (pairs of its longest
content words, so one word alone never counts as making the point), :func:`gist` gives the
start of a point for a hint, and :func:`blank_word` hides one word for a prompt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations

from tutor.text.stopwords import STOP_WORDS, WEAK_WORDS, content_words, words


def derived_cues(text: str, keep: int = 5) -> tuple[str, ...]:
    """Cue phrases for a text without any: pairs of its ``keep`` longest content words.

    The grader finds a pair's words near each other in any order, so "costs billions"
    makes the point of "The line costs taxpayers billions", but "line" alone does not.
    """
    found = list(dict.fromkeys(w.lower() for w in content_words(text)))
    if len(found) <= 1:
        return tuple(found) or (text,)
    longest = set(sorted(found, key=len, reverse=True)[:keep])
    kept = [w for w in found if w in longest]
    return tuple(f"{a} {b}" for a, b in combinations(kept, 2))


def completion_cues(rest: str, shown: str, common: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Cues for completing a sentence whose start ``shown`` the learner already sees.

    Any distinctive word of the hidden rest counts on its own ("to focus on China"
    completes "... frees U.S. forces for the wider Indo-Pacific contest with China"),
    and so does any pair of its longer words. Words already shown, vague words and the
    pack's ``common`` topic words (:func:`tutor.packs.topic.topic_words`) never count
    alone.
    """
    skip = {w.lower() for w in words(shown)} | WEAK_WORDS | common
    singles = [w.lower() for w in content_words(rest) if w.lower() not in skip and len(w) >= 4]
    return tuple(dict.fromkeys([*singles, *derived_cues(rest)]))


def reason_cues(
    text: str, shown: str = "", common: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    """Cues for giving a reason (a warrant): pairs of its longer words, and its names.

    A name the learner has not been shown ("Colby", "Guseinova", "China") is a sign
    they know the reasoning; ordinary single words and the pack's ``common`` topic
    words are not.
    """
    skip = {w.lower() for w in words(shown)} | WEAK_WORDS | common | STOP_WORDS
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
