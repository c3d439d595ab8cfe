"""Grading a typed short answer against the author's accepted and known wrong answers.

The order of the checks is the policy: an exact known-wrong answer loses, an exact
accepted one wins, numbers are compared as numbers and dates as dates, a hedge between
answers loses, and only then does typo-tolerant word matching decide. A correct verdict
is withdrawn when the answer names a date that contradicts an accepted date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tutor.grading import comparison as cmp
from tutor.grading.comparison import Comparison, best
from tutor.grading.dates import compare_date, contradicted_by, date_reference
from tutor.grading.entities import second_entity, sibling_entity
from tutor.grading.names import by_surname
from tutor.grading.normalize import SMALL_WORDS, normalize, truncate, words
from tutor.grading.numeric import numeric_reference
from tutor.grading.result import GradeResult, Verdict, WrongAnswer
from tutor.grading.same_words import content
from tutor.grading.short_match import compare_text
from tutor.grading.short_numbers import (
    Decision,
    bare_number,
    compare_numeric,
    judge_numbers,
    named_number,
)
from tutor.grading.variants import rewrite
from tutor.grading.verdicts import finish

_PARENTHETICAL = re.compile(r"\s*\([^)]*\)\s*")
HEDGE_MAX_WORDS = 12
"""Only answers this short are split on "or": in a long sentence "or" is rarely a hedge."""
_HEDGE_SPLIT = re.compile(r",?\s+or\s+|\s*/\s*|\beither\s+", re.IGNORECASE)


def grade_short(
    answer: str,
    accept: Sequence[str],
    reject: Sequence[WrongAnswer | str] = (),
    *,
    variants: Sequence[Sequence[str]] = (),
) -> GradeResult:
    """Grade ``answer`` against accepted answers and known wrong answers.

    ``variants``: groups of equivalent forms a pack adds to the built-in table
    (``[["USFK", "United States Forces Korea"]]``).
    """
    text, cut = truncate(answer)
    wrongs = [r if isinstance(r, WrongAnswer) else WrongAnswer(r) for r in reject]
    wrongs = [w for w in wrongs if normalize(w.answer)]
    accepted = _with_optional_parts(accept)
    if not accepted:
        return finish(cmp.wrong(0.0, "no accepted answers", "", ""), None, cut)
    text, note = rewrite(text, [*accepted, *(w.answer for w in wrongs)], variants)
    comparison, wrong_answer = _decide(text, accepted, wrongs)
    if note:
        comparison = replace(comparison, rule=f"{note}; {comparison.rule}")
    matched = wrong_answer.answer if wrong_answer else comparison.expected or None
    feedback = _wrong_feedback(wrong_answer) if wrong_answer else ""
    return finish(comparison, matched, cut, feedback)


def _decide(text: str, accepted: list[str], wrongs: list[WrongAnswer]) -> Decision:
    decided = _exact(text, accepted, wrongs) or _hedged(text, accepted, wrongs)
    if decided is None:
        decided = _check_dates(text, accepted, _judge(text, accepted, wrongs))
    return _one_entity(text, accepted, decided)


def _one_entity(text: str, accepted: list[str], decided: Decision) -> Decision:
    """ "Chosun Ilbo and JoongAng" names a second paper: which one is the answer?"""
    good = decided[0]
    if good.verdict is not Verdict.CORRECT or not good.contained:
        return decided
    sibling = sibling_entity(text, good.expected, accepted)
    if sibling is not None:
        rule = f"another {good.expected!r} than {sibling!r}"
        return cmp.wrong(0.2, rule, f"That is not {sibling}.", good.expected), None
    other = second_entity(text, accepted)
    if other is None:
        return decided
    rule = f"names {other!r} besides {good.expected!r}"
    return cmp.close(0.5, rule, "Which one? Give one answer.", good.expected), None


def _with_optional_parts(accept: Sequence[str]) -> list[str]:
    """Accepted answers, plus each without its parenthetical ("(Group Captain) P. Townsend")."""
    out = [a for a in accept if normalize(a)]
    for a in accept:
        bare = _PARENTHETICAL.sub(" ", a).strip()
        if bare != a and _has_content(bare) and bare not in out:
            out.append(bare)
    return out


def _has_content(text: str) -> bool:
    """ "In (unit)" without its parenthetical is "In": a small word is no answer."""
    return any(w not in SMALL_WORDS for w in words(text))


def _exact(text: str, accepted: list[str], wrongs: list[WrongAnswer]) -> Decision | None:
    typed = normalize(text)
    for wrong in wrongs:
        if typed == normalize(wrong.answer):
            rule = f"known wrong answer {wrong.answer!r}"
            return cmp.wrong(0.0, rule, wrong.feedback, wrong.answer), wrong
    for ref in accepted:
        if typed == normalize(ref):
            return cmp.correct(1.0, f"alias: matches {ref!r} after normalisation", ref), None
    return None


def _hedged(text: str, accepted: list[str], wrongs: list[WrongAnswer]) -> Decision | None:
    parts = [p for p in _HEDGE_SPLIT.split(text) if normalize(p)]
    if len(parts) < 2 or len(words(text)) > HEDGE_MAX_WORDS:
        return None
    verdicts = [_judge(p, accepted, wrongs)[0].verdict for p in parts]
    if all(v is Verdict.CORRECT for v in verdicts):
        return cmp.correct(0.95, "every alternative given is accepted", accepted[0]), None
    if Verdict.CORRECT in verdicts:
        rule = "hedged between a right and a wrong answer"
        return cmp.wrong(0.2, rule, "Give one answer, not a choice of answers.", ""), None
    return None


def _judge(text: str, accepted: list[str], wrongs: list[WrongAnswer]) -> Decision:
    if all(numeric_reference(a) is not None and not named_number(a) for a in accepted):
        return judge_numbers(text, accepted, wrongs)
    dated = all(
        (numeric_reference(a) and not named_number(a)) or date_reference(a) for a in accepted
    )
    named = by_surname(text, accepted, [w.answer for w in wrongs])
    good = best([_compare_one(text, a, dated) for a in accepted] + ([named] if named else []))
    bad_pairs = [(compare_text(text, w.answer), w) for w in wrongs]
    assert good is not None
    return _arbitrate(good, bad_pairs)


def _compare_one(text: str, accepted: str, dated: bool) -> Comparison:
    """A date is compared as a date, anything else word by word; in a list of only
    dates and numbers ("October 2000", "1996"), a bare number is compared as a number."""
    date = date_reference(accepted)
    by_date = compare_date(text, accepted, date) if date is not None else None
    if by_date is None and dated and bare_number(accepted):
        return compare_numeric(text, accepted)
    return by_date or compare_text(text, accepted)


def _check_dates(text: str, accepted: list[str], decided: Decision) -> Decision:
    """ "13 July 1979" is not right because "1979" is accepted when "21 July 1979" is."""
    if decided[0].verdict is not Verdict.CORRECT:
        return decided
    clash = contradicted_by(text, accepted)
    if clash is None:
        return decided
    typed, ref = clash
    rule = f"date {typed.show()} contradicts accepted {ref!r}"
    return cmp.wrong(0.2, rule, "That date is not right.", ref), None


def _arbitrate(good: Comparison, bad_pairs: list[tuple[Comparison, WrongAnswer]]) -> Decision:
    """Weigh the best accepted match against the best known-wrong match."""
    if not bad_pairs:
        return good, None
    bad, wrong = max(bad_pairs, key=lambda p: p[0].key())
    if bad.verdict is Verdict.CORRECT:
        return _both_match(good, bad, wrong)
    if (
        bad.verdict is Verdict.CLOSE
        and good.verdict is not Verdict.CORRECT
        and bad.score > good.score
    ):
        rule = f"closest to known wrong answer {wrong.answer!r}"
        return cmp.wrong(0.1, rule, wrong.feedback, wrong.answer), wrong
    return good, None


def _both_match(good: Comparison, bad: Comparison, wrong: WrongAnswer) -> Decision:
    """The answer matches a known wrong answer: it loses unless the accepted match is better."""
    if good.verdict is Verdict.CORRECT:
        if _reject_inside_accept(wrong.answer, good.expected):
            return good, None
        if not good.contained and not bad.contained and good.score > bad.score:
            return good, None
        rule = f"names both {good.expected!r} and known wrong {wrong.answer!r}"
        return cmp.wrong(
            0.2, rule, "Give one answer, not a choice of answers.", wrong.answer
        ), wrong
    rule = f"matches known wrong answer {wrong.answer!r} ({bad.rule})"
    return cmp.wrong(0.0, rule, wrong.feedback, wrong.answer), wrong


def _reject_inside_accept(wrong: str, accepted: str) -> bool:
    return set(content(words(wrong))) <= set(content(words(accepted)))


def _wrong_feedback(wrong: WrongAnswer) -> str:
    return f"Not correct. {wrong.feedback or 'That is a common wrong answer.'}"
