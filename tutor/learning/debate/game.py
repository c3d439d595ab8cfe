"""One debate's fixed facts and the step being asked, shared by the session's parts.

:class:`Round` holds the pack, the motion and the learner's side, with look-ups by
id and the labels of both sides. :class:`Asked` is a step as put to the learner:
its turns, the item its answers are recorded under and how a reply is graded.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tutor.learning import items
from tutor.learning.debate.dialogue import Dialogue, Misconception
from tutor.learning.debate.framing import other, side_label
from tutor.learning.debate.phases import Step
from tutor.learning.questions import Presented
from tutor.learning.turns import Turn
from tutor.packs import models as m
from tutor.text import clean


@dataclass(frozen=True)
class Round:
    """The pack, motion and side of one debate, with look-ups by id."""

    pack: m.Pack
    motion: m.Motion
    side: str

    @property
    def mine(self) -> str:
        return side_label(self.motion, self.side)

    @property
    def theirs(self) -> str:
        return side_label(self.motion, other(self.side))

    def argument(self, argument_id: str) -> m.Argument:
        return next(a for a in self.motion.arguments if a.id == argument_id)

    def question(self, question_id: str) -> m.Question:
        return next(q for q in self.pack.questions if q.id == question_id)

    def card(self, key: str) -> m.EvidenceCard:
        argument_id, _, index = key.rpartition(":")
        return self.argument(argument_id).evidence[int(index)]

    def fits(self, step: Step) -> bool:
        """Whether every id ``step`` names is still in the pack (a saved plan may be stale)."""
        try:
            if step.kind == "crossex":
                self.question(step.ref)
            elif step.kind in ("case", "evidence", "rebuttal"):
                self.argument(step.ref)
            for key in step.options:
                self.card(key) if step.kind == "evidence" else self.argument(key)
        except (StopIteration, IndexError, ValueError):
            return False
        return True

    def who(self, argument: m.Argument) -> str:
        return self.mine if argument.side == self.side else self.theirs

    def misconceptions(self) -> list[Misconception]:
        """Known wrong answers of the motion's short-answer questions."""
        return [
            Misconception(clean(r.answer), clean(r.feedback), tuple(q.accept))
            for q in self.pack.questions
            if isinstance(q, m.ShortAnswer) and q.motion == self.motion.id
            for r in q.reject
        ]


@dataclass
class Asked:
    """A step as asked: turns, the item answers go under, how replies are graded."""

    turns: list[Turn]
    item: items.DrillItem | None = None
    presented: Presented | None = None
    dialogue: Dialogue | None = None
    label: str = ""
    scheduled: bool = True  # False when review cannot bring the item back
    closing: list[Turn] = field(default_factory=list)
    cards: list[m.EvidenceCard] = field(default_factory=list)  # for /evidence and the cite
    point_cards: list[m.EvidenceCard] = field(default_factory=list)
    """Cards that support the key points (shown beside a missed point)."""
    explanation: str = ""
    """Said with the verdict once the step is over (a cross-ex question's explanation)."""
