"""Checks that need the whole pack: unique ids and references that resolve.

The schema checks each object on its own; these checks relate objects to each other.
Every reference that does not resolve gets the nearest existing id as a hint, since
the usual cause is a typo. Source files and quotes are checked in
:mod:`tutor.packs.source_checks`, questions in :mod:`tutor.packs.question_checks`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from tutor.packs.diagnostics import Problem
from tutor.packs.models import EvidenceCard, Pack
from tutor.packs.positions import pointer
from tutor.packs.schema_messages import nearest


def check_all(pack: Pack, root: Path, texts: dict[str, str] | None = None) -> list[Problem]:
    """Every check beyond the schema. ``texts`` receives the source texts read."""
    from tutor.packs.question_checks import check_questions
    from tutor.packs.source_checks import check_quotes, check_sources

    texts = {} if texts is None else texts
    problems = [*check_ids(pack), *check_references(pack)]
    problems += check_sources(pack, root, texts)
    problems += check_quotes(pack, texts)
    problems += check_questions(pack)
    return problems


def all_ids(pack: Pack) -> Iterator[tuple[str, str]]:
    """(id, JSON pointer of the id) for everything in the pack that has one."""
    for i, source in enumerate(pack.sources):
        yield source.id, pointer("sources", i, "id")
    for i, entry in enumerate(pack.glossary):
        yield entry.id, pointer("glossary", i, "id")
    for m, motion in enumerate(pack.motions):
        yield motion.id, pointer("motions", m, "id")
        for a, argument in enumerate(motion.arguments):
            yield argument.id, pointer("motions", m, "arguments", a, "id")
    for q, question in enumerate(pack.questions):
        yield question.id, pointer("questions", q, "id")
    for card, where in all_cards(pack):
        if card.id is not None:
            yield card.id, f"{where}/id"


def all_cards(pack: Pack) -> Iterator[tuple[EvidenceCard, str]]:
    """Every evidence card with its JSON pointer."""
    for m, motion in enumerate(pack.motions):
        for a, argument in enumerate(motion.arguments):
            for c, card in enumerate(argument.evidence):
                yield card, pointer("motions", m, "arguments", a, "evidence", c)
    for q, question in enumerate(pack.questions):
        for c, card in enumerate(question.evidence):
            yield card, pointer("questions", q, "evidence", c)


def check_ids(pack: Pack) -> Iterator[Problem]:
    """An id names one thing in the pack."""
    first: dict[str, str] = {}
    for ident, where in all_ids(pack):
        if ident in first:
            yield Problem(where, f"id '{ident}' is used twice", f"it is also at {first[ident]}")
        else:
            first[ident] = where


def dangling(where: str, kind: str, ident: str, known: Iterable[str]) -> Problem:
    """A reference to an id that does not exist, with the nearest one as a hint."""
    close = nearest(ident, known)
    hint = f"did you mean '{close}'?" if close else None
    return Problem(where, f"there is no {kind} with id '{ident}'", hint)


def check_references(pack: Pack) -> Iterator[Problem]:
    """Every id a pack object mentions names something that exists."""
    sources = {s.id for s in pack.sources}
    glossary = {g.id for g in pack.glossary}
    for card, where in all_cards(pack):
        if card.source not in sources:
            yield dangling(f"{where}/source", "source", card.source, sources)
    for i, entry in enumerate(pack.glossary):
        if entry.source is not None and entry.source not in sources:
            yield dangling(pointer("glossary", i, "source"), "source", entry.source, sources)
    for m, motion in enumerate(pack.motions):
        for k, term in enumerate(motion.key_terms):
            if term not in glossary:
                where = pointer("motions", m, "key_terms", k)
                yield dangling(where, "glossary entry", term, glossary)
        yield from _check_answers(pack, m)
    yield from _check_question_links(pack)


def _check_answers(pack: Pack, m: int) -> Iterator[Problem]:
    motion = pack.motions[m]
    sides = {a.id: a.side for a in motion.arguments}
    elsewhere = {a.id: o.id for o in pack.motions if o is not motion for a in o.arguments}
    for a, argument in enumerate(motion.arguments):
        for k, target in enumerate(argument.answers):
            where = pointer("motions", m, "arguments", a, "answers", k)
            problem = _answer_problem(where, argument.side, target, sides, elsewhere, motion.id)
            if problem is not None:
                yield problem


def _answer_problem(
    where: str,
    side: str,
    target: str,
    sides: Mapping[str, str],
    elsewhere: Mapping[str, str],
    motion: str,
) -> Problem | None:
    """Why ``target`` cannot be answered by an argument on ``side``, if it cannot."""
    if sides.get(target) == side:
        message = f"'{target}' is on the same side ({side}); it cannot be answered"
        return Problem(where, message, "list arguments of the other side only")
    if target in elsewhere:
        message = f"'{target}' is an argument of motion '{elsewhere[target]}', not of '{motion}'"
        return Problem(where, message, "answer arguments of the same motion only")
    if target not in sides:
        others = [i for i, s in sides.items() if s != side]
        return dangling(where, f"opposing argument in motion '{motion}'", target, others)
    return None


def _check_question_links(pack: Pack) -> Iterator[Problem]:
    motions = {m.id: m for m in pack.motions}
    arguments = _arguments_by_id(pack)
    for q, question in enumerate(pack.questions):
        if question.motion is not None and question.motion not in motions:
            yield dangling(pointer("questions", q, "motion"), "motion", question.motion, motions)
        target = getattr(question, "argument", None)
        if question.type == "argument_anatomy" and target is not None:
            scope = arguments
            if question.motion in motions:
                scope = {a.id: a.id for a in motions[question.motion].arguments}
            if target not in scope:
                yield dangling(pointer("questions", q, "argument"), "argument", target, scope)


def _arguments_by_id(pack: Pack) -> Mapping[str, str]:
    return {a.id: a.id for m in pack.motions for a in m.arguments}
