"""Finding a point made in the learner's own words, from the point's text and examples.

Cues catch the phrases an author foresaw. A learner who writes the point another way
still shares much of its vocabulary with the key point's own text, or with one of the
author's example phrasings (``KeyPoint.examples``). Each clause of the answer is compared
with each of those texts by stems: the clause must hold at least ``MIN_SHARED`` of the
text's content stems and a weighted share of ``SHARE`` of them. Words of the opponent's
claim weigh less (``OPPOSING_WEIGHT``): both sides use them, so they show the topic, not
the point. The result is only a candidate: its stance (negated, conceded, hedged, …) is
judged like any cue match.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from tutor.grading.negation import negators_before
from tutor.grading.normalize import Token, tokenize
from tutor.grading.reading import Reading, content_stems
from tutor.grading.stems import stem

SHARE = 0.5
"""Weighted share of a text's content stems a clause must hold (tuned on the dev set)."""
MIN_SHARED = 3
"""Fewest distinct content stems a clause must share with the text."""
OPPOSING_WEIGHT = 0.4
"""Weight of a stem the opponent's claim also uses."""


@lru_cache(maxsize=4_096)
def _terms(phrase: str) -> tuple[frozenset[str], dict[str, bool]]:
    """The phrase's content stems, and for each whether it is said in the negative."""
    tokens = tokenize(phrase)
    terms = content_stems(phrase)
    polarity = {}
    for i, t in enumerate(tokens):
        polarity.setdefault(stem(t.text), _negative(phrase, tokens, i))
    return terms, {t: polarity[t] for t in terms}


def _negative(text: str, tokens: list[Token], i: int) -> bool:
    return negators_before(text, tokens, i) % 2 == 1


def phrase_matches(
    reading: Reading, phrase: str, opposing: frozenset[str]
) -> Iterator[tuple[int, int, bool]]:
    """(lo, hi, negated) for each sentence that says much of ``phrase``.

    Negation is judged word by word: the match is negated when most shared words are
    said in the negative in one text and not the other, or half of them ("Kim *no longer* seeks peaceful
    reunification" still says "Kim has ended peaceful unification").
    """
    terms, polarity = _terms(phrase)
    if len(terms) < MIN_SHARED:
        return
    weight = {t: OPPOSING_WEIGHT if t in opposing else 1.0 for t in terms}
    total = sum(weight.values())
    for s in reading.sentences:
        where = [i for i in range(s.lo, s.hi + 1) if reading.index.stems[i] in terms]
        shared = {reading.index.stems[i] for i in where}
        if len(shared) >= MIN_SHARED and sum(weight[t] for t in shared) >= SHARE * total:
            flips = [_negative(reading.text, reading.tokens, i) != polarity[reading.index.stems[i]]
                     for i in where]  # fmt: skip
            yield where[0], where[-1], 2 * sum(flips) >= len(flips)
