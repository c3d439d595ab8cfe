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

from tutor.grading.negation import NEGATING as _NEGATING
from tutor.grading.negation import count_negators, negators_after, negators_before, negators_in
from tutor.grading.normalize import Token, tokenize, word_set
from tutor.grading.reading import LIGHT, Reading
from tutor.grading.stems import stem
from tutor.grading.synonyms import concept

SHARE = 0.6
"""Weighted share of a text's content words a sentence must hold (tuned on the dev set)."""
ENOUGH = 3.5
"""Weighted words shared that are always enough, however long the text."""
MIN_SHARED = 3
"""Fewest distinct content words a sentence must share with the text (all of a shorter one)."""
OPPOSING_WEIGHT = 0.6
"""Weight of a word the opponent's claim also uses."""
FUNCTION_WORDS = word_set(
    """
    only just even itself themselves can will would could may might must should more
    much very also still really there here what which who one ones any some all every
    up down out off back get gets got make makes made
    """
)
"""Words too general to show a point (modals, quantifiers, adverbs of degree)."""
_SKIP = LIGHT | FUNCTION_WORDS


class Vocabulary:
    """How telling each word is for one question: a word of the opponent's claim weighs
    ``OPPOSING_WEIGHT``, any other word 1. (Dividing a word's weight among the key points
    that share it was tried and cost more recall on the dev data than it saved.)"""

    def __init__(self, opposing: str) -> None:
        self.opposing = concepts(opposing)

    def weight(self, word: str) -> float:
        return OPPOSING_WEIGHT if word in self.opposing else 1.0


@lru_cache(maxsize=4_096)
def concepts(text: str) -> frozenset[str]:
    """The distinct content words of a text, as stems joined through ``synonyms``."""
    return frozenset(concept(stem(t.text)) for t in tokenize(text) if t.text not in _SKIP)


@lru_cache(maxsize=4_096)
def _terms(phrase: str) -> tuple[dict[str, bool], int]:
    """The phrase's content words, each with whether it is said in the negative, and how
    many negations the phrase holds."""
    tokens = tokenize(phrase)
    polarity: dict[str, bool] = {}
    for i, t in enumerate(tokens):
        if t.text not in _SKIP and t.text not in _NEGATING:
            polarity.setdefault(concept(stem(t.text)), _negative(phrase, tokens, i))
    return polarity, count_negators([t.text for t in tokens])


def _negative(text: str, tokens: list[Token], i: int) -> bool:
    """Whether word ``i`` is said in the negative (a negation before it, or its verb's)."""
    return (negators_before(text, tokens, i) + negators_after(text, tokens, i)) % 2 == 1


def _negated(
    reading: Reading, where: list[int], polarity: dict[str, bool], words: list[str], own: int
) -> bool:
    flips = sum(_negative(reading.text, reading.tokens, i) != polarity[words[i]] for i in where)
    said = negators_in(reading.text, reading.tokens, where[0], where[-1])
    positive = not any(polarity[words[i]] for i in where)
    return 2 * flips >= len(where) or (flips > 0 and said % 2 != own % 2 * (not positive))


def phrase_matches(
    reading: Reading, phrase: str, vocabulary: Vocabulary
) -> Iterator[tuple[int, int, bool]]:
    """(lo, hi, negated) for each sentence that says much of ``phrase``.

    Negation is judged word by word: the match is negated when at least half of the
    shared words are said in the negative in one text and not in the other, or when a
    negation reaches a shared word and the stretch's negations differ in number from the
    phrase's (counting none for a phrase that says every shared word positively: its own
    negations are about other words). "We don't know *who* wrote the blog" does not
    negate "the blog is unsigned": no negation reaches a shared word.
    """
    polarity, negations = _terms(phrase)
    least = min(MIN_SHARED, len(polarity))
    if not least:
        return
    weight = {t: vocabulary.weight(t) for t in polarity}
    need = min(SHARE * sum(weight.values()), ENOUGH)
    words = [concept(s) for s in reading.index.stems]
    for s in reading.sentences:
        where = [i for i in range(s.lo, s.hi + 1) if words[i] in polarity]
        shared = {words[i] for i in where}
        if len(shared) >= least and sum(weight[t] for t in shared) >= need:
            yield where[0], where[-1], _negated(reading, where, polarity, words, negations)
