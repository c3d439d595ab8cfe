"""Reading numbers the way people type them: "28,500", "28.5k", "twenty-eight thousand".

Numeric facts are where a forgiving grader is most dangerous ("4,500" is not "28,500"),
so numbers are parsed to values and compared as values, never as fuzzy strings.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from tutor.grading.normalize import Token, tokenize

_DIGITS_RE = re.compile(r"^(\d+(?:\.\d+)?)([a-z]*)$")
SUFFIX_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mm": 1e6, "b": 1e9, "bn": 1e9, "t": 1e12,
                 "tn": 1e12, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
                 "thousands": 1e3, "millions": 1e6, "billions": 1e9}  # fmt: skip
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
         "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
         "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
         "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}  # fmt: skip
CURRENCY_SYMBOLS = {"$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "₩": "krw"}
CURRENCY_WORDS = {"usd": "usd", "dollar": "usd", "dollars": "usd", "eur": "eur", "euro": "eur",
                  "euros": "eur", "gbp": "gbp", "pound": "gbp", "pounds": "gbp", "yen": "jpy",
                  "jpy": "jpy", "won": "krw", "krw": "krw"}  # fmt: skip
PERCENT_WORDS = frozenset({"percent", "pct", "percentage"})


@dataclass(frozen=True)
class ParsedNumber:
    """A number found in text: its value, where it was, and its scale and unit."""

    value: float
    start: int
    end: int
    scale: str | None = None
    unit: str | None = None

    @property
    def is_percent(self) -> bool:
        """True for "15%", "15 percent", "fifteen per cent"."""
        return self.unit == "%"


def parse_number(text: str) -> ParsedNumber | None:
    """The first number in ``text``, or None ("about 28,500 troops" -> 28500)."""
    found = find_numbers(text)
    return found[0] if found else None


def find_numbers(text: str) -> list[ParsedNumber]:
    """Every number in ``text``, in order of appearance."""
    tokens = tokenize(text)
    out: list[ParsedNumber] = []
    i = 0
    while i < len(tokens):
        parsed, i_next = _read_number(text, tokens, i)
        if parsed is None:
            i += 1
            continue
        out.append(parsed)
        i = i_next
    return out


def _read_number(text: str, toks: list[Token], i: int) -> tuple[ParsedNumber | None, int]:
    value, scale, j = _read_digits(text, toks, i)
    if value is None:
        value, j = _read_words(toks, i)
        scale = None
    if value is None:
        return None, i + 1
    if scale is None and j < len(toks) and toks[j].text in SUFFIX_SCALES:
        value, scale, j = value * SUFFIX_SCALES[toks[j].text], toks[j].text, j + 1
    unit, j = _read_unit(text, toks, i, j)
    return ParsedNumber(value, toks[i].start, toks[j - 1].end, _scale_name(scale), unit), j


def _read_digits(text: str, toks: list[Token], i: int) -> tuple[float | None, str | None, int]:
    m = _DIGITS_RE.match(toks[i].text)
    if m is None:
        return None, None, i
    digits, suffix, j = m.group(1), m.group(2), i + 1
    while not suffix and _is_thousands_group(text, toks, j) and "." not in digits:
        digits, j = digits + toks[j].text, j + 1
    value = float(digits)
    if suffix in SUFFIX_SCALES:
        return value * SUFFIX_SCALES[suffix], suffix, j
    return value, None, j


def _is_thousands_group(text: str, toks: list[Token], j: int) -> bool:
    """ "28 500": a 3-digit group separated from the previous digits by one space."""
    if j >= len(toks) or len(toks[j].text) != 3 or not toks[j].text.isdigit():
        return False
    gap = text[toks[j - 1].end : toks[j].start]
    return len(gap) == 1 and gap.isspace() and toks[j - 1].text.isdigit()


def _read_words(toks: list[Token], i: int) -> tuple[float | None, int]:
    total, current, j, seen = 0.0, 0.0, i, False
    while j < len(toks):
        word = toks[j].text
        if word in UNITS:
            current += UNITS[word]
        elif word == "hundred" and seen:
            current = max(current, 1) * 100
        elif word in ("thousand", "million", "billion", "trillion") and seen:
            total, current = total + max(current, 1) * SUFFIX_SCALES[word], 0.0
        elif not (word == "and" and seen and j + 1 < len(toks) and toks[j + 1].text in UNITS):
            break
        seen, j = True, j + 1
    return (total + current, j) if seen else (None, i)


def _read_unit(text: str, toks: list[Token], i: int, j: int) -> tuple[str | None, int]:
    before = text[max(0, toks[i].start - 1) : toks[i].start]
    if j < len(toks) and (toks[j].text in PERCENT_WORDS or text.startswith("%", toks[j - 1].end)):
        return "%", j + (toks[j].text in PERCENT_WORDS)
    if j + 1 < len(toks) and toks[j].text == "per" and toks[j + 1].text == "cent":
        return "%", j + 2
    if text.startswith("%", toks[j - 1].end):
        return "%", j
    if before in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[before], j
    if i > 0 and toks[i - 1].text in CURRENCY_WORDS and toks[i - 1].end >= toks[i].start - 1:
        return CURRENCY_WORDS[toks[i - 1].text], j
    if j < len(toks) and toks[j].text in CURRENCY_WORDS:
        return CURRENCY_WORDS[toks[j].text], j + 1
    return None, j


def _scale_name(scale: str | None) -> str | None:
    if scale is None:
        return None
    return {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}[SUFFIX_SCALES[scale]]


def same_value(a: float, b: float, tolerance: float = 0.0) -> bool:
    """Equal within an absolute tolerance (and float noise)."""
    return abs(a - b) <= tolerance or math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def power_of_ten_apart(a: float, b: float) -> int:
    """k when a == b * 10**k for a whole k != 0 (45,000 vs 4,500 -> 1), else 0."""
    if a == 0 or b == 0 or (a < 0) != (b < 0):
        return 0
    k = round(math.log10(abs(a) / abs(b)))
    return k if k != 0 and same_value(a, b * 10.0**k) else 0
