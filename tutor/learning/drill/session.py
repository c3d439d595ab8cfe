"""The drill loop quiz and review share: ask, grade, record, schedule, explain.

A :class:`DrillSession` walks the items of its :class:`DrillSource` (a quiz's chosen
questions, review's due items) on the one :class:`~tutor.learning.core.core.SessionCore`.
Each reply is graded, recorded at once and, when final, scheduled for review. A
``close`` verdict earns one retry: both attempts are recorded and only the retry's
verdict reaches the schedule. The right answer is told once the item is concluded.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from tutor.grading import GradeResult, Verdict
from tutor.learning.cards import best_card, card_turn, card_view
from tutor.learning.core import commands as cmd
from tutor.learning.core.core import SessionCore
from tutor.learning.core.explain import Explained, PointSource
from tutor.learning.core.outcomes import Outcome
from tutor.learning.core.session import SessionStatus
from tutor.learning.debrief import debrief_text
from tutor.learning.feedback import Debrief
from tutor.learning.items import DrillItem, PackLike, as_pack
from tutor.learning.questions import AnswerFormatError, Presented, make_result
from tutor.learning.turns import CardView, Expects, InputKind, Turn, TurnKind
from tutor.packs.models import EvidenceCard

Clock = Callable[[], datetime]
NONE = Expects(InputKind.NONE)
OVER = "This session is over. /wrong <reason> still appeals the last verdict."


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class DrillSource:
    """What a drill asks: its items and the words that open it (or say it is empty)."""

    kind: str
    items: Sequence[DrillItem]
    opening: str
    empty: str
    meta: dict[str, Any] = field(default_factory=dict)
    title: str = ""


class DrillSession:
    """Ask the source's items one by one."""

    def __init__(
        self,
        source: DrillSource,
        packs: Sequence[PackLike],
        store: Any | None,
        *,
        rng: random.Random | None = None,
        clock: Clock = utc_now,
    ) -> None:
        self.kind = source.kind
        self.title = source.title
        self.source = source
        self.items = list(source.items)
        self.rng = rng or random.Random()
        self.clock = clock
        self.core = SessionCore(source.kind, [as_pack(p) for p in packs], store, clock)
        self._index = 0
        self._attempt = 1
        self._current: Presented | None = None
        self._finished = False

    # -- the protocol ------------------------------------------------------------------
    @property
    def session_id(self) -> int | None:
        return self.core.session_id

    @property
    def finished(self) -> bool:
        return self._finished

    @property
    def progress(self) -> tuple[int, int]:
        return (len(self.core.card), len(self.items))

    def start(self) -> list[Turn]:
        self.core.begin(self.source.meta)
        if not self.items:
            self._finished = True
            self.core.finish(self._state())
            return [Turn(TurnKind.SUMMARY, self.source.empty, expects=NONE)]
        return [Turn(TurnKind.SAY, self.source.opening), self._next_question()]

    def respond(self, text: str) -> list[Turn]:
        command = cmd.parse_command(text)
        if self._finished:
            if command is not None and command.name in ("wrong", "why"):
                return cmd.with_expects(self.core.command(command, {}), NONE)
            return [Turn(TurnKind.SAY, OVER, expects=NONE)]
        if command is not None:
            own = {"hint": self._hint, "skip": self._skip, "evidence": self._evidence}
            return cmd.with_expects(self.core.command(command, own), self._expects())
        return self.answer(text)

    def answer(self, text: str) -> list[Turn]:
        if self._finished or self._current is None:
            return [Turn(TurnKind.SAY, OVER, expects=NONE)]
        if not text.strip():
            return [self._error("Type an answer, or /skip, /hint, /help.")]
        try:
            grade = self._current.grade(text)
        except AnswerFormatError as exc:
            return [self._error(str(exc))]
        return self._graded(text, grade)

    def hint(self) -> list[Turn]:
        return cmd.with_expects(self._hint(""), self._expects())

    def skip(self) -> list[Turn]:
        return self._skip("")

    def appeal(self, reason: str) -> list[Turn]:
        return [self.core.appeal(reason)]

    def status(self) -> SessionStatus:
        scores = list(self.core.card.scores_by_skill().items())
        return SessionStatus(self.kind.title(), self.progress, scores)

    def finish(self) -> Debrief:
        right, n = self.core.card.right, len(self.core.card)
        headline = f"Done: {right} of {n} right." if n else "Nothing was answered."
        return self.core.debrief(headline)

    def redo(self) -> None:
        return None

    # -- asking ------------------------------------------------------------------------
    def _item(self) -> DrillItem:
        return self.items[self._index]

    def _expects(self) -> Expects:
        if self._finished or self._current is None:
            return NONE
        return self._current.turn.expects or NONE

    def _error(self, message: str) -> Turn:
        return Turn(TurnKind.ERROR, message, expects=self._expects())

    def _next_question(self) -> Turn:
        self._attempt = 1
        self._current = self._item().present(self.rng)
        return self._question_turn()

    def _question_turn(self) -> Turn:
        assert self._current is not None
        return replace(self._current.turn, progress=self.progress)

    # -- grading -----------------------------------------------------------------------
    def _graded(self, text: str, grade: GradeResult) -> list[Turn]:
        item, presented = self._item(), self._current
        assert presented is not None
        answer_id = self.core.record(item, presented, text, grade, self._attempt)
        if grade.verdict is Verdict.CLOSE and self._attempt == 1:
            self._attempt = 2
            feedback = self.core.explain(grade, text, self._about(item, final=False), answer_id)
            hint = grade.hint or presented.hint
            move = f"One more try{': ' + hint if hint else '.'}"
            retry = Turn(TurnKind.MOVE, move, move="hint", item_id=item.key)
            return [feedback, retry, self._question_turn()]
        return self._conclude(item, text, grade, answer_id)

    def _conclude(
        self, item: DrillItem, text: str, grade: GradeResult, answer_id: int | None
    ) -> list[Turn]:
        outcome = Outcome(item.key, item.skill, item.label, grade.verdict, grade.score, answer_id)
        scheduled = self.core.conclude(outcome)
        about = replace(self._about(item, final=True), scheduled=scheduled)
        return [self.core.explain(grade, text, about, answer_id), *self._advance()]

    def _about(self, item: DrillItem, *, final: bool) -> Explained:
        cards = item.point_cards()
        points = [
            PointSource(k.text, _view(item, best_card(k.text, cards))) for k in item.key_points()
        ]
        if not final:
            return Explained(item.key, points=points)
        cite, note = self.core.cite(item.pack, item.cards())
        answer = self._current.answer_text if self._current else ""
        return Explained(item.key, answer, item.explanation(), cite, note, points)

    def _advance(self) -> list[Turn]:
        self._index += 1
        if self._index < len(self.items):
            return [self._next_question()]
        self._finished = True
        self._current = None
        self.core.finish(self._state())
        return [Turn(TurnKind.SUMMARY, debrief_text(self.finish()), expects=NONE)]

    def _state(self) -> dict[str, Any]:
        return {**self.core.state(), "items": [i.key for i in self.items]}

    # -- the drill's own commands ------------------------------------------------------
    def _hint(self, _arg: str) -> list[Turn]:
        hint = self._current.hint if self._current else ""
        text = f"Hint: {hint}" if hint else "No hint for this one."
        return [Turn(TurnKind.MOVE, text, move="hint")]

    def _evidence(self, _arg: str) -> list[Turn]:
        if self._current is None:
            return [Turn(TurnKind.SAY, "There is no current item.")]
        item = self._item()
        cards = item.cards()
        if not cards:
            return [Turn(TurnKind.SAY, "This item has no evidence card.")]
        return [card_turn(item.pack, card, item.key) for card in cards]

    def _skip(self, _arg: str) -> list[Turn]:
        if self._current is None:
            return [Turn(TurnKind.SAY, "There is nothing to skip.", expects=self._expects())]
        grade = make_result(Verdict.INCORRECT, 0.0, "Skipped.")
        item = self._item()
        answer_id = self.core.record(item, self._current, "/skip", grade, self._attempt)
        return self._conclude(item, "/skip", grade, answer_id)


def _view(item: DrillItem, card: EvidenceCard | None) -> CardView | None:
    return card_view(item.pack, card) if card is not None else None
