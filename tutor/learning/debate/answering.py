"""Answering a step: grade the reply, record it at once, close the step.

Free text goes through the step's :class:`~tutor.learning.debate.dialogue.Dialogue`
(each reply recorded as an attempt); a choice or a pack question is graded once,
with one retry after a near miss in cross-examination and an immediate correction
for a known wrong answer. A concluded step becomes an outcome, is scheduled for
review and is written on the flow sheet.
"""

from __future__ import annotations

from dataclasses import replace

from tutor.grading import GradeResult, Verdict
from tutor.learning.debate.flow import FlowSheet
from tutor.learning.debate.game import Asked, Round
from tutor.learning.debate.judge import flow_step
from tutor.learning.debate.phases import Step
from tutor.learning.debate.state import Outcome
from tutor.learning.questions import AnswerFormatError
from tutor.learning.recorder import Recorder
from tutor.learning.turns import Expects, Turn, TurnKind
from tutor.packs import models as m
from tutor.text import clean

LABELS = {Verdict.CORRECT: "Correct.", Verdict.CLOSE: "Close.", Verdict.INCORRECT: "Not quite."}
EMPTY = "Type your answer, or /hint, /evidence, /skip, /help."
RANK = {Verdict.CORRECT: 2, Verdict.CLOSE: 1, Verdict.INCORRECT: 0}


class Answering:
    """Grading and recording; :class:`DebateSession` provides the state used here."""

    game: Round
    flow: FlowSheet
    outcomes: list[Outcome]
    recorder: Recorder
    session_id: int | None
    _asked: Asked | None
    _attempt: int
    _pending: list[Turn]

    def _step(self) -> Step:
        raise NotImplementedError

    def _expects(self) -> Expects:
        raise NotImplementedError

    def _advance(self) -> list[Turn]:
        raise NotImplementedError

    def _answer(self, text: str) -> list[Turn]:
        asked = self._asked
        if asked is None or asked.item is None:  # a "continue" step
            return self._advance()
        if not text.strip():
            return [Turn(TurnKind.ERROR, EMPTY, expects=self._expects())]
        if asked.dialogue is not None:
            return self._dialogue_reply(asked, text)
        assert asked.presented is not None
        try:
            grade = asked.presented.grade(text)
        except AnswerFormatError as exc:
            return [Turn(TurnKind.ERROR, str(exc), expects=self._expects())]
        return self._graded(asked, text, grade)

    def _dialogue_reply(self, asked: Asked, text: str) -> list[Turn]:
        assert asked.dialogue is not None and asked.item is not None
        reply = asked.dialogue.reply(text)
        answer_id = self._record(text, reply.grade)
        key = asked.item.key
        turns = [
            replace(t, item_id=key, answer_id=answer_id if t.kind is TurnKind.FEEDBACK else None)
            for t in reply.turns
        ]
        self._attempt += 1
        if not reply.done:
            self._pending = [*asked.turns, turns[-1]]
            return turns
        return [*turns, *self._conclude(reply.grade, answer_id, text)]

    def _graded(self, asked: Asked, text: str, grade: GradeResult) -> list[Turn]:
        assert asked.item is not None and asked.presented is not None
        answer_id = self._record(text, grade)
        turns = [self._feedback(grade, answer_id)]
        correction = self._known_wrong(grade)
        if correction:
            turns.append(Turn(TurnKind.MOVE, correction, "correction", item_id=asked.item.key))
        elif (
            grade.verdict is Verdict.CLOSE and self._attempt == 1 and self._step().kind == "crossex"
        ):
            self._attempt = 2
            hint = grade.hint or asked.presented.hint
            retry = Turn(
                TurnKind.MOVE,
                f"Close. One more try{': ' + hint if hint else '.'}",
                "hint",
                item_id=asked.item.key,
            )
            self._pending = [retry, asked.turns[-1]]
            return [*turns, *self._pending]
        return [*turns, *self._conclude(grade, answer_id, text)]

    def _feedback(self, grade: GradeResult, answer_id: int | None) -> Turn:
        assert self._asked is not None and self._asked.item is not None
        label = LABELS[grade.verdict]
        said = grade.feedback.strip()
        text = said if said.lower().startswith(label[:-1].lower()) else f"{label} {said}".strip()
        return Turn(
            TurnKind.FEEDBACK,
            text,
            "feedback",
            grade=grade,
            item_id=self._asked.item.key,
            answer_id=answer_id,
        )

    def _known_wrong(self, grade: GradeResult) -> str:
        """A correction when a cross-ex answer is one of the question's known wrong answers."""
        question = self._asked.presented.question if self._asked and self._asked.presented else None
        if not isinstance(question, m.ShortAnswer) or grade.verdict is not Verdict.INCORRECT:
            return ""
        wrong = next((r for r in question.reject if r.answer == grade.matched), None)
        if wrong is None:
            return ""
        return clean(
            f"Correction: that is a known mix-up. {wrong.feedback} "
            f"The answer: {question.accept[0]}."
        )

    def _record(self, text: str, grade: GradeResult) -> int | None:
        asked = self._asked
        assert asked is not None and asked.item is not None and asked.presented is not None
        return self.recorder.answer(
            self.session_id, asked.item, asked.presented, text, grade, self._attempt
        )

    # -- moving on -------------------------------------------------------------------
    def _conclude(
        self, grade: GradeResult, answer_id: int | None, text: str, skipped: bool = False
    ) -> list[Turn]:
        asked, step = self._asked, self._step()
        assert asked is not None and asked.item is not None
        item = asked.item
        outcome = Outcome(
            item.key,
            item.skill,
            asked.label or item.label,
            grade.verdict.value,
            grade.score,
            answer_id,
            scheduled=asked.scheduled,
        )
        self.outcomes.append(outcome)
        self._schedule(step, item.key, grade.verdict)
        flow_step(self.flow, self.game, step, asked, text, grade.verdict, skipped)
        return [*asked.closing, *self._advance()]

    def _schedule(self, step: Step, key: str, verdict: Verdict) -> None:
        if step.kind == "evidence":  # a missed card brings its argument's warrant back
            warrant = key.removesuffix(":evidence") + ":warrant"
            case = next((o for o in self.outcomes if o.key == warrant), None)
            if case is not None and RANK[verdict] < RANK[Verdict(case.verdict)]:
                self.recorder.schedule(warrant, verdict, again=True)
            elif case is None:
                self.recorder.schedule(warrant, verdict)
            return
        if self._asked is not None and self._asked.scheduled:
            self.recorder.schedule(key, verdict)
