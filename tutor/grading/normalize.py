"""Turning typed text into comparable tokens: Unicode, case, punctuation, filler.

Learners type the same fact in many shapes ("The Stryker Brigade", "stryker-brigade",
"I think it's about 28,500"). Everything the grader compares goes through here first,
and every token keeps its offsets into the original string so spans can be highlighted.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from tutor.grading.result import MAX_ANSWER_CHARS

TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*[^\W\d_]*|[^\W_]+(?:[.'’`´][^\W_]+)*")
_CLAUSE_BREAK_RE = re.compile(r"[.;:!?,()\[\]\n]")
_PUNCT_IN_TOKEN = str.maketrans("", "", ".'’`´")
_DASHES = frozenset("-–—")


def word_set(text: str) -> frozenset[str]:
    """A frozen set of the whitespace-separated words in ``text`` (keeps word lists compact)."""
    return frozenset(text.split())


ARTICLES = frozenset({"the", "a", "an"})
FILLER_PHRASES: tuple[tuple[str, ...], ...] = (
    ("i", "think"), ("i", "believe"), ("i", "guess"), ("i", "would", "say"),
    ("my", "answer", "is"), ("the", "answer", "is"), ("it", "is"), ("it", "was"),
    ("its",), ("it",), ("about",), ("approximately",), ("approx",), ("around",), ("roughly",),
    ("circa",), ("probably",), ("perhaps",), ("um",), ("uh",), ("erm",), ("some",),
)  # fmt: skip
SMALL_WORDS = word_set(
    """
    of in on at for to and by with from de del da la le von van der den du s is are
    was were be been his her their between
    """
)


@dataclass(frozen=True, slots=True)
class Token:
    """One word of the learner's text: folded form plus offsets into the original."""

    text: str
    start: int
    end: int


def truncate(text: str, limit: int = MAX_ANSWER_CHARS) -> tuple[str, bool]:
    """Cut an over-long answer so grading stays fast; says whether it cut."""
    if len(text) <= limit:
        return text, False
    return text[:limit], True


@lru_cache(maxsize=65_536)
def fold(word: str) -> str:
    """Case- and accent-free form of one word: NFKC, casefold, no diacritics or dots."""
    text = unicodedata.normalize("NFKC", word).casefold()
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    if text[:1].isdigit():
        return text.replace(",", "").rstrip(".")
    text = text.translate(_PUNCT_IN_TOKEN)
    return text[:-1] if text.endswith("s") and word[-2:-1] in "'’" else text


def tokenize(text: str) -> list[Token]:
    """All words of ``text`` (folded), with their offsets in ``text``."""
    tokens = []
    for m in TOKEN_RE.finditer(text):
        folded = fold(m.group())
        if folded:
            tokens.append(Token(folded, m.start(), m.end()))
    return tokens


def clause_break_between(text: str, left: Token, right: Token) -> bool:
    """True when punctuation separates two tokens (a clause boundary)."""
    return _CLAUSE_BREAK_RE.search(text, left.end, right.start) is not None


def strip_filler(words: list[str]) -> list[str]:
    """Drop filler phrases and articles (an article is kept at the end: "Plan A")."""
    return [words[i] for i in kept_positions(words)]


def kept_positions(words: list[str]) -> list[int]:
    """Positions of the words :func:`strip_filler` keeps."""
    out: list[int] = []
    i = 0
    while i < len(words):
        skip = _filler_length(words, i)
        if skip:
            i += skip
            continue
        if not (words[i] in ARTICLES and i + 1 < len(words)):
            out.append(i)
        i += 1
    return out


def _filler_length(words: list[str], i: int) -> int:
    for phrase in FILLER_PHRASES:
        if tuple(words[i : i + len(phrase)]) == phrase and len(words) > len(phrase):
            return len(phrase)
    return 0


@lru_cache(maxsize=16_384)
def words(text: str) -> tuple[str, ...]:
    """The comparable words of a short answer: folded, without filler or articles."""
    toks = tokenize(text)
    return tuple(strip_filler([_full_year(text, toks, i) for i in range(len(toks))]))


def _full_year(text: str, toks: list[Token], i: int) -> str:
    """ "1648-51" -> 1648, 1651: the second year of a range written with two digits."""
    word = toks[i].text
    if i == 0 or len(word) != 2 or not word.isdigit():
        return word
    prev = toks[i - 1].text
    if len(prev) != 4 or not prev.isdigit() or text[toks[i - 1].end : toks[i].start] not in _DASHES:
        return word
    full = prev[:2] + word
    return full if full > prev else word


@lru_cache(maxsize=4_096)
def clauses(text: str) -> tuple[int, ...]:
    """For each of :func:`words`, the number of its clause (punctuation starts a new one)."""
    toks = tokenize(text)
    ids, n = [], 0
    for i, tok in enumerate(toks):
        n += i > 0 and clause_break_between(text, toks[i - 1], tok)
        ids.append(n)
    return tuple(ids[i] for i in kept_positions([t.text for t in toks]))


def normalize(text: str) -> str:
    """Canonical form for exact comparison: "The Stryker-Brigade!" -> "stryker brigade"."""
    return " ".join(words(text))
