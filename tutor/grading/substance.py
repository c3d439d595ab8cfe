"""Telling a claim from a bare list of cue words or a fragment.

"deterrence, commitment, proximity" names three key points and argues none of them. A
point counts only inside a sentence that says something: one with a verb, or long
enough to hold one. A sentence is *thin* (a fragment or a list) when it has fewer than
``MIN_WORDS`` words, when it is a run of short comma-, "and"- or slash-separated items
(three or more with no sure verb in any, or two with no verb at all), or when it is short
and has no word that can be a verb.
"""

from __future__ import annotations

import re

from tutor.grading.normalize import Token, word_set

MIN_WORDS = 3
"""A sentence shorter than this is a fragment ("Unsigned explainer.")."""
SHORT = 6
"""A sentence shorter than this needs a word that can be a verb."""
ITEM = 3
"""The most words a list item has ("gift to beijing")."""
VERBS = word_set(
    """
    is are was were be been being am do does did has have had can could will would
    should may might must shall isnt arent wasnt werent dont doesnt didnt wont wouldnt
    cant cannot couldnt shouldnt hasnt havent its thats theres hes shes whats lets
    i we you he she they it
    """
)
"""Auxiliaries, copulas, contractions and subject pronouns: a sure sign of a clause."""
DETERMINERS = word_set("the a an this that these those our their his her its my your")
"""Words that open a subject, so a last -s word may be its verb ("the umbrella deters")."""
_ITEM_BREAK = re.compile(r"[,/&]|\band\b")


def thin(text: str, tokens: list[Token], lo: int, hi: int) -> bool:
    """Whether tokens ``lo..hi`` (a sentence) are a fragment or a list, not a claim."""
    words = [t.text for t in tokens[lo : hi + 1]]
    if len(words) < MIN_WORDS:
        return True
    items = _items(text[tokens[lo].start : tokens[hi].end])
    listed = len(items) >= 2 and all(len(item) <= ITEM for item in items)
    if listed and len(items) >= 3 and not any(map(has_clause, items)):
        return True
    own = [w for k, w in enumerate(words) if not _joined(text, tokens[lo + k])]
    if len(words) < SHORT:  # a short "-ing" phrase is a fragment: "Still negotiating details."
        own = [w for w in own if not w.endswith("ing")]
    return listed or len(words) < SHORT if not _says(own) else False


def _items(text: str) -> list[list[str]]:
    """The comma-, "and"- or slash-separated items of a sentence, as word lists."""
    return [item.split() for item in _ITEM_BREAK.split(text.casefold()) if item.strip()]


def _joined(text: str, token: Token) -> bool:
    """The second half of a hyphenated word ("one-*sided*") is never taken for a verb."""
    return text[token.start - 1 : token.start] == "-"


def has_clause(words: list[str]) -> bool:
    """Whether a list item holds a sure verb (an auxiliary or an -s verb with an object)."""
    return any(w in VERBS or (w.endswith("s") and w != words[-1]) for w in words)


def _says(words: list[str]) -> bool:
    """Whether the words hold something that can be a verb (see ``_verbish``)."""
    return any(_verbish(words, k) for k in range(len(words)))


def _verbish(words: list[str], k: int) -> bool:
    """An auxiliary, an -ed/-ing form, or an -s form that something follows ("Cha warns
    Seoul") or that ends a sentence opened by a subject ("the umbrella deters")."""
    w = words[k].replace("'", "").replace("\u2019", "")
    if w in VERBS or (len(w) > 4 and (w.endswith("ed") or w.endswith("ing"))):
        return True
    if not w.endswith("s") or w.endswith("ss"):
        return False
    return k < len(words) - 1 or (k >= 2 and words[0] in DETERMINERS)
