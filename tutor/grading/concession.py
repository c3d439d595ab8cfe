"""Finding where a rebuttal grants the opponent's claim instead of answering it.

A concession marker ("he is right", "I agree", "fair point", "true, …", "granted …",
"admittedly") concedes the words around it in its sentence, up to the next contrast word
("but", "however", "yet", "still"): in "Granted X, but Y" X is conceded and Y is argued.
A marker that stands alone ("I agree.", "He is right:") with next to nothing else in its
sentence concedes the following sentence too. A negated marker ("he is not right", "I
don't agree") is no concession. Words that only report the opponent ("Maxwell admits")
are not markers: only the learner, or the learner speaking to or of the opponent, concedes.
"""

from __future__ import annotations

from tutor.grading.normalize import ARTICLES, SMALL_WORDS, Token, word_set
from tutor.grading.sentences import Sentence

CONTRASTS = word_set("but however yet though although nevertheless nonetheless still whereas")
"""Words that end a concession's reach: what follows is argued again."""
OPPONENT = word_set("he she they you opponent opponents side team aff neg affirmative negative")
"""Who may be 'right' in a concession ("my opponent is right"). Folding drops "'s", so
"he's right" reads "he right" and "that's true" reads "that true"."""
MARKERS: tuple[tuple[str, ...], ...] = (
    ("i", "agree"), ("we", "agree"), ("i", "concede"), ("we", "concede"), ("i", "admit"),
    ("i", "accept"), ("i", "grant"), ("fair", "point"), ("good", "point"), ("fair", "enough"),
    ("point", "taken"), ("hes", "right"), ("shes", "right"), ("youre", "right"),
    ("he", "right"), ("she", "right"), ("that", "true"), ("that", "right"), ("it", "true"),
    ("theyre", "right"), ("thats", "true"), ("thats", "right"), ("that", "is", "true"),
    ("its", "true"), ("it", "is", "true"), ("has", "a", "point"), ("have", "a", "point"),
    ("granted",), ("admittedly",), ("of", "course"),
)  # fmt: skip
OPENERS = word_set("true sure yes right okay ok")
"""Words that concede when they open a sentence on their own ("True, ...", "Sure, ...")."""
_LIGHT = SMALL_WORDS | ARTICLES | word_set("i we my our this that he she they you it its so")


def conceded(text: str, tokens: list[Token], sentences: list[Sentence]) -> frozenset[int]:
    """Token positions the answer concedes to the opponent."""
    words = [t.text for t in tokens]
    out: set[int] = set()
    carry = False
    for s in sentences:
        if carry:
            out.update(_up_to_contrast(words, s.lo, s.hi))
            carry = False
        for start, end in _markers(text, tokens, s):
            scope = _scope(words, s, start, end)
            out.update(scope)
            carry = carry or len([i for i in scope if words[i] not in _LIGHT]) <= end - start + 1
    return frozenset(out)


def _markers(text: str, tokens: list[Token], s: Sentence) -> list[tuple[int, int]]:
    words = [t.text for t in tokens]
    found = []
    for i in range(s.lo, s.hi + 1):
        for m in MARKERS:
            if tuple(words[i : i + len(m)]) == m and i + len(m) - 1 <= s.hi:
                found.append((i, i + len(m) - 1))
        if _opponent_right(words, i, s.lo) or _opener(text, tokens, i, s.lo):
            found.append((i, i))
    return found


def _opponent_right(words: list[str], i: int, lo: int) -> bool:
    """ "my opponent is right", "they are right" (not "Seoul is right to refuse")."""
    return (
        words[i] == "right"
        and i - 2 >= lo
        and words[i - 1] in {"is", "are", "was", "were"}
        and words[i - 2] in OPPONENT
    )


def _opener(text: str, tokens: list[Token], i: int, lo: int) -> bool:
    """ "True, ..." / "Sure, ..." opening a sentence, followed by a comma."""
    after = text[tokens[i].end : tokens[i + 1].start] if i + 1 < len(tokens) else ""
    return i == lo and tokens[i].text in OPENERS and "," in after


def _scope(words: list[str], s: Sentence, start: int, end: int) -> list[int]:
    """From the last contrast before the marker to the first one after it."""
    lo = next((j + 1 for j in range(start - 1, s.lo - 1, -1) if words[j] in CONTRASTS), s.lo)
    return list(range(lo, start)) + _up_to_contrast(words, start, s.hi)


def _up_to_contrast(words: list[str], lo: int, hi: int) -> list[int]:
    out = []
    for j in range(lo, hi + 1):
        if words[j] in CONTRASTS and j > lo:
            break
        out.append(j)
    return out
