"""The phases of a debate round and the plan of steps the tutor walks through.

A round runs framing, constructive, cross-examination, rebuttal, weighing and
debrief. :func:`build_plan` lays the round out as a list of :class:`Step` records
(plain data, so a saved session replays the very same round): which argument,
question or choice each step is about, with any shuffle already decided.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from tutor.packs import models as m

MAX_ARGUMENTS = 3  # own arguments built, and opposing arguments answered
MAX_CROSS_EX = 3
MAX_CARD_OPTIONS = 4
CROSS_EX_TYPES = ("short_answer", "numeric", "multiple_choice")


class Phase(StrEnum):
    """A phase of the round; ``label`` is what the learner reads."""

    FRAMING = "framing"
    CONSTRUCTIVE = "constructive"
    CROSS_EX = "cross-ex"
    REBUTTAL = "rebuttal"
    WEIGHING = "weighing"
    DEBRIEF = "debrief"

    @property
    def label(self) -> str:
        return "Cross-examination" if self is Phase.CROSS_EX else self.value.title()


@dataclass(frozen=True)
class Step:
    """One thing the learner does. ``kind`` says how it is asked and graded.

    Kinds: ``continue`` (read and go on), ``case`` (complete the claim and give the
    warrant), ``evidence`` (pick the card), ``crossex`` (a pack question), ``rebuttal``
    (answer an opposing argument), ``weigh`` (pick the impact), ``why`` (say why).
    """

    kind: str
    phase: Phase
    ref: str = ""  # argument id, question id or motion id
    options: tuple[str, ...] = ()  # choice keys in the order shown

    @property
    def graded(self) -> bool:
        return self.kind != "continue"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "phase": self.phase.value,
            "ref": self.ref,
            "options": list(self.options),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Step:
        return cls(
            data["kind"], Phase(data["phase"]), data.get("ref", ""), tuple(data.get("options", ()))
        )


def own_arguments(motion: m.Motion, side: str) -> list[m.Argument]:
    return [a for a in motion.arguments if a.side == side][:MAX_ARGUMENTS]


def opposing_arguments(motion: m.Motion, side: str) -> list[m.Argument]:
    return [a for a in motion.arguments if a.side != side][:MAX_ARGUMENTS]


def cross_ex_questions(pack: m.Pack, motion: m.Motion, rng: random.Random) -> list[m.Question]:
    found = [q for q in pack.questions if q.motion == motion.id and q.type in CROSS_EX_TYPES]
    chosen = set(map(id, rng.sample(found, min(MAX_CROSS_EX, len(found)))))
    return [q for q in found if id(q) in chosen]


def build_plan(pack: m.Pack, motion: m.Motion, side: str, rng: random.Random) -> list[Step]:
    """Every step of the round for ``side``, shuffles decided with ``rng``."""
    own = own_arguments(motion, side)
    theirs = opposing_arguments(motion, side)
    steps = [Step("continue", Phase.FRAMING, motion.id)]
    for argument in own:
        steps.append(Step("case", Phase.CONSTRUCTIVE, argument.id))
        options = _card_options(motion, argument, rng)
        if len(options) >= 2:
            steps.append(Step("evidence", Phase.CONSTRUCTIVE, argument.id, options))
    steps += [Step("crossex", Phase.CROSS_EX, q.id) for q in cross_ex_questions(pack, motion, rng)]
    steps += [Step("rebuttal", Phase.REBUTTAL, a.id) for a in theirs]
    impacts = [a.id for a in [*own, *theirs]]
    rng.shuffle(impacts)
    if len(impacts) >= 2:
        steps.append(Step("weigh", Phase.WEIGHING, motion.id, tuple(impacts)))
    if motion.weighing:
        steps.append(Step("why", Phase.WEIGHING, motion.id))
    return steps


def _card_options(motion: m.Motion, argument: m.Argument, rng: random.Random) -> tuple[str, ...]:
    """Keys ``<argument id>:<card index>``: the argument's first card and other cards.

    Distractors come from the other side only: a card for the learner's own side may
    support the claim too (sides share sources and themes), which would make the key
    arguable.
    """
    right = f"{argument.id}:0"
    tags = {argument.evidence[0].tag}
    quotes = {card.quote for card in argument.evidence}
    others = []
    for other in motion.arguments:
        card = other.evidence[0]
        if other.side != argument.side and card.tag not in tags and card.quote not in quotes:
            tags.add(card.tag)
            others.append(f"{other.id}:0")
    options = [right, *rng.sample(others, min(MAX_CARD_OPTIONS - 1, len(others)))]
    rng.shuffle(options)
    return tuple(options)
