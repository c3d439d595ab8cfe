"""Telling what the learner added from what they typed back.

The tutor shows text while the learner answers: a claim's opening to complete, a hint,
an evidence card. Typing that text back is not knowing it, so it must earn nothing. A
word of the answer is *echoed* when it sits in a run of at least ``RUN`` content words
(stems, small words skipped) that also occurs, in order, in something shown. Only the
words left over count as the learner's own.

Public API, for the grader and the session core:

- ``added_words(answer, shown) -> str``: the learner's words that were not shown, in
  order, as typed (joined by single spaces); ``""`` when everything was typed back.
- ``is_echo(answer, shown) -> bool``: true when the answer adds fewer than
  ``MIN_ADDED`` content words of its own to what was shown (a finished claim typed back
  almost word for word). Empty ``shown`` never makes an echo.
"""

from __future__ import annotations

from collections.abc import Sequence

from tutor.grading.normalize import ARTICLES, SMALL_WORDS, Token, tokenize
from tutor.grading.stems import stem

RUN = 3
"""Content words in a row that must match something shown to count as typed back."""
MIN_ADDED = 3
"""Content words of their own an answer needs not to be an echo."""
_LIGHT = SMALL_WORDS | ARTICLES | frozenset({"its", "it", "that", "this", "so", "also"})


def echoed(tokens: list[Token], shown: Sequence[str]) -> frozenset[int]:
    """Positions of the answer tokens that were typed back from ``shown``."""
    runs = _runs(shown)
    if not runs:
        return frozenset()
    content = [i for i, t in enumerate(tokens) if t.text not in _LIGHT]
    stems = [stem(tokens[i].text) for i in content]
    out: set[int] = set()
    for n in {len(r) for r in runs}:
        for k in range(len(stems) - n + 1):
            if tuple(stems[k : k + n]) in runs:
                out.update(range(content[k], content[k + n - 1] + 1))
    return frozenset(out)


def _runs(shown: Sequence[str]) -> frozenset[tuple[str, ...]]:
    """Every run of ``RUN`` content stems in what was shown (shorter texts whole)."""
    runs: set[tuple[str, ...]] = set()
    for text in shown:
        stems = [stem(t.text) for t in tokenize(text) if t.text not in _LIGHT]
        n = min(RUN, len(stems))
        runs.update(tuple(stems[k : k + n]) for k in range(len(stems) - n + 1) if n)
    return frozenset(runs)


def added_words(answer: str, shown: Sequence[str]) -> str:
    """The learner's own words: the answer without what was typed back from ``shown``."""
    tokens = tokenize(answer)
    gone = echoed(tokens, shown)
    return " ".join(answer[t.start : t.end] for i, t in enumerate(tokens) if i not in gone)


def is_echo(answer: str, shown: Sequence[str]) -> bool:
    """True when the answer is what was shown, give or take a couple of words."""
    tokens = tokenize(answer)
    gone = echoed(tokens, shown)
    if not gone:
        return False
    own = [t for i, t in enumerate(tokens) if i not in gone and t.text not in _LIGHT]
    return len(own) < MIN_ADDED
