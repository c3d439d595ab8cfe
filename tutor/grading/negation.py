"""Spotting a cue said in the negative: "it would *not* deter" does not cover "deters".

Rule: count negating words inside the matched stretch and in the few words before it
(stopping at punctuation or a contrast word such as "but"); "not only" is emphasis, and
two negations cancel ("does not fail to deter"). A cue can also be the subject of a
negated verb right after it ("extended deterrence *doesn't* work", "the guarantee *is
not* at stake"), and a copular "it is not possible to …" reaches to the clause's end.
If that count's parity differs from the cue's own (a cue may itself say "not"), the
match is negated and does not cover its key point; the result reports it as ``negated``.
"""

from __future__ import annotations

from tutor.grading.lexicon import NEGATORS
from tutor.grading.normalize import Token, clause_break_between, word_set

NEGATING = NEGATORS | frozenset(
    {"fail", "fails", "failed", "unable", "lack", "lacks", "lacked", "rarely", "barely",
     "reject", "rejects", "rejected", "useless", "worthless", "pointless", "irrelevant"}
)  # fmt: skip
SCOPE_BREAKERS = frozenset({"but", "however", "although", "though", "yet", "whereas", "while"})
QUESTION_WORDS = frozenset({"who", "what", "why", "how", "whether", "where"})
"""Words that open an embedded clause: "we don't know *who* wrote it" does not negate "wrote"."""
CLAUSE_STARTERS = SCOPE_BREAKERS | word_set("so because since which who if when as therefore then")
"""Words that start a new clause, ending the reach of a copular "it is not possible to"."""
LOOKBACK = 4
"""How many words before a cue a negation may stand and still apply to it."""
LOOKAHEAD = 3
"""How many words after a cue its negated verb may reach ("X is really not ...")."""
SUBJECT_TAIL = 2
"""Words a subject may run on past a cue before its negated auxiliary."""
TAIL_STOPS = CLAUSE_STARTERS | NEGATING | word_set("and or it they he she we i you there")
"""Words a subject's tail never holds: a new clause or a negation starts there."""
CLAUSE_REACH = 10
"""How far back a copular "is not possible to" may stand and still govern the cue."""
AUXILIARIES = word_set(
    """
    is are was were be been being am does do did has have had can could will would
    should may might must shall really just even actually simply necessarily always
    still also probably clearly certainly often usually
    """
)
NEEDS_AUXILIARY = frozenset({"not", "no", "never", "nothing"})
"""Negators that negate a preceding subject only after a verb ("X, not Y" is a contrast)."""
AFTER_SUBJECT = (NEGATING - NEGATORS) | frozenset(
    {"isnt", "arent", "wasnt", "werent", "dont", "doesnt", "didnt", "wont", "wouldnt",
     "cant", "cannot", "couldnt", "shouldnt", "hasnt", "havent", "hadnt", "mustnt",
     "neednt", "aint", "never", "hardly"}
)  # fmt: skip
"""Negators that negate the subject just before them on their own ("X doesn't work")."""
COPULAS = word_set("is are was were be it that there")
"""Words a copular "not" follows (\"it's\" folds to \"it\")."""
POSSIBLE = word_set(
    """
    possible compatible consistent feasible realistic viable true right wise sensible
    smart sustainable likely necessary
    """
)
"""Adjectives whose negation negates their infinitive ("it is not compatible to ...")."""
NOT_ABOUT_SUBJECT = word_set(
    """
    only just merely simply necessarily always have has need needs require requires
    mean means depend depends rely relies
    """
)
"""Words after "not" that deny something else than the subject ("X doesn't have to ...")."""


def count_negators(words: list[str] | tuple[str, ...]) -> int:
    """How many negating words a phrase holds ("not only" is emphasis, not negation;
    "too weak to" negates what follows)."""
    return sum(
        1
        for i, w in enumerate(words)
        if (w in NEGATING and not (w == "not" and i + 1 < len(words) and words[i + 1] == "only"))
        or (w == "too" and i + 2 < len(words) and words[i + 2] == "to")
    )


