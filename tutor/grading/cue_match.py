"""Where a cue phrase occurs in an answer, and whether it is said in the negative.

A cue counts when its words occur close together in one sentence of the answer (typos
forgiven, see ``cue_index``): a cue of n words must fit within 2n + ``CUE_SLACK`` words
("deter *any future* aggression"). A stretch holding a comparison the cue lacks
("modernising is better *than* cutting" for "modernise and cut") is not the cue. Each
stretch found is reported with whether it is negated; the caller judges its stance. A
cue that itself says "not" ("no time") is not found by words that lack any negation.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from functools import lru_cache

from tutor.grading.cue_index import AnswerIndex, Term, cue_words, stem
from tutor.grading.negation import NEGATING, count_negators, negators_in
from tutor.grading.normalize import tokenize, word_set
from tutor.grading.sentences import sentence_of, split

CUE_SLACK = 3
"""A cue of n words must be found within 2n + CUE_SLACK words."""
COMPARISONS = word_set("than instead rather versus vs over")
"""Words that set two things against each other inside a stretch."""
OPENING_NEGATORS = word_set("not no never")
"""Negators that, opening a cue, make it name what its point is against."""
TOPIC_WORDS = 2
"""Content words a denied topic needs to rule out the clauses that affirm it."""
MAX_STRETCHES = 12
"""Stretches examined per cue (enough to find an asserted one after negated ones)."""


def matches(
    index: AnswerIndex, owner: list[int], cue: str, coverage: float
) -> Iterator[tuple[int, int, bool]]:
    """(lo, hi, negated) for each stretch of the answer that matches ``cue``."""
    required, negations, tail, own = _cue_parts(cue)
    if not required:
        return
    need = len(required) if len(required) <= 3 else max(3, math.ceil(coverage * len(required)))
    if len(required) > 3 and coverage >= 1.0:
        need = math.ceil(0.75 * len(required))
    width = 2 * len(required) + CUE_SLACK
    for n, (lo, hi) in enumerate(index.windows(required, need, width)):
        if n >= MAX_STRETCHES:
            return
        if owner[lo] != owner[hi] or _compares(index, lo, hi, own):
            continue
        if tail and not _ends_in_negator(index, required, hi):
            continue
        said = negators_in(index.text, index.tokens, lo, hi)
        if negations and not said:
            continue  # "no time" is not denied by an answer that merely says "time"
        yield lo, hi, (said + negations + _not_enough(index, hi, negations)) % 2 == 1


@lru_cache(maxsize=4_096)
def _cue_parts(cue: str) -> tuple[tuple[Term, ...], int, bool, frozenset[str]]:
    """The cue's words to find, its negations, whether it ends on one, and all its words."""
    all_words = tuple(t.text for t in tokenize(cue))
    required = cue_words(all_words)
    tail = 1 < len(required) <= 3 and required[-1][1] in NEGATING
    return required, count_negators(all_words), tail, frozenset(all_words)


def _not_enough(index: AnswerIndex, hi: int, negations: int) -> int:
    """1 when a negated cue ("not leaving") is denied in degree: "would not leave *enough*"."""
    after = index.tokens[hi + 1].text if hi + 1 < len(index.tokens) else ""
    return int(negations > 0 and after in {"enough", "sufficient"})


def _compares(index: AnswerIndex, lo: int, hi: int, own: frozenset[str]) -> bool:
    return any(index.tokens[i].text in COMPARISONS - own for i in range(lo, hi + 1))


def _ends_in_negator(index: AnswerIndex, required: tuple[Term, ...], hi: int) -> bool:
    """A cue ending on a negator ("say no") needs it right after its other words."""
    tokens = index.tokens
    if tokens[hi].text not in NEGATING:
        return False
    content = {s for s, w in required if w not in NEGATING}
    return any(j >= 0 and stem(tokens[j].text) in content for j in (hi - 1, hi - 2))


@lru_cache(maxsize=1_024)
def polarity(text: str, cues: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """What a key point denies, and which of its cues say the opposite of its own text.

    A cue opening on a negator ("not want talks") names a topic X. When the point's text
    says X with no negator anywhere before it ("kept Seoul's veto" for "no veto"), the
    cue contradicts its point and finds nothing. When the text denies X ("not measured in
    troop numbers") or never uses any of X's words, the point is against X. Only topics
    of two content words or more are kept: one word ("no *time*") is too loose.
    Returns (the topics the point denies, the contrary cues).
    """
    denied: list[str] = []
    contrary: set[str] = set()
    for cue in cues:
        words = tuple(t.text for t in tokenize(cue))
        if len(words) < 2 or words[0] not in OPENING_NEGATORS or count_negators(words[1:]):
            continue
        core = " ".join(words[1:])
        said = _said(text, core)
        if said and min(said) == 0:
            contrary.add(cue)
        elif len(cue_words(words[1:])) >= TOPIC_WORDS and (said or not _uses(text, words[1:])):
            denied.append(core)
    return tuple(denied), frozenset(contrary)


def _said(text: str, phrase: str) -> list[int]:
    """For each place ``text`` says ``phrase``: how many negators stand before it (0 is
    counted over the whole text, others over its sentence)."""
    tokens = tokenize(text)
    sentences = split(text, tokens)
    owner = sentence_of(sentences, len(tokens))
    out = []
    for lo, hi, negated in matches(AnswerIndex(text, tokens), owner, phrase, 1.0):
        before = {t.text for t in tokens[: hi + 1]} & NEGATING
        near = {t.text for t in tokens[sentences[owner[lo]].lo : hi + 1]} & NEGATING
        out.append(0 if not (negated or before) else max(len(near), 1))
    return out


def _uses(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds any content word of ``words`` (by stem)."""
    stems = {stem(t.text) for t in tokenize(text)}
    return any(s in stems for s, w in cue_words(words) if w not in NEGATING)
