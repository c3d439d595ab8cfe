"""Things a learner can be drilled on, each with a stable key for the review schedule.

Questions are items, and so are arguments, twice: "answer argument X" (a rebuttal
graded on the argument's key points) and "what is the warrant of claim Y" (a choice
among the motion's warrants). Each has an :class:`~tutor.learning.core.keys.ItemKey`,
so review finds an item again in whichever pack is loaded.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from tutor import grading
from tutor.learning.core.keys import ItemKey, argument_key, question_key
from tutor.learning.questions import Presented, _choice, _text, present
from tutor.packs import models as m
from tutor.text import clean


class HasPack(Protocol):
    """A loaded pack (from the library) or anything else holding a Pack."""

    @property
    def pack(self) -> m.Pack: ...


PackLike = m.Pack | HasPack


def as_pack(obj: PackLike) -> m.Pack:
    """The Pack itself, from a Pack or a loaded pack."""
    return obj if isinstance(obj, m.Pack) else obj.pack


@dataclass(frozen=True)
class DrillItem:
    """One question or argument exercise, with what is shown after the verdict."""

    ident: ItemKey
    pack: m.Pack
    kind: str  # "question" | "rebuttal" | "warrant"
    skill: str
    tags: tuple[str, ...]
    label: str  # the learner-facing item, for summaries and gradebooks
    question: m.Question | None = None
    argument: m.Argument | None = None
    motion: m.Motion | None = None

    @property
    def key(self) -> str:
        """The key as the store keeps it."""
        return str(self.ident)

    @property
    def pack_id(self) -> str:
        return self.pack.metadata.id

    def present(self, rng: random.Random) -> Presented:
        """Ask the item (shuffles use ``rng``)."""
        if self.question is not None:
            sides = _sides(self.motion)
            return present(
                self.question, rng, sides=sides, item_id=self.key, variants=self.pack.variants
            )
        assert self.argument is not None and self.motion is not None
        if self.kind == "rebuttal":
            return _present_rebuttal(self.argument, self.key)
        return _present_warrant(self.argument, self.motion, rng, self.key)

    def explanation(self) -> str:
        """What to read after the verdict."""
        if self.question is not None:
            return clean(self.question.explanation)
        assert self.argument is not None
        if self.kind == "warrant":
            return clean(f"Claim: {self.argument.claim}\nWarrant: {self.argument.warrant}")
        points = "\n".join(f"• {k.text}" for k in self.argument.key_points)
        model = (
            f"\nModel rebuttal: {self.argument.model_rebuttal}"
            if self.argument.model_rebuttal
            else ""
        )
        return clean(f"A good answer covers:\n{points}{model}")

    def key_points(self) -> list[m.KeyPoint]:
        """The key points a free-text answer to this item is graded on."""
        if isinstance(self.question, m.FreeText):
            return list(self.question.key_points)
        if self.kind == "rebuttal" and self.argument is not None:
            return list(self.argument.key_points)
        return []

    def point_cards(self) -> list[m.EvidenceCard]:
        """Cards that support the key points; for a rebuttal, those of the arguments that
        answer it (else of the other side's arguments)."""
        if self.kind == "rebuttal" and self.argument is not None and self.motion is not None:
            argument = self.argument
            answering = [a for a in self.motion.arguments if argument.id in a.answers]
            answering = answering or [a for a in self.motion.arguments if a.side != argument.side]
            return [c for a in answering for c in a.evidence]
        return self.cards()

    def cards(self) -> list[m.EvidenceCard]:
        """The evidence behind the answer (the first is shown after the verdict)."""
        if self.question is not None:
            return list(self.question.evidence)
        assert self.argument is not None
        return list(self.argument.evidence)


def _sides(motion: m.Motion | None) -> tuple[str, str]:
    if motion is None:
        return ("Affirmative", "Negative")
    return (clean(motion.aff.label), clean(motion.neg.label))


def _present_rebuttal(argument: m.Argument, key: str) -> Presented:
    points = [
        grading.KeyPoint(
            k.text,
            tuple(k.cues),
            k.weight,
            examples=tuple(k.examples),
            counterexamples=tuple(k.counterexamples),
        )
        for k in argument.key_points
    ]
    prompt = f"Answer this argument: {argument.claim}\nWarrant: {argument.warrant}"
    hint = next((k.hint for k in argument.key_points if k.hint), "") or (
        f"Think about: {argument.key_points[0].text}"
    )
    presented = _text(
        None,
        prompt,
        lambda t: grading.grade_keypoints(t, points),
        hint,
        argument.model_rebuttal or argument.key_points[0].text,
        placeholder="your rebuttal",
    )
    return _keyed(presented, key)


def _present_warrant(
    argument: m.Argument, motion: m.Motion, rng: random.Random, key: str
) -> Presented:
    others = [a for a in motion.arguments if a.id != argument.id and a.warrant != argument.warrant]
    chosen = [*rng.sample(others, min(3, len(others))), argument]
    rng.shuffle(chosen)
    prompt = f"What is the warrant of this claim?\n“{argument.claim}”"
    presented = _choice(
        None,
        prompt,
        [a.warrant for a in chosen],
        chosen.index(argument),
        "The warrant says WHY the claim is true.",
    )
    return _keyed(presented, key)


def _keyed(presented: Presented, key: str) -> Presented:
    from dataclasses import replace

    presented.turn = replace(presented.turn, item_id=key)
    return presented


def _motion_of(pack: m.Pack, motion_id: str | None) -> m.Motion | None:
    return next((x for x in pack.motions if x.id == motion_id), None) if motion_id else None


def question_item(pack: m.Pack, question: m.Question) -> DrillItem:
    return DrillItem(
        question_key(pack.metadata.id, question.id),
        pack,
        "question",
        question.skill,
        tuple(question.tags),
        clean(question.prompt),
        question=question,
        motion=_motion_of(pack, question.motion),
    )


def argument_items(pack: m.Pack, motion: m.Motion, argument: m.Argument) -> list[DrillItem]:
    pid = pack.metadata.id
    tags = (motion.id, argument.stock_issue)
    return [
        DrillItem(
            argument_key(pid, argument.id, "rebuttal"),
            pack,
            "rebuttal",
            "rebuttal",
            tags,
            clean(f"Answer: {argument.claim}"),
            argument=argument,
            motion=motion,
        ),
        DrillItem(
            argument_key(pid, argument.id, "warrant"),
            pack,
            "warrant",
            "structure",
            tags,
            clean(f"Warrant of: {argument.claim}"),
            argument=argument,
            motion=motion,
        ),
    ]


def select_questions(
    packs: Iterable[PackLike],
    *,
    motion: str | None = None,
    tags: Sequence[str] = (),
    difficulty: str | None = None,
) -> list[DrillItem]:
    """Question items from ``packs`` matching every filter given."""
    wanted = set(tags)
    items = []
    for pack in map(as_pack, packs):
        for q in pack.questions:
            if motion and q.motion != motion:
                continue
            if wanted and not wanted.intersection(q.tags):
                continue
            if difficulty and q.difficulty != difficulty:
                continue
            items.append(question_item(pack, q))
    return items


def all_items(packs: Iterable[PackLike]) -> dict[str, DrillItem]:
    """Every item of ``packs`` by key (questions and argument exercises)."""
    found: dict[str, DrillItem] = {}
    for pack in map(as_pack, packs):
        for q in pack.questions:
            item = question_item(pack, q)
            found[item.key] = item
        for motion in pack.motions:
            for argument in motion.arguments:
                for item in argument_items(pack, motion, argument):
                    found[item.key] = item
    return found
