"""Multiple-choice keys a test-wise learner can spot without knowing the answer.

Options are shuffled when asked, so the key's position tells nothing; its shape still
can. A key much longer than every distractor, or the only option of its kind (the only
one with a figure, the only one quoting the source), is picked by learners who know
nothing. Per question, a key that stands out that way is a warning; per pack, so is a
key that is merely the longest option in more than 40 % of the choice questions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from tutor.packs.diagnostics import Problem
from tutor.packs.models import EvidenceQuality, MultipleChoice, Pack
from tutor.packs.positions import pointer

LONGEST_MARGIN = 1.2
"""A key at least this many times as long as the longest distractor stands out."""
MAX_LONGEST_SHARE = 0.4
"""At most this share of a pack's choice questions may have the longest option as key."""
_QUOTES = re.compile(r"(?:^|\s)[\"“‘']\w")


def choice_questions(pack: Pack) -> list[tuple[int, MultipleChoice | EvidenceQuality]]:
    """(index, question) for every question answered by picking one option."""
    return [
        (q, question)
        for q, question in enumerate(pack.questions)
        if isinstance(question, MultipleChoice | EvidenceQuality)
    ]


def key_is_longest(options: Sequence[str], answer: int) -> bool:
    """The key is at least as long as every other option."""
    return len(options[answer]) >= max(len(o) for o in options)


def longest_rate(pack: Pack) -> tuple[int, int]:
    """(questions whose key is the longest option, choice questions) in ``pack``."""
    asked = choice_questions(pack)
    return sum(key_is_longest(q.options, q.answer) for _, q in asked), len(asked)


def standout_keys(pack: Pack) -> Iterator[Problem]:
    """A key much longer than the distractors, or the only option of its kind."""
    for q, question in choice_questions(pack):
        options, answer = question.options, question.answer
        if answer >= len(options):
            continue  # validate reports it
        where = pointer("questions", q, "options", answer)
        others = [o for i, o in enumerate(options) if i != answer]
        if len(options[answer]) >= LONGEST_MARGIN * max(len(o) for o in others):
            yield _warn(where, "the key is much longer than every other option", "even them out")
        kind, rest = _kind(options[answer]), _kind(others[0])
        if len(others) >= 2 and all(_kind(o) == rest != kind for o in others):
            yield _warn(
                where,
                f"the key is the only option {_describe(kind, rest)}",
                "give a distractor the same shape, or the key the distractors' shape",
            )


def longest_share(pack: Pack) -> Iterator[Problem]:
    """Across the pack, the longest option is not the key more than 40 % of the time."""
    longest, total = longest_rate(pack)
    if total >= 5 and longest > MAX_LONGEST_SHARE * total:
        yield _warn(
            "/questions",
            f"in {longest} of {total} choice questions the key is the longest option",
            f"lengthen distractors until that is {MAX_LONGEST_SHARE:.0%} or less",
        )


def _kind(option: str) -> tuple[bool, bool]:
    """(has a figure, quotes words): shapes a learner can see without reading."""
    return (any(c.isdigit() for c in option), bool(_QUOTES.search(option)))


def _describe(kind: tuple[bool, bool], rest: tuple[bool, bool]) -> str:
    parts = []
    if kind[0] != rest[0]:
        parts.append("with a figure" if kind[0] else "without a figure")
    if kind[1] != rest[1]:
        parts.append("quoting the source" if kind[1] else "quoting nothing")
    return " and ".join(parts)


def _warn(where: str, message: str, hint: str) -> Problem:
    return Problem(where, message, hint, severity="warning")
