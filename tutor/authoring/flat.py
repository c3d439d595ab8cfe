"""Questions reduced to the few shapes other quiz formats know, for GIFT and Anki.

Moodle and Anki do not know a side-identification or an argument-anatomy question,
but both know a multiple choice; a cloze with one blank is a short answer. This module
makes those conversions once, so each exporter only renders shapes and records what
it cannot carry in a :class:`Skipped` list the command prints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Literal

from tutor.packs import models as m

Shape = Literal["choice", "truefalse", "short", "numeric", "matching", "ordering", "keypoints"]
ANATOMY = ("claim", "warrant", "impact")
_BLANK = re.compile(r"\{\{\s*(\d+)\s*\}\}")


@dataclass(frozen=True)
class Flat:
    """A question in one of the exportable shapes."""

    id: str
    shape: Shape
    prompt: str
    explanation: str
    tags: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    answer: int = 0
    truth: bool = True
    accept: tuple[str, ...] = ()
    reject: tuple[tuple[str, str], ...] = ()
    value: float = 0.0
    tolerance: float = 0.0
    unit: str | None = None
    pairs: tuple[tuple[str, str], ...] = ()
    items: tuple[str, ...] = ()
    points: tuple[str, ...] = ()
    model_answer: str = ""
    notes: list[str] = field(default_factory=list, compare=False)


@dataclass(frozen=True)
class Skipped:
    """A question an export left out, and why."""

    id: str
    type: str
    reason: str


def flatten(pack: m.Pack) -> list[Flat]:
    """Every question of ``pack`` in an exportable shape (a cloze may become several)."""
    sides = {mo.id: (mo.aff.label, mo.neg.label) for mo in pack.motions}
    return [flat for q in pack.questions for flat in _flatten(q, sides)]


def _flatten(q: m.Question, sides: dict[str, tuple[str, str]]) -> list[Flat]:
    base = Flat(q.id, "short", q.prompt, q.explanation, tuple(q.tags))
    if isinstance(q, m.MultipleChoice | m.EvidenceQuality):
        return [replace(base, shape="choice", options=tuple(q.options), answer=q.answer)]
    if isinstance(q, m.SideIdentification):
        aff, neg = sides.get(q.motion or "", ("", ""))
        options = (_label("Affirmative", aff), _label("Negative", neg))
        prompt = f"{q.prompt}\n\n“{q.statement}”"
        answer = 0 if q.answer == "aff" else 1
        return [replace(base, shape="choice", prompt=prompt, options=options, answer=answer)]
    if isinstance(q, m.ArgumentAnatomy):
        prompt = f"{q.prompt}\n\n“{q.excerpt}”"
        answer = ANATOMY.index(q.answer)
        return [replace(base, shape="choice", prompt=prompt, options=ANATOMY, answer=answer)]
    return _typed(q, base)


def _typed(q: m.Question, base: Flat) -> list[Flat]:
    if isinstance(q, m.TrueFalse):
        return [replace(base, shape="truefalse", truth=q.answer)]
    if isinstance(q, m.ShortAnswer):
        reject = tuple((r.answer, r.feedback) for r in q.reject)
        return [replace(base, accept=tuple(q.accept), reject=reject)]
    if isinstance(q, m.Numeric):
        return [replace(base, shape="numeric", value=q.value, tolerance=q.tolerance, unit=q.unit)]
    if isinstance(q, m.Cloze):
        return _cloze(q, base)
    if isinstance(q, m.Matching):
        return [replace(base, shape="matching", pairs=tuple((p.left, p.right) for p in q.pairs))]
    if isinstance(q, m.Ordering):
        return [replace(base, shape="ordering", items=tuple(q.items))]
    assert isinstance(q, m.FreeText)
    points = tuple(k.text for k in q.key_points)
    return [replace(base, shape="keypoints", points=points, model_answer=q.model_answer)]


def _cloze(q: m.Cloze, base: Flat) -> list[Flat]:
    """One short answer per blank, the other blanks filled with their first answer."""
    out = []
    for n, blank in enumerate(q.blanks, 1):
        text = _BLANK.sub(partial(_fill, q, n), q.text)
        qid = q.id if len(q.blanks) == 1 else f"{q.id}-{n}"
        out.append(
            replace(base, id=qid, prompt=f"{q.prompt}\n\n{text}", accept=tuple(blank.accept))
        )
    return out


def _fill(q: m.Cloze, asked: int, blank: re.Match[str]) -> str:
    index = int(blank.group(1))
    if index == asked or not 1 <= index <= len(q.blanks):
        return "_____"
    return q.blanks[index - 1].accept[0]


def _label(side: str, label: str) -> str:
    return f"{side} ({label})" if label else side


def show_number(value: float) -> str:
    """A value as plain digits: 1200.0 -> "1200", 2.5 -> "2.5" (no exponent)."""
    return str(int(value)) if value == int(value) else repr(value)
