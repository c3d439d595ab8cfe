"""Short answers whose accepted answers are numbers: compared as values, never as text.

"28,500" and "28.5k" are one number; "U.S. troops" for "28,500 U.S. troops" is on the
right track but gives no number; a known wrong number loses. A spelled-out number that
opens a name ("One Theater") is a name, not a number.
"""

from __future__ import annotations

import re

from tutor.grading import comparison as cmp
from tutor.grading.comparison import Comparison, best
from tutor.grading.normalize import words
from tutor.grading.numeric import compare_number, numeric_reference
from tutor.grading.result import Verdict, WrongAnswer
from tutor.grading.same_words import content
from tutor.grading.tolerance import NUMBER_WORDS

Decision = tuple[Comparison, WrongAnswer | None]
BARE_NUMBER_WORDS = 1
"""In a mixed list, an accepted answer with this few words after its number is a number."""
_NAMED_NUMBER = re.compile(r"^[A-Z][a-z]+[\s-]+[A-Z]")


def named_number(accepted: str) -> bool:
    """ "One Theater", "Four Freedoms": a spelled-out number that opens a name is no number."""
    return bool(_NAMED_NUMBER.match(accepted)) and words(accepted)[0] in NUMBER_WORDS


def bare_number(accepted: str) -> bool:
    """A number, alone or before one word ("1997", "24 hours"; not "Fab 4", a name)."""
    ref = numeric_reference(accepted)
    if ref is None or words(accepted[: ref.start]):
        return False
    return len(words(accepted[ref.end :])) <= BARE_NUMBER_WORDS


def judge_numbers(text: str, accepted: list[str], wrongs: list[WrongAnswer]) -> Decision:
    for wrong in wrongs:
        ref = numeric_reference(wrong.answer)
        if ref is not None and compare_number(text, ref.value).verdict is Verdict.CORRECT:
            return cmp.wrong(
                0.0,
                f"number equals known wrong answer {wrong.answer!r}",
                wrong.feedback,
                wrong.answer,
            ), wrong
    results = [compare_numeric(text, a) for a in accepted]
    chosen = best(results)
    assert chosen is not None
    return chosen, None


def compare_numeric(text: str, accepted: str) -> Comparison:
    ref = numeric_reference(accepted)
    assert ref is not None
    result = compare_number(text, ref.value, unit=ref.unit, label=accepted)
    if result.rule == "no number found":
        return _unnumbered(text, accepted, result)
    return result


def _unnumbered(text: str, accepted: str, fallback: Comparison) -> Comparison:
    """ "U.S. troops" for "28,500 U.S. troops": right direction, but how many?"""
    shared = set(content(words(text))) & set(content(words(accepted)))
    if shared:
        return cmp.close(0.3, f"partial: shares {' '.join(sorted(shared))!r} but gives no number",
                         "Right direction; be more specific: how many?", accepted)  # fmt: skip
    return fallback
