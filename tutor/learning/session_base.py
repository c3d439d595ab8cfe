"""The drill loop quiz and review share: ask, grade, record, schedule, explain.

A :class:`DrillSession` walks a list of :class:`~tutor.learning.items.DrillItem`.
Each reply is graded, recorded in the store at once (before turns are returned) and,
when final, scheduled for review. A ``close`` verdict earns one retry: both attempts
are recorded and only the retry's verdict reaches the schedule. Slash commands are
read with :mod:`tutor.learning.commands`.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from tutor.grading import GradeResult, Verdict
from tutor.learning import commands as cmd
from tutor.learning.cards import card_turn
from tutor.learning.items import DrillItem, PackLike, as_pack
from tutor.learning.questions import AnswerFormatError, Presented
from tutor.learning.recorder import Recorder
from tutor.learning.turns import Expects, InputKind, Turn, TurnKind
from tutor.packs.models import Pack

if TYPE_CHECKING:
    pass

Clock = Callable[[], datetime]
COMMAND_NAMES = ("hint", "evidence", "skip", "ask", "wrong", "help")


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Outcome:
    """How one item went: its final verdict and score, corrected after an appeal."""

    item: DrillItem
    verdict: Verdict
    score: float
    answer_id: int | None
    appealed: bool = False

    @property
    def right(self) -> bool:
        return self.appealed or self.verdict is Verdict.CORRECT


class DrillSession:
    """Ask items one by one; subclasses choose the items and the closing words."""

    kind = "drill"

    def __init__(
        self,
        packs: Sequence[PackLike],
        store: Any | None,
        items: Sequence[DrillItem],
        *,
        rng: random.Random | None = None,
        clock: Clock = utc_now,
    ) -> None:
        self.packs: list[Pack] = [as_pack(p) for p in packs]
        self.items = list(items)
        self.rng = rng or random.Random()
        self.clock = clock
        self.recorder = Recorder(store, clock)
        self.outcomes: list[Outcome] = []
        self.session_id: int | None = None
        self._index = 0
        self._attempt = 1
        self._current: Presented | None = None
        self._last: Outcome | None = None
        self._finished = False
        self._ask = cmd.AskCommand(self.packs)

    # -- protocol --------------------------------------------------------------------
    @property
    def finished(self) -> bool:
        return self._finished

    @property
    def progress(self) -> tuple[int, int]:
        return (len(self.outcomes), len(self.items))

    def start(self) -> list[Turn]:
        self.session_id = self.recorder.begin(self.kind, self._pack_ids(), self._meta())
        if not self.items:
            self._finished = True
            self.recorder.finish(self.session_id, self._state())
            return [Turn(TurnKind.SUMMARY, self.empty_text(), expects=Expects(InputKind.NONE))]
        return [*self.opening(), self._next_question()]

    def respond(self, text: str) -> list[Turn]:
        if self._finished:
            return [Turn(TurnKind.SAY, "This session is over.", expects=Expects(InputKind.NONE))]
        command = cmd.parse_command(text)
        if command is not None:
            return cmd.with_expects(self._command(command), self._expects())
        if not text.strip():
            return [self._error("Type an answer, or /skip, /hint, /help.")]
        assert self._current is not None
        try:
            grade = self._current.grade(text)
        except AnswerFormatError as exc:
            return [self._error(str(exc))]
        return self._graded(text, grade)

    # -- hooks for subclasses ------------------------------------------------------
    def opening(self) -> list[Turn]:
        return []

    def empty_text(self) -> str:
        return "There is nothing to ask."

    def closing(self) -> list[Turn]:
        return [Turn(TurnKind.SUMMARY, self.summary_text(), expects=Expects(InputKind.NONE))]

    def _meta(self) -> dict[str, Any]:
        return {}

    # -- results ---------------------------------------------------------------------
    def scores_by_skill(self) -> dict[str, float]:
        """Mean (corrected) score per skill, in the order skills first appeared."""
        totals: dict[str, list[float]] = {}
        for o in self.outcomes:
            totals.setdefault(o.item.skill, []).append(1.0 if o.appealed else o.score)
        return {skill: sum(v) / len(v) for skill, v in totals.items()}

    def misses(self) -> list[str]:
        """The items not answered right (after appeals), learner-facing."""
        return [o.item.label for o in self.outcomes if not o.right]

    def summary_text(self) -> str:
        right = sum(o.right for o in self.outcomes)
        lines = [f"Done: {right} of {len(self.outcomes)} right."]
        counts: dict[str, list[int]] = {}
        for o in self.outcomes:
            counts.setdefault(o.item.skill, [0, 0])
            counts[o.item.skill][0] += o.right
            counts[o.item.skill][1] += 1
        scores = self.scores_by_skill()
        for skill, (ok, total) in counts.items():
            lines.append(f"  {skill:<10} {ok}/{total}  {scores[skill]:.0%}")
        missed = self.misses()
        if missed:
            lines.append("Scheduled for review:")
            lines.extend(f"  • {label}" for label in missed)
        return "\n".join(lines)

    # -- internals -------------------------------------------------------------------
    def _pack_ids(self) -> list[str]:
        return [p.metadata.id for p in self.packs]

    def _item(self) -> DrillItem:
        return self.items[self._index]

    def _expects(self) -> Expects | None:
        if self._finished or self._current is None:
            return Expects(InputKind.NONE)
        return self._current.turn.expects

    def _error(self, message: str) -> Turn:
        return Turn(TurnKind.ERROR, message, expects=self._expects())

    def _next_question(self) -> Turn:
        self._attempt = 1
        self._current = self._item().present(self.rng)
        return self._question_turn()

    def _question_turn(self) -> Turn:
        assert self._current is not None
        done = len(self.outcomes)
        return replace(self._current.turn, progress=(done, len(self.items)))

    def _graded(self, text: str, grade: GradeResult) -> list[Turn]:
        item = self._item()
        assert self._current is not None
        answer_id = self.recorder.answer(
            self.session_id, item, self._current, text, grade, self._attempt
        )
        feedback = _feedback_turn(grade, item.key, answer_id)
        if grade.verdict is Verdict.CLOSE and self._attempt == 1:
            self._attempt = 2
            self._last = Outcome(item, grade.verdict, grade.score, answer_id)
            hint = grade.hint or self._current.hint
            move = f"Close. One more try{': ' + hint if hint else '.'}"
            return [
                feedback,
                Turn(TurnKind.MOVE, move, move="hint", item_id=item.key),
                self._question_turn(),
            ]
        return [feedback, *self._conclude(item, grade, answer_id)]

    def _conclude(self, item: DrillItem, grade: GradeResult, answer_id: int | None) -> list[Turn]:
        outcome = Outcome(item, grade.verdict, grade.score, answer_id)
        self.outcomes.append(outcome)
        self._last = outcome
        self.recorder.schedule(item.key, grade.verdict)
        turns = [Turn(TurnKind.SAY, item.explanation(), item_id=item.key)]
        cards = item.cards()
        if cards:
            turns.append(card_turn(item.pack, cards[0], item.key))
        return [*turns, *self._advance()]

    def _advance(self) -> list[Turn]:
        self._index += 1
        if self._index >= len(self.items):
            self._finished = True
            self._current = None
            self.recorder.finish(self.session_id, self._state())
            return self.closing()
        return [self._next_question()]

    def _state(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "items": [i.key for i in self.items],
            "outcomes": [
                {
                    "item": o.item.key,
                    "verdict": o.verdict.value,
                    "score": o.score,
                    "appealed": o.appealed,
                }
                for o in self.outcomes
            ],
        }

    # -- commands --------------------------------------------------------------------
    def _command(self, command: cmd.SlashCommand) -> list[Turn]:
        handlers: dict[str, Callable[[str], list[Turn]]] = {
            "hint": self._cmd_hint,
            "evidence": self._cmd_evidence,
            "skip": self._cmd_skip,
            "ask": self._ask,
            "wrong": self._cmd_wrong,
            "help": lambda _arg: [cmd.help_turn(COMMAND_NAMES)],
        }
        handler = handlers.get(command.name)
        if handler is None:
            return [cmd.unknown_command_turn(command.name, COMMAND_NAMES)]
        return handler(command.arg)

    def _cmd_hint(self, _arg: str) -> list[Turn]:
        hint = self._current.hint if self._current else ""
        return [
            Turn(TurnKind.MOVE, f"Hint: {hint}" if hint else "No hint for this one.", move="hint")
        ]

    def _cmd_evidence(self, _arg: str) -> list[Turn]:
        if self._current is None:
            return [Turn(TurnKind.SAY, "There is no current item.")]
        item = self._item()
        cards = item.cards()
        if not cards:
            return [Turn(TurnKind.SAY, "This item has no evidence card.")]
        return [card_turn(item.pack, card, item.key) for card in cards]

    def _cmd_skip(self, _arg: str) -> list[Turn]:
        if self._current is None:
            return [Turn(TurnKind.SAY, "There is nothing to skip.")]
        answer = self._current.answer_text
        grade = GradeResult(Verdict.INCORRECT, 0.0, feedback=f"Skipped. The answer: {answer}")
        item = self._item()
        answer_id = self.recorder.answer(
            self.session_id, item, self._current, "/skip", grade, self._attempt
        )
        return [_feedback_turn(grade, item.key, answer_id), *self._conclude(item, grade, answer_id)]

    def _cmd_wrong(self, reason: str) -> list[Turn]:
        last = self._last
        if last is None:
            return [Turn(TurnKind.ERROR, "There is no verdict to appeal yet.")]
        if last.appealed:
            return [Turn(TurnKind.SAY, "You already appealed that verdict.")]
        last.appealed = True
        self.recorder.appeal(last.answer_id, reason)
        note = f" Your reason: {reason}" if reason else ""
        said = Turn(
            TurnKind.SAY,
            "Noted: you say you were right. Your score for that answer is "
            f"corrected to 100% and an instructor will see the claim.{note}",
            answer_id=last.answer_id,
            item_id=last.item.key,
        )
        if last in self.outcomes:
            self.recorder.schedule(last.item.key, Verdict.CORRECT, again=True)
            return [said]
        # The appeal is on a near miss awaiting its retry: the item is done, as right.
        self.outcomes.append(last)
        self.recorder.schedule(last.item.key, Verdict.CORRECT)
        return [said, *self._advance()]


def _feedback_turn(grade: GradeResult, item_id: str, answer_id: int | None) -> Turn:
    label = {Verdict.CORRECT: "Correct", Verdict.CLOSE: "Close", Verdict.INCORRECT: "Not quite"}[
        grade.verdict
    ]
    text = f"{label}. {grade.feedback}".strip()
    return Turn(TurnKind.FEEDBACK, text, grade=grade, item_id=item_id, answer_id=answer_id)