def negators_before(text: str, tokens: list[Token], lo: int) -> int:
    """How many negating words stand in scope just before token ``lo``."""
    words: list[str] = []
    i = lo - 1
    while i >= 0 and lo - i <= LOOKBACK:
        word = tokens[i].text
        if word in SCOPE_BREAKERS or clause_break_between(text, tokens[i], tokens[i + 1]):
            return _counted(words, tokens, lo)
        if word in QUESTION_WORDS:
            return _counted(words, tokens, lo)
        words.insert(0, word)
        i -= 1
    return _counted(words, tokens, lo) + (i >= 0 and _copular_negation(text, tokens, lo, i))


def _counted(words: list[str], tokens: list[Token], lo: int) -> int:
    following = tokens[lo].text if lo < len(tokens) else ""
    return count_negators([*words, following]) - count_negators([following])


def _copular_negation(text: str, tokens: list[Token], lo: int, start: int) -> bool:
    """Whether "is not possible to" (or "isn't true that") governs the clause up to ``lo``.

    Only a negator at or before ``start`` (beyond the plain look-back) is new here.
    """
    for j in range(lo - 1, max(0, lo - CLAUSE_REACH), -1):
        word = tokens[j].text
        if word in CLAUSE_STARTERS or clause_break_between(text, tokens[j], tokens[j + 1]):
            return False
        if j - 2 <= start and word in {"to", "that"} and tokens[j - 1].text in POSSIBLE:
            head = [t.text for t in tokens[max(0, j - 3) : j - 1]]
            if head[-1:] in (["not"], ["isnt"], ["arent"], ["wasnt"], ["werent"]):
                return head[-1] != "not" or (len(head) > 1 and head[-2] in COPULAS)
    return False


def negators_after(text: str, tokens: list[Token], hi: int) -> int:
    """1 when the stretch ending at ``hi`` is the subject of a negated verb right after it.

    The subject may go on for up to ``SUBJECT_TAIL`` words past the stretch before its
    auxiliary: "the Gyeongju *agreement was not* a deal" negates "Gyeongju", "stable
    relations *with Beijing do not* matter" negates "stable relations".
    """
    start = hi + 1
    for j in range(hi + 1, min(len(tokens), hi + 2 + SUBJECT_TAIL)):
        word = tokens[j].text
        if clause_break_between(text, tokens[j - 1], tokens[j]) or word in TAIL_STOPS:
            break
        if j > hi + 1 and word in AUXILIARIES - NOT_ABOUT_SUBJECT:
            start = j
            break
    helped = False
    for j in range(start, min(len(tokens), start + LOOKAHEAD)):
        word = tokens[j].text
        if word in SCOPE_BREAKERS or clause_break_between(text, tokens[j - 1], tokens[j]):
            return 0
        if helped and word == "too" and j + 2 < len(tokens) and tokens[j + 2].text == "to":
            return 1  # "own forces are too weak to hold"
        if word in AFTER_SUBJECT or (helped and word in NEEDS_AUXILIARY):
            following = tokens[j + 1].text if j + 1 < len(tokens) else ""
            return 0 if following in NOT_ABOUT_SUBJECT else count_negators([word, following])
        if word not in AUXILIARIES:
            return 0
        helped = True
    return 0


def negators_in(text: str, tokens: list[Token], lo: int, hi: int) -> int:
    """Negations that reach the stretch ``tokens[lo..hi]``: inside, before and after it."""
    inside = count_negators([t.text for t in tokens[lo : hi + 1]])
    return inside + negators_before(text, tokens, lo) + negators_after(text, tokens, hi)


def is_negated(text: str, tokens: list[Token], lo: int, hi: int, cue_negations: int) -> bool:
    """True when the stretch ``tokens[lo..hi]`` says the opposite of its cue."""
    return negators_in(text, tokens, lo, hi) % 2 != cue_negations % 2
