"""Accepted-answer lists that miss an obvious variant the grader would then refuse.

A learner who types "twenty-eight thousand five hundred" for "28,500", or "NCG" when
the glossary says that is the Nuclear Consultative Group, is right. The grader
already forgives a lot, so a variant is reported only when grading it against the
question's own lists (the real grader, known wrong answers included) does NOT accept it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from tutor.authoring.numwords import digit_forms, word_form
from tutor.grading import Verdict, grade_short, normalize, parse_number
from tutor.grading.numeric import numeric_reference
from tutor.packs.diagnostics import Problem
from tutor.packs.models import Cloze, Pack, ShortAnswer
from tutor.packs.positions import pointer


def missing_variants(pack: Pack) -> Iterator[Problem]:
    """Warnings for short answers and cloze blanks that would mark a fair variant wrong."""
    names = name_groups([[e.term, *e.aliases] for e in pack.glossary])
    for q, question in enumerate(pack.questions):
        if isinstance(question, ShortAnswer):
            rejects = [r.answer for r in question.reject]
            yield from _check(question.accept, rejects, names, pointer("questions", q, "accept"))
        elif isinstance(question, Cloze):
            for b, blank in enumerate(question.blanks):
                where = pointer("questions", q, "blanks", b, "accept")
                yield from _check(blank.accept, [], names, where)


def _check(
    accept: Sequence[str], rejects: Sequence[str], names: NameGroups, where: str
) -> Iterator[Problem]:
    # A variant the author lists as wrong (e.g. the bare acronym when the question asks for
    # the expansion) is a deliberate choice, not an omission.
    seen = {normalize(a) for a in (*accept, *rejects)}
    for variant, reason in obvious_variants(accept, names):
        if normalize(variant) in seen:
            continue
        seen.add(normalize(variant))
        result = grade_short(variant, accept, rejects)
        if result.verdict is not Verdict.CORRECT and result.matched not in rejects:
            yield Problem(
                where,
                f"'{variant}' ({reason}) would be marked wrong",
                f"add '{variant}' to the accepted answers",
                "warning",
            )


NameGroups = dict[str, list[list[str]]]
"""A name's normal form -> every glossary group (term and aliases) it belongs to."""


def name_groups(groups: list[list[str]]) -> NameGroups:
    """Index the glossary's name groups by each of their names (looked up once per answer)."""
    index: NameGroups = {}
    for group in groups:
        for key in dict.fromkeys(normalize(n) for n in group):
            index.setdefault(key, []).append(group)
    return index


def obvious_variants(accept: Sequence[str], names: NameGroups) -> Iterator[tuple[str, str]]:
    """(variant, why) pairs: other ways to write each accepted answer."""
    for answer in accept:
        yield from _number_variants(answer)
        for group in names.get(normalize(answer), ()):
            for other in group:
                yield other, f"the glossary's other name for '{answer}'"


def _number_variants(answer: str) -> Iterator[tuple[str, str]]:
    ref = numeric_reference(answer)
    parsed = parse_number(answer)
    if ref is None or parsed is None or normalize(answer) != normalize(_number_text(answer)):
        return
    for form in digit_forms(ref.value):
        yield form, f"'{answer}' in digits"
    spelled = word_form(ref.value)
    if spelled:
        yield spelled, f"'{answer}' in words"


def _number_text(answer: str) -> str:
    """The part of ``answer`` that is its number (so "28,500 troops" -> "28,500")."""
    parsed = parse_number(answer)
    assert parsed is not None
    return answer[parsed.start : parsed.end]
