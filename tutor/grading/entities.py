"""A second name beside the answer: "Chosun Ilbo and JoongAng" names two papers.

An answer that holds the accepted one plus another proper name joined by "and",
"or", "&" or "/" has not chosen, so it is *close* ("which one?"), not correct. Words of
any accepted answer, titles and small words are not a second name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tutor.grading.normalize import SMALL_WORDS, Token, tokenize, words

JOINERS = frozenset({"and", "or", "plus", "also", "nor", "versus", "vs"})
_SYMBOL_JOIN = re.compile(r"[&/+]\s*$")
SKIPPED = frozenset({"also", "the", "a", "an", "maybe", "perhaps", "possibly"})
MAX_EXTRA = 3
"""Only answers with this few words beyond the accepted ones are read this way: in a
sentence "and" rarely joins two answers."""


def second_entity(text: str, accepted: Sequence[str]) -> str | None:
    """The first proper name joined to the answer that no accepted answer holds."""
    tokens = tokenize(text)
    known = {w for a in accepted for w in words(a)}
    if sum(t.text not in known for t in tokens) > MAX_EXTRA:
        return None
    for i, tok in enumerate(tokens):
        raw = text[tok.start : tok.end]
        if not raw[:1].isupper() or tok.text in known or tok.text in SMALL_WORDS or i == 0:
            continue
        if _joined(text, tokens, i):
            return raw
    return None


def _joined(text: str, tokens: list[Token], i: int) -> bool:
    j = i - 1
    while j > 0 and tokens[j].text in SKIPPED:
        j -= 1
    if tokens[j].text in JOINERS:
        return True
    return bool(_SYMBOL_JOIN.search(text[tokens[i - 1].end : tokens[i].start]))


def sibling_entity(text: str, matched: str, accepted: Sequence[str]) -> str | None:
    """An accepted answer that qualifies the matched one differently: "Labour Party".

    When the answer holds ``matched`` ("Party") inside words of its own, and another
    accepted answer is ``matched`` with a different qualifier ("Green Party"), the
    answer names another entity of that kind: the qualifier was the fact asked for.
    """
    core = set(words(matched))
    extra = set(words(text)) - core - SMALL_WORDS
    if not core or not extra:
        return None
    for other in accepted:
        qualifier = set(words(other)) - core - SMALL_WORDS
        if core < set(words(other)) and qualifier and not qualifier & extra:
            return other
    return None
