"""Spotting a cue said in the negative: "it would *not* deter" does not cover "deters".

Rule: count negating words inside the matched stretch and in the few words before it
(stopping at punctuation or a contrast word such as "but"); "not only" is emphasis, and
two negations cancel ("does not fail to deter"). If that count's parity
differs from the cue's own (a cue may itself say "not"), the match is negated and
does not cover its key point; the result reports it as ``negated`` instead.
"""

from __future__ import annotations

from tutor.grading.lexicon import NEGATORS
from tutor.grading.normalize import Token, clause_break_between

NEGATING = NEGATORS | frozenset(
    {"fail", "fails", "failed", "unable", "lack", "lacks", "lacked", "rarely", "barely"}
)
SCOPE_BREAKERS = frozenset({"but", "however", "although", "though", "yet", "whereas", "while"})
LOOKBACK = 4
"""How many words before a cue a negation may stand and still apply to it."""


def count_negators(words: list[str] | tuple[str, ...]) -> int:
    """How many negating words a phrase holds ("not only" is emphasis, not negation)."""
    return sum(
        1
        for i, w in enumerate(words)
        if w in NEGATING and not (w == "not" and i + 1 < len(words) and words[i + 1] == "only")
    )


def negators_before(text: str, tokens: list[Token], lo: int) -> int:
    """How many negating words stand in scope just before token ``lo``."""
    words: list[str] = []
    i = lo - 1
    while i >= 0 and lo - i <= LOOKBACK:
        word = tokens[i].text
        if word in SCOPE_BREAKERS or clause_break_between(text, tokens[i], tokens[i + 1]):
            break
        words.insert(0, word)
        i -= 1
    following = tokens[lo].text if lo < len(tokens) else ""
    return count_negators([*words, following]) - count_negators([following])


def is_negated(text: str, tokens: list[Token], lo: int, hi: int, cue_negations: int) -> bool:
    """True when the stretch ``tokens[lo..hi]`` says the opposite of its cue."""
    inside = count_negators([t.text for t in tokens[lo : hi + 1]])
    before = negators_before(text, tokens, lo)
    return (inside + before) % 2 != cue_negations % 2
