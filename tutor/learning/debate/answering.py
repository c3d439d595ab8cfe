"""Answering a debate step: grade the reply on the session core, close the step.

Free text goes through the step's :class:`~tutor.learning.debate.dialogue.Dialogue`
(each reply recorded as an attempt); a choice or a pack question is graded once,
with one retry after a near miss in cross-examination and an immediate correction
for a known wrong answer. A concluded step becomes an outcome on the core, is
scheduled for review when review can bring it back, and is written on the flow sheet.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from tutor.grading import GradeResult, Verdict
from tutor.learning.cards import best_card, card_view
from tutor.learning.core.core import SessionCore
from tutor.learning.core.explain import Explained, PointSource
from tutor.learning.core.keys import ItemKey
from tutor.learning.core.outcomes import Outcome
from tutor.learning.debate.flow import FlowSheet
from tutor.learning.debate.game import Asked, Round
from tutor.learning.debate.judge import flow_step
from tutor.learning.debate.phases import Step
from tutor.learning.feedback import ScheduledItem
from tutor.learning.turns import CardView, Turn, TurnKind
from tutor.packs import models as m
from tutor.text import clean

RANK = {Verdict.CORRECT: 2, Verdict.CLOSE: 1, Verdict.INCORRECT: 0}


@dataclass
class Answered:
    """What one reply did: the turns to show, whether the step is over, what still waits."""

    turns: list[Turn]
    done: bool
    pending: list[Turn] = field(default_factory=list)


@dataclass
class Answering:
    """Grades replies to the asked step and closes it, on the session's core."""

    core: SessionCore
    game: Round
    flow: FlowSheet

    def reply(self, step: Step, asked: Asked, attempt: int, text: str) -> Answered:
        if asked.dialogue is not None:
            return self._dialogue_reply(step, asked, attempt, text)
        assert asked.presented is not None
        return self._graded(step, asked, attempt, text, asked.presented.grade(text))

    def _dialogue_reply(self, step: Step, asked: Asked, attempt: int, text: str) -> Answered:
        assert asked.dialogue is not None
        reply = asked.dialogue.reply(text)
        answer_id = self._record(asked, attempt, text, reply.grade)
        if not reply.done:
            shown = self.core.explain(reply.grade, text, self.about(asked), answer_id)
            moves = [replace(t, item_id=shown.item_id) for t in reply.turns]
            return Answered([shown, *moves], False, [*asked.turns, moves[-1]])
        return self.conclude(step, asked, reply.grade, answer_id, text, moves=reply.turns)

    def _graded(
        self, step: Step, asked: Asked, attempt: int, text: str, grade: GradeResult
    ) -> Answered:
        assert asked.item is not None and asked.presented is not None
        answer_id = self._record(asked, attempt, text, grade)
        correction = _known_wrong(asked, grade)
        moves = [Turn(TurnKind.MOVE, correction, "correction")] if correction else []
        retry_earned = grade.verdict is Verdict.CLOSE and attempt == 1 and step.kind == "crossex"
        if retry_earned and not correction:
            hint = grade.hint or asked.presented.hint
            move = f"One more try{': ' + hint if hint else '.'}"
            retry = Turn(TurnKind.MOVE, move, "hint", item_id=asked.item.key)
            shown = self.core.explain(grade, text, self.about(asked), answer_id)
            return Answered([shown, retry, asked.turns[-1]], False, [retry, asked.turns[-1]])
        return self.conclude(step, asked, grade, answer_id, text, moves=moves)

    def _record(self, asked: Asked, attempt: int, text: str, grade: GradeResult) -> int | None:
        assert asked.item is not None and asked.presented is not None
        return self.core.record(asked.item, asked.presented, text, grade, attempt)

    # -- closing a step ------------------------------------------------------------------
    def conclude(
        self,
        step: Step,
        asked: Asked,
        grade: GradeResult,
        answer_id: int | None,
        text: str,
        *,
        moves: list[Turn] | None = None,
        skipped: bool = False,
    ) -> Answered:
        """The step is over: score it, schedule it, flow it, say the closing words."""
        item = asked.item
        assert item is not None
        outcome = Outcome(
            item.key, item.skill, asked.label or item.label, grade.verdict, grade.score, answer_id
        )
        scheduled = self._schedule(outcome, asked)
        flow_step(self.flow, self.game, step, asked, text, grade.verdict, skipped)
        about = replace(self.about(asked, final=True), scheduled=scheduled)
        shown = self.core.explain(grade, text, about, answer_id)
        said = [replace(t, item_id=item.key) for t in moves or []]
        return Answered([shown, *said, *asked.closing], True)

    def _schedule(self, outcome: Outcome, asked: Asked) -> ScheduledItem | None:
        """A missed card brings its argument's warrant back; weighing never comes back."""
        key = ItemKey.parse(outcome.key)
        if key.part != "evidence":
            return self.core.conclude(outcome, schedule=asked.scheduled)
        self.core.conclude(outcome, schedule=False)
        warrant = str(key.with_part("warrant"))
        case = next((o for o in self.core.card.outcomes if o.key == warrant), None)
        if case is not None and RANK[outcome.verdict] >= RANK[case.verdict]:
            return None
        label = case.label if case else clean(outcome.label)
        return self.core.recorder.schedule(warrant, label, outcome.verdict, again=case is not None)

    def about(self, asked: Asked, *, final: bool = False) -> Explained:
        """What the feedback says beyond the grade: points with their cards, the answer."""
        assert asked.item is not None
        cards = [card_view(self.game.pack, c) for c in asked.point_cards]
        points = [
            PointSource(p.label, _best(p.text, asked.point_cards, cards))
            for p in (asked.dialogue.points if asked.dialogue else ())
        ]
        if not final or asked.dialogue is not None:
            return Explained(asked.item.key, points=points)
        cite, note = self.core.cite(self.game.pack, asked.cards[:1])
        answer = asked.presented.answer_text if asked.presented else ""
        return Explained(asked.item.key, answer, asked.explanation, cite, note, points)


def _best(text: str, cards: list[m.EvidenceCard], views: list[CardView]) -> CardView | None:
    card = best_card(text, cards)
    return views[cards.index(card)] if card is not None else None


def _known_wrong(asked: Asked, grade: GradeResult) -> str:
    """A correction when a cross-ex answer is one of the question's known wrong answers."""
    question = asked.presented.question if asked.presented else None
    if not isinstance(question, m.ShortAnswer) or grade.verdict is not Verdict.INCORRECT:
        return ""
    wrong = next((r for r in question.reject if r.answer == grade.matched), None)
    if wrong is None:
        return ""
    return clean(f"Correction: that is a known mix-up. {wrong.feedback}")
