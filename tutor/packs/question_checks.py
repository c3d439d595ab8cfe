"""Checks on questions: answers in range, blanks that exist, and what the grader does.

The schema cannot say "the answer index is less than the number of options" or "the
cloze text has as many blanks as there are blank entries". Nor can it know the
grader: a known wrong answer the grader would accept, an accepted answer it would
refuse, or a distractor it would take for the key, teaches a falsehood, so each is an
error (see :mod:`tutor.grading.audit`). A warning that the question's ``lint_waivers``
name is left out, as ``tutor lint`` leaves it out; an error cannot be waived.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from tutor.packs.diagnostics import Problem
from tutor.packs.models import (
    Cloze,
    EvidenceQuality,
    Matching,
    MultipleChoice,
    Ordering,
    Pack,
    Question,
    ShortAnswer,
)
from tutor.packs.positions import pointer

BLANK = re.compile(r"\{\{\s*(\d+)\s*\}\}")


def check_questions(pack: Pack) -> Iterator[Problem]:
    for q, question in enumerate(pack.questions):
        for problem in check_question(question, pointer("questions", q), pack.variants):
            if not waived(question, problem):
                yield problem


def waived(question: Question, problem: Problem) -> bool:
    """A warning (never an error) that the question's ``lint_waivers`` name, as lint honours."""
    return problem.severity == "warning" and any(
        w.warning in problem.message for w in question.lint_waivers
    )


def check_question(
    question: Question, where: str, variants: Sequence[Sequence[str]] = ()
) -> Iterator[Problem]:
    """Problems in one question's answer data (graded with the pack's ``variants``)."""
    if isinstance(question, MultipleChoice | EvidenceQuality):
        yield from _choices(question.options, question.answer, where)
        if isinstance(question, MultipleChoice):
            yield from _distractors(question, where)
    elif isinstance(question, ShortAnswer):
        yield from _short_answer(question, where, variants)
    elif isinstance(question, Cloze):
        yield from _cloze(question, where)
    elif isinstance(question, Ordering):
        yield from _unique(question.items, f"{where}/items", "item")
    elif isinstance(question, Matching):
        yield from _unique([p.left for p in question.pairs], f"{where}/pairs", "left item", "left")
        yield from _unique(
            [p.right for p in question.pairs], f"{where}/pairs", "right item", "right"
        )


def _choices(options: Sequence[str], answer: int, where: str) -> Iterator[Problem]:
    if answer >= len(options):
        message = (
            f"the answer is option {answer}, but there are only {len(options)} options "
            f"(numbered from 0 to {len(options) - 1})"
        )
        yield Problem(f"{where}/answer", message, "options are counted from 0")
    yield from _unique(options, f"{where}/options", "option")


def _unique(
    values: Sequence[str], where: str, what: str, key: str | None = None
) -> Iterator[Problem]:
    seen: dict[str, int] = {}
    for i, value in enumerate(values):
        folded = " ".join(value.casefold().split())
        here = f"{where}/{i}/{key}" if key else f"{where}/{i}"
        if folded in seen:
            yield Problem(here, f"this {what} repeats {what} {seen[folded]}: '{value}'")
        else:
            seen[folded] = i


def _cloze(question: Cloze, where: str) -> Iterator[Problem]:
    numbers = [int(n) for n in BLANK.findall(question.text)]
    count = len(question.blanks)
    if not numbers:
        hint = "mark each blank in the text as {{1}}, {{2}}, ... in order"
        yield Problem(f"{where}/text", "the cloze text has no blank", hint)
    elif numbers != list(range(1, count + 1)):
        found = ", ".join(f"{{{{{n}}}}}" for n in numbers)
        entries = "there is 1 blank entry" if count == 1 else f"there are {count} blank entries"
        message = f"the text's blanks are {found}, but {entries} in 'blanks'"
        hint = f"number the blanks {{{{1}}}} to {{{{{count}}}}} in order, each once"
        yield Problem(f"{where}/text", message, hint)
    for b, blank in enumerate(question.blanks):
        yield from _audit(blank.accept, [], f"{where}/blanks/{b}")


def _short_answer(
    question: ShortAnswer, where: str, variants: Sequence[Sequence[str]]
) -> Iterator[Problem]:
    rejects = [(r.answer, r.feedback) for r in question.reject]
    yield from _audit(question.accept, rejects, where, variants)


def _audit(
    accept: Sequence[str],
    rejects: Sequence[tuple[str, str]],
    where: str,
    variants: Sequence[Sequence[str]] = (),
) -> Iterator[Problem]:
    from tutor.grading.audit import audit_short_answer
    from tutor.grading.result import WrongAnswer

    wrongs = [WrongAnswer(a, f) for a, f in rejects]
    for finding in audit_short_answer(accept, wrongs, variants=variants):
        yield Problem(
            _value_pointer(finding.value, accept, rejects, where),
            finding.message,
            None,
            finding.severity,
        )


def _value_pointer(
    value: str, accept: Sequence[str], rejects: Sequence[tuple[str, str]], where: str
) -> str:
    if value in accept:
        return f"{where}/accept/{list(accept).index(value)}"
    answers = [a for a, _ in rejects]
    if value in answers:
        return f"{where}/reject/{answers.index(value)}/answer"
    return f"{where}/accept"


def _distractors(question: MultipleChoice, where: str) -> Iterator[Problem]:
    from tutor.grading.audit import audit_choices

    if question.answer >= len(question.options):
        return
    key = question.options[question.answer]
    for index, option in enumerate(question.options):
        if index == question.answer or option.casefold() == key.casefold():
            continue
        for finding in audit_choices(key, [option]):
            hint = "make the options clearly different"
            yield Problem(f"{where}/options/{index}", finding.message, hint)
