"""What the slash commands mean in a debate, at any step.

``/hint`` aims at one missing point (or gives the question's hint), ``/evidence``
shows the current argument's cards with their reliability notes, ``/skip`` gives
the step up (recorded as a miss; a skipped opposing argument is dropped),
``/flow`` shows the flow sheet, ``/ask`` answers from the pack, ``/wrong`` appeals
the last verdict and ``/help`` lists them. Parsing is shared with the quiz
(:mod:`tutor.learning.commands`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from tutor.grading import GradeResult, Verdict
from tutor.learning import commands as cmd
from tutor.learning.cards import card_turn
from tutor.learning.questions import make_result
from tutor.learning.turns import Turn, TurnKind

if TYPE_CHECKING:
    from tutor.learning.debate.flow import FlowSheet
    from tutor.learning.debate.game import Asked
    from tutor.learning.debate.state import Outcome
    from tutor.learning.recorder import Recorder
    from tutor.packs.models import Pack

COMMAND_NAMES = ("hint", "evidence", "skip", "flow", "ask", "wrong", "help")


class SessionCommands:
    """The debate's slash commands; :class:`DebateSession` provides the state they use."""

    packs: list[Pack]
    flow: FlowSheet
    outcomes: list[Outcome]
    recorder: Recorder
    _asked: Asked | None

    def __init__(self) -> None:
        self._ask = cmd.AskCommand(self.packs)

    def run_command(self, command: cmd.SlashCommand) -> list[Turn]:
        handlers: dict[str, Callable[[str], list[Turn]]] = {
            "hint": self._cmd_hint,
            "evidence": self._cmd_evidence,
            "skip": self._cmd_skip,
            "flow": lambda _arg: [Turn(TurnKind.FLOW, self.flow.to_text())],
            "ask": self._ask,
            "wrong": self._cmd_wrong,
            "help": lambda _arg: [cmd.help_turn(COMMAND_NAMES)],
        }
        handler = handlers.get(command.name)
        if handler is None:
            return [cmd.unknown_command_turn(command.name, COMMAND_NAMES)]
        return handler(command.arg)

    # -- provided by the session ---------------------------------------------------------
    def _advance(self) -> list[Turn]:
        raise NotImplementedError

    def _conclude(
        self, grade: GradeResult, answer_id: int | None, text: str, skipped: bool = False
    ) -> list[Turn]:
        raise NotImplementedError

    def _record(self, text: str, grade: GradeResult) -> int | None:
        raise NotImplementedError

    def _feedback(self, grade: GradeResult, answer_id: int | None) -> Turn:
        raise NotImplementedError

    # -- handlers ------------------------------------------------------------------------
    def _cmd_hint(self, _arg: str) -> list[Turn]:
        asked = self._asked
        if asked is None or asked.item is None:
            return [Turn(TurnKind.MOVE, "Press Enter to go on.", "hint")]
        if asked.dialogue is not None:
            return [Turn(TurnKind.MOVE, f"Hint: {asked.dialogue.hint_text()}", "hint")]
        hint = asked.presented.hint if asked.presented else ""
        return [Turn(TurnKind.MOVE, f"Hint: {hint}" if hint else "No hint for this one.", "hint")]

    def _cmd_evidence(self, _arg: str) -> list[Turn]:
        asked = self._asked
        if asked is None or not asked.cards:
            return [Turn(TurnKind.SAY, "There is no evidence card for this step.")]
        key = asked.item.key if asked.item else None
        return [card_turn(self.packs[0], card, key) for card in asked.cards]

    def _cmd_skip(self, _arg: str) -> list[Turn]:
        asked = self._asked
        if asked is None or asked.item is None:
            return self._advance()
        answer = asked.presented.answer_text if asked.presented else ""
        note = f"Skipped. The answer: {answer}" if answer else "Skipped."
        grade = make_result(Verdict.INCORRECT, 0.0, note)
        answer_id = self._record("/skip", grade)
        turns = [self._feedback(grade, answer_id)]
        if asked.dialogue is not None:
            turns.append(Turn(TurnKind.MOVE, asked.dialogue.summary_text(), "summary"))
        return [*turns, *self._conclude(grade, answer_id, "/skip", skipped=True)]

    def _cmd_wrong(self, reason: str) -> list[Turn]:
        last = self.outcomes[-1] if self.outcomes else None
        if last is None:
            return [Turn(TurnKind.ERROR, "There is no verdict to appeal yet.")]
        if last.appealed:
            return [Turn(TurnKind.SAY, "You already appealed that verdict.")]
        last.appealed = True
        self.recorder.appeal(last.answer_id, reason)
        reviewable = last.scheduled and not last.key.endswith(":evidence")
        if reviewable and last.verdict != Verdict.CORRECT.value:
            self.recorder.schedule(last.key, Verdict.CORRECT, again=True)
        note = f" Your reason: {reason}" if reason else ""
        text = (
            "Noted: you say you were right. Your score for that answer is corrected to 100% "
            f"and an instructor will see the claim.{note}"
        )
        return [Turn(TurnKind.SAY, text, answer_id=last.answer_id, item_id=last.key)]
