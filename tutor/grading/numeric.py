"""Numeric answers: compare parsed values, explain order-of-magnitude slips.

A fuzzy string match scores "2850" against "28500" as high as a genuine typo, so
numbers are compared as values: equal (within the question's tolerance) or not.
"""

from __future__ import annotations

from functools import lru_cache

from tutor.grading import comparison as cmp
from tutor.grading.comparison import Comparison
from tutor.grading.dates import MONTHS
from tutor.grading.lexicon import HEDGES
from tutor.grading.normalize import truncate, words
from tutor.grading.numbers import ParsedNumber, find_numbers, power_of_ten_apart, same_value
from tutor.grading.result import GradeResult, Verdict
from tutor.grading.verdicts import finish

ORDINALS = frozenset({"st", "nd", "rd", "th"})
RANGE_WORDS = HEDGES | {"between", "to", "and"}
MAX_CONTEXT_WORDS = 3
"""A reference with at most this many words beside its number is a numeric answer."""
HEDGE_GAP_WORDS = 3
"""Two numbers this close, joined by "or", "to", "and" or a dash, are alternatives."""


@lru_cache(maxsize=8_192)
def numeric_reference(text: str) -> ParsedNumber | None:
    """The number in an accepted answer that is essentially a number ("28,500 troops")."""
    found = find_numbers(text)
    if len(found) != 1 or text[found[0].end - 2 : found[0].end].lower() in ORDINALS:
        return None
    rest = words(text[: found[0].start] + " " + text[found[0].end :])
    if len(rest) > MAX_CONTEXT_WORDS or MONTHS.keys() & set(rest):  # a date, not a number
        return None
    return found[0]


def compare_number(
    answer: str, target: float, tolerance: float = 0.0, unit: str | None = None, label: str = ""
) -> Comparison:
    """Judge the numbers typed in ``answer`` against ``target``."""
    label = label or _show(target)
    found = find_numbers(answer)
    if not found:
        return cmp.wrong(0.0, "no number found", "The answer should be a number.", label)
    hits = [n for n in found if same_value(n.value, target, tolerance)]
    if hits:
        return _judge_hit(answer, hits[0], found, unit, label)
    return _judge_miss(found[0], target, label)


def _judge_hit(
    answer: str, hit: ParsedNumber, found: list[ParsedNumber], unit: str | None, label: str
) -> Comparison:
    others = [n for n in found if n.value != hit.value]
    if any(_alternatives(answer, hit, other) for other in others):
        return cmp.wrong(0.2, "hedged between numbers", "Give one number, not a range.", label)
    if unit and hit.unit and _unit_key(hit.unit) != _unit_key(unit):
        rule = f"unit differs: {hit.unit} ≠ {unit}"
        return cmp.wrong(0.3, rule, "Right number, wrong unit.", label)
    return cmp.correct(1.0, f"number parsed as {_show(hit.value)}", label)


def _alternatives(answer: str, a: ParsedNumber, b: ParsedNumber) -> bool:
    """ "7 or 8", "between 55 and 70", "1881-1885": a choice of numbers, not extra facts.

    "premiered on June 26, 1997" names a day beside the year; that is no hedge.
    """
    gap = answer[min(a.end, b.end) : max(a.start, b.start)]
    between = words(gap) if gap.strip() else ()
    if len(between) > HEDGE_GAP_WORDS:
        return False
    return bool(RANGE_WORDS & set(between))


def _judge_miss(first: ParsedNumber, target: float, label: str) -> Comparison:
    shown = _show(first.value)
    k = power_of_ten_apart(first.value, target)
    if k and abs(k) % 3 == 0 and first.scale:
        return cmp.close(0.4, f"number parsed as {shown}; scale differs by 10^{k}",
                         "Check the scale: thousand, million or billion?", label)  # fmt: skip
    if k:
        hint = "Off by a factor of ten." if abs(k) == 1 else f"Off by a factor of 10^{abs(k)}."
        return cmp.close(0.4, f"number parsed as {shown}; off by 10^{k}", hint, label)
    return cmp.wrong(
        0.0, f"number parsed as {shown}, expected {label}", "That number is not right.", label
    )


def _unit_key(unit: str) -> str:
    text = unit.strip().lower()
    return {"percent": "%", "per cent": "%", "$": "usd", "€": "eur", "£": "gbp"}.get(text, text)


def _show(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) and abs(value) < 1e18 else f"{value:,g}"


def grade_numeric(
    answer: str, value: float, tolerance: float = 0.0, unit: str | None = None
) -> GradeResult:
    """Grade a numeric answer against ``value`` (± ``tolerance``, in ``unit`` if given)."""
    text, cut = truncate(answer)
    comparison = compare_number(text, value, tolerance, unit)
    if comparison.verdict is not Verdict.CORRECT and unit and not find_numbers(text):
        comparison = cmp.wrong(
            0.0, "no number found", f"Give a number (in {unit}).", comparison.expected
        )
    return finish(comparison, None, cut)
