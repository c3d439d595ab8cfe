"""Plain-English words that say the same thing, so a paraphrase meets a key point's text.

A learner who writes "pulling the soldiers home" makes the point "moving troops out".
Stems cannot join those words; this table does, for the general vocabulary of argument
and of military and diplomatic affairs that any motion on alliances, bases or trade
uses. It holds no topic words (places, people, programmes): those come from the pack, in
its cues and examples. Used only to find a candidate in the learner's own words: the
candidate's stance is judged like any other, and cues are never widened by it.
"""

from __future__ import annotations

from functools import lru_cache

from tutor.grading.stems import stem

GROUPS = (
    "troop troops soldier soldiers forces personnel garrison servicemembers",
    "closest nearest close near nearby next proximity",
    "withdraw withdrawal pull pullout remove leave exit cut reduce reduction trim shrink",
    "weak weakness retreat backing surrender",
    "embolden encourage bolder emboldened",
    "danger dangerous threat threaten risk risky",
    "grow growing rise rising increase stronger strengthen",
    "agree agreed accept consent approve sign",
    "refuse block veto forbid",
    "talk talks dialogue negotiate negotiation diplomacy consultation consult",
    "unsigned anonymous authorless",
    "reliable trust trusted credible credibility",
    "deal agreement bargain",
    "demand ask request",
    "punish coerce coercion pressure leverage squeeze",
    "fact evidence proof",
    "opinion advocacy biased",
    "far farther further away distant",
    "home peninsula",
    "attack aggression invade invasion",
    "gift present reward",
    "war conflict fight",
    "unequal lopsided asymmetric uneven",
    "money cash funds",
)
"""Each line: words that stand for one another in a paraphrase (the first is the head)."""


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in GROUPS:
        words = line.split()
        head = stem(words[0])
        for w in words:
            table.setdefault(stem(w), head)
    return table


def concept(word_stem: str) -> str:
    """The head stem of the word's group, or the stem itself."""
    return _table().get(word_stem, word_stem)
