"""Dates compared as dates: "July 4, 1776" = "4 July 1776" = "4th of July 1776".

A word-by-word match sees "26" beside "1788" as a different number, and a number
match sees "April 1993" as the number 1993 and forgets the month. A date is read into
its year, month and day instead: the answer is right when every part the accepted date
names is the same ("26 June 1997" answers "1997"), close when it names less ("1977"
for "September 19, 1977") and wrong when a named part differs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tutor.grading import comparison as cmp
from tutor.grading.comparison import Comparison
from tutor.grading.normalize import Token, tokenize, words

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")  # fmt: skip
MONTHS = {name: i + 1 for i, name in enumerate(_MONTH_NAMES)} | {
    name[:3]: i + 1 for i, name in enumerate(_MONTH_NAMES) if name != "may"
}
MONTHS["sept"] = 9
_DAY_RE = re.compile(r"^([12]?\d|3[01])(?:st|nd|rd|th)?$")
_YEAR_RE = re.compile(r"^\d{3,4}$")
DATE_FILLER = frozenset({"in", "on", "of"})
"""Words that may stand around an accepted date without making it more than a date."""


@dataclass(frozen=True)
class Date:
    """The parts of a date that the text names (None for a part it leaves out)."""

    year: int | None
    month: int | None
    day: int | None
    first: int
    last: int

    def parts(self) -> tuple[tuple[str, int], ...]:
        named = (("year", self.year), ("month", self.month), ("day", self.day))
        return tuple((k, v) for k, v in named if v is not None)

    def show(self) -> str:
        return "-".join(str(v) for _, v in self.parts())


@lru_cache(maxsize=4_096)
def find_dates(text: str) -> tuple[Date, ...]:
    """Every date with a month name in ``text``, in order ("Jan 5", "5 January 2001")."""
    toks = tokenize(text)
    found = (_read(toks, i) for i, t in enumerate(toks) if t.text in MONTHS)
    return tuple(d for d in found if d.day or d.year or toks[d.first].text != "may")


def _read(toks: list[Token], i: int) -> Date:
    day, first, last = None, i, i
    before = i - 2 if i > 1 and toks[i - 1].text == "of" else i - 1
    if before >= 0 and _day(toks[before].text) is not None:
        day, first = _day(toks[before].text), before
    elif i + 1 < len(toks) and _day(toks[i + 1].text) is not None:
        day, last = _day(toks[i + 1].text), i + 1
    year = None
    if last + 1 < len(toks) and _YEAR_RE.match(toks[last + 1].text):
        year, last = int(toks[last + 1].text), last + 1
    return Date(year, MONTHS[toks[i].text], day, first, last)


def _day(word: str) -> int | None:
    """ "4", "4th", "31st" -> the day of the month, else None."""
    m = _DAY_RE.match(word)
    return int(m.group(1)) if m else None


@lru_cache(maxsize=4_096)
def date_reference(text: str) -> Date | None:
    """The date an accepted answer consists of ("in March 1995"), or None."""
    found = find_dates(text)
    if len(found) != 1:
        return None
    date = found[0]
    rest = [t.text for j, t in enumerate(tokenize(text)) if not date.first <= j <= date.last]
    plain = [w for w in rest if w not in DATE_FILLER]
    return date if not plain and words(text) else None


def compare_date(answer: str, reference: str, date: Date) -> Comparison | None:
    """Judge the dates typed in ``answer`` against the accepted ``date`` (None: no date)."""
    found = find_dates(answer)
    if not found:
        return None
    for typed in found:
        if _agrees(typed, date):
            return cmp.correct(1.0, f"date {typed.show()} matches {reference!r}", reference)
    typed = found[0]
    if all(getattr(typed, k) in (v, None) for k, v in date.parts()):
        rule = f"partial date {typed.show()} for {reference!r}"
        return cmp.close(0.4, rule, "Right direction; be more specific.", reference)
    rule = f"date parsed as {typed.show()}, expected {reference!r}"
    return cmp.wrong(0.0, rule, "That date is not right.", reference)


def contradicts(typed: Date, accepted: Date) -> bool:
    """Same year (or month) but another month (or day): a more specific date that is wrong."""
    if typed.year is not None and accepted.year is not None and typed.year != accepted.year:
        return False
    if typed.month != accepted.month:
        return typed.year is not None and typed.year == accepted.year
    return typed.day is not None and accepted.day is not None and typed.day != accepted.day


def contradicted_by(answer: str, accepted: list[str]) -> tuple[Date, str] | None:
    """A date in ``answer`` that contradicts an accepted date and agrees with none."""
    dates = [(ref, d) for ref in accepted if (d := date_reference(ref)) and d.month is not None]
    if not dates:
        return None
    for typed in find_dates(answer):
        if any(_agrees(typed, d) for _, d in dates):
            continue
        for ref, date in dates:
            if contradicts(typed, date):
                return typed, ref
    return None


def _agrees(typed: Date, accepted: Date) -> bool:
    return all(getattr(typed, k) == v for k, v in accepted.parts())
