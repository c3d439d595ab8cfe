"""How far a typed word may stray from the expected one, scaled by the word's length.

Short words and acronyms must match exactly ("Cha" is not "Chan", "USFK" is not
"USFJ"); longer words forgive one slip, long names two. Numbers never fuzzy-match.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

from tutor.grading.equivalents import same_name
from tutor.grading.numbers import UNITS as NUMBER_UNITS
from tutor.grading.romanisation import same_romanised
from tutor.grading.wordlist import another_word, plausible_slip

EXACT_UP_TO = 4
"""Words of this many letters or fewer must match exactly."""
ONE_EDIT_UP_TO = 8
"""Words up to this length forgive one edit (a transposition counts as one); longer, two.
Tuned on the dev misspelling files: 7 accepted more near-other-words than it saved."""


def allowed_edits(word: str) -> int:
    """Edits forgiven for an expected word of this length."""
    if len(word) <= EXACT_UP_TO or word[:1].isdigit():
        return 0
    return 1 if len(word) <= ONE_EDIT_UP_TO else 2


NUMBER_WORDS = {word: str(value) for word, value in NUMBER_UNITS.items()}
"""Spelled-out numbers that equal a typed digit word for word ("season nine" = "season 9")."""


ROMANISED_SIMILARITY = 0.95
"""How a romanisation variant of a name ("Kyongju" for "Gyeongju") counts in the score."""


def token_similarity(
    typed: str, expected: str, strict: bool = False, name: bool = False, lexical: bool = False
) -> float:
    """1.0 for equal words, 0 < s < 1 for a forgiven typo, 0.0 otherwise.

    ``name``: the expected word is written with a capital, so another romanisation of
    it is forgiven too. ``lexical``: consult the word list (short answers), so a slip that
    makes another real word is not forgiven and a non-word gets one edit more.
    """
    if typed == expected or NUMBER_WORDS.get(typed, typed) == NUMBER_WORDS.get(expected, expected):
        return 1.0
    if same_name(typed, expected):
        return 1.0
    if strict:
        return 0.0
    if name and same_romanised(typed, expected) and not another_word(typed, expected):
        return ROMANISED_SIMILARITY
    bonus = _nonword_bonus(typed, expected) if lexical and not name else 0
    limit = allowed_edits(expected) + bonus
    if limit == 0 or typed[:1] != expected[:1] or (lexical and _new_run(typed, expected)):
        return 0.0
    edits = OSA.distance(typed, expected, score_cutoff=limit)
    if edits > limit or (lexical and another_word(typed, expected)):
        return 0.0
    return 1.0 - edits / (len(expected) + 1)


NONWORD_BONUS_FROM = 4
"""A typed word no list knows (or one far rarer than the expected word) cannot be another
word: from this length it gets one edit more ("recieveing" for "receiving"), unless the
expected word is a name, since another name is rarely in the list ("Yongin" is not
"Yongsan"). Tuned on the dev misspelling files."""


def _nonword_bonus(typed: str, expected: str) -> int:
    if len(expected) < NONWORD_BONUS_FROM or typed[:1].isdigit():
        return 0
    if not plausible_slip(typed, expected):
        return 0
    return 1


def _runs(word: str) -> dict[str, int]:
    """The longest run of each letter in ``word``."""
    longest: dict[str, int] = {}
    run = 0
    for i, ch in enumerate(word):
        run = run + 1 if i and word[i - 1] == ch else 1
        longest[ch] = max(longest.get(ch, 0), run)
    return longest


def _new_run(typed: str, expected: str) -> bool:
    """ "tariffsss": a letter held down is no typo (one doubled letter is: "tarrifs")."""
    known = _runs(expected)
    return any(run >= 3 and run > known.get(ch, 0) for ch, run in _runs(typed).items())


def near_miss(typed: str, expected: str) -> bool:
    """A misspelling just beyond tolerance: worth "check the spelling", not a pass."""
    if typed[:1].isdigit() or expected[:1].isdigit() or len(expected) < 3:
        return False
    budget = allowed_edits(expected) + 1 + len(expected) // 8
    return OSA.distance(typed, expected, score_cutoff=budget) <= budget
