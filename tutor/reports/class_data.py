"""The class's answers as the report reads them: one typed row per answer, with labels.

The store gives dicts; the report wants every learner's attempts with what was chosen
(the option or known answer, not the "4" that was typed), the key-point stances of a
free-text answer, and whether an appeal was accepted. Item and key-point labels come
from the packs, so a report names "Troop numbers" and "cost is shared", not keys.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tutor.learning.items import DrillItem, all_items
from tutor.packs import models as m
from tutor.text import clean


@dataclass(frozen=True)
class Attempt:
    """One answer by one learner."""

    answer_id: int
    learner: str
    item_key: str
    pack_id: str
    skill: str
    prompt: str
    response: str
    chosen: str
    verdict: str
    attempt: int
    answered: datetime
    stances: tuple[str, ...] = ()
    appeal_status: str | None = None  # None: not appealed

    @property
    def right(self) -> bool:
        """Graded correct, or an appeal on it was accepted."""
        return self.verdict == "correct" or self.appeal_status == "accepted"


@dataclass(frozen=True)
class Appeal:
    appeal_id: int  # what `tutor appeals --accept ID` takes
    answer_id: int
    learner: str
    item_key: str
    response: str
    reason: str
    status: str


@dataclass(frozen=True)
class Labels:
    """Learner-facing names for items and their key points, from the packs."""

    items: dict[str, str] = field(default_factory=dict)
    points: dict[str, tuple[str, ...]] = field(default_factory=dict)
    known: dict[str, frozenset[str]] = field(default_factory=dict)  # options, wrong answers

    def item(self, key: str, fallback: str = "") -> str:
        return self.items.get(key) or clean(fallback).split("\n")[0][:80] or key

    def choice(self, a: Attempt) -> str:
        """What ``a`` chose: an accepted answer, an option or known wrong answer, else the
        learner's words (the grader names the nearest accepted answer for an unknown
        wrong one, which was not chosen)."""
        if a.chosen and (a.right or a.chosen in self.known.get(a.item_key, ())):
            return a.chosen
        return " ".join(a.response.split())

    def point(self, key: str, index: int) -> str:
        texts = self.points.get(key, ())
        return texts[index] if index < len(texts) else f"key point {index + 1}"


def labels_from(packs: Iterable[Any]) -> Labels:
    items, points, known = {}, {}, {}
    for key, item in all_items(packs).items():
        items[key] = clean(item.label)
        points[key] = tuple(clean(k.text) for k in _key_points(item))
        known[key] = frozenset(_known_answers(item.question))
    return Labels(items, points, known)


def _known_answers(question: m.Question | None) -> list[str]:
    """The options shown, or the known wrong answers, as the grader names them."""
    if isinstance(question, m.MultipleChoice | m.EvidenceQuality):
        return [clean(o) for o in question.options]
    if isinstance(question, m.TrueFalse):
        return ["True", "False"]
    if isinstance(question, m.ShortAnswer):
        return [w.answer for w in question.reject]
    return []


def _key_points(item: DrillItem) -> list[m.KeyPoint]:
    if item.argument is not None:
        return list(item.argument.key_points)
    if isinstance(item.question, m.FreeText):
        return list(item.question.key_points)
    return []


def appeal_status(row: dict[str, Any]) -> str:
    return str(row.get("status") or row.get("appeal_status") or "pending")


def attempts_from(answers: list[dict[str, Any]], appeals: list[dict[str, Any]]) -> list[Attempt]:
    status = {int(a["answer_id"]): appeal_status(a) for a in appeals}
    return [
        Attempt(
            answer_id=int(r["id"]),
            learner=str(r.get("learner", "")),
            item_key=str(r["item_key"]),
            pack_id=str(r.get("pack_id", "")),
            skill=str(r.get("skill", "") or "other"),
            prompt=str(r.get("prompt", "")),
            response=str(r.get("response", "")),
            chosen=str(r.get("chosen", "") or ""),
            verdict=str(r["verdict"]),
            attempt=int(r.get("attempt", 1) or 1),
            answered=r["answered"],
            stances=tuple(str(s) for s in r.get("stances") or ()),
            appeal_status=status.get(int(r["id"])),
        )
        for r in answers
    ]


def appeals_from(appeals: list[dict[str, Any]]) -> list[Appeal]:
    return [
        Appeal(
            appeal_id=int(a.get("appeal_id") or a["answer_id"]),
            answer_id=int(a["answer_id"]),
            learner=str(a.get("learner", "")),
            item_key=str(a.get("item_key", "")),
            response=str(a.get("response", "")),
            reason=str(a.get("reason") or ""),
            status=appeal_status(a),
        )
        for a in appeals
    ]
