"""Read what a learner typed for a choice, an ordering or a matching.

Front ends send raw text; these parsers turn "2", "b" or the option's text into an
index, "3 1 2" / "3,1,2" into an order, and "1b 2a 3c" / "1-b, 2-a" into pairs. Each
returns ``None`` when the text cannot be read, and the caller says how to answer.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

LETTERS = string.ascii_lowercase


def parse_choice(text: str, options: Sequence[str]) -> int | None:
    """Index (from 0) of the chosen option: its number, its letter, or its text."""
    raw = text.strip().rstrip(".)").strip()
    low = raw.lower()
    if low.isdigit():
        number = int(low)
        return number - 1 if 1 <= number <= len(options) else None
    if len(low) == 1 and low in LETTERS[: len(options)]:
        return LETTERS.index(low)
    lowered = [option.strip().lower() for option in options]
    if low in lowered:
        return lowered.index(low)
    if low:
        starts = [i for i, option in enumerate(lowered) if option.startswith(low)]
        if len(starts) == 1:
            return starts[0]
    return None


def parse_order(text: str, count: int) -> list[int] | None:
    """A permutation of ``range(count)`` from "3 1 2" or "3,1,2" (numbers from 1)."""
    parts = [p for p in re.split(r"[\s,;>-]+", text.strip()) if p]
    if len(parts) != count or not all(p.isdigit() for p in parts):
        return None
    order = [int(p) - 1 for p in parts]
    if sorted(order) != list(range(count)):
        return None
    return order


_PAIR = re.compile(r"(\d+)\s*[-:=.]?\s*([a-z])", re.IGNORECASE)


def parse_match(text: str, lefts: int, rights: int) -> dict[int, int] | None:
    """Left index -> right index from "1b 2a 3c" or "1-b, 2-a" (every left once)."""
    pairs = _PAIR.findall(text)
    leftover = _PAIR.sub("", text)
    if not pairs or re.sub(r"[\s,;]", "", leftover):
        return None
    result: dict[int, int] = {}
    for number, letter in pairs:
        left, right = int(number) - 1, LETTERS.index(letter.lower())
        if not (0 <= left < lefts and right < rights) or left in result:
            return None
        result[left] = right
    return result if len(result) == lefts else None
