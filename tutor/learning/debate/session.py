"""A guided debate round: the learner argues one side, the tutor the other.

:class:`DebateSession` speaks the :class:`~tutor.learning.core.session.Session`
protocol, so the Textual app, plain mode and tests drive it like a quiz. Its source of
steps is the plan of :mod:`~tutor.learning.debate.phases`; answers go through
:class:`~tutor.learning.debate.answering.Answering` onto the one session core. It keeps
the flow sheet and saves its state after every step, so :meth:`DebateSession.resume`
continues where the learner stopped. The debrief carries the judge's ballot and its redo.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tutor.grading import Verdict
from tutor.learning.cards import card_turn
from tutor.learning.core import commands as cmd
from tutor.learning.core.core import SessionCore
from tutor.learning.core.outcomes import Scorecard
from tutor.learning.core.session import SessionStatus
from tutor.learning.debate.answering import Answered, Answering
from tutor.learning.debate.ballot import build_ballot
from tutor.learning.debate.flow import FlowSheet
from tutor.learning.debate.framing import framing_lines, phase_opening
from tutor.learning.debate.game import Asked, Round
from tutor.learning.debate.judge import flow_argument
from tutor.learning.debate.phases import Phase, Step, build_plan
from tutor.learning.debate.sides import find_motion, resolve_side
from tutor.learning.debate.state import (
    STATE_VERSION,
    check_version,
    pack_for,
    saved_debate,
    turn_from_dict,
    turn_to_dict,
)
from tutor.learning.debate.steps import ask
from tutor.learning.debrief import debrief_text
from tutor.learning.drill.session import Clock, utc_now
from tutor.learning.feedback import Debrief, Feedback
from tutor.learning.items import PackLike, as_pack
from tutor.learning.questions import AnswerFormatError, make_result
from tutor.learning.turns import Expects, InputKind, Turn, TurnKind
from tutor.packs import models as m
from tutor.text import clean

NONE = Expects(InputKind.NONE)
EMPTY = "Type your answer, or /hint, /evidence, /skip, /help."
OVER = "This debate is over. /wrong <reason> still appeals the last verdict."


class DebateSession:
    """One debate round on ``motion_id``, the learner arguing ``side`` (aff, neg or a label)."""

    kind = "debate"

    def __init__(
        self,
        pack: PackLike,
        motion_id: str,
        side: str,
        store: Any | None = None,
        *,
        rng: random.Random | None = None,
        clock: Clock = utc_now,
        plan: Sequence[Step] | None = None,
    ) -> None:
        self.pack: m.Pack = as_pack(pack)
        self.motion = find_motion(self.pack, motion_id)
        self.side = resolve_side(self.motion, side)
        self.title = clean(f"Debate · {self.motion.title}")
        self.rng = rng or random.Random()
        self.clock = clock
        self.core = SessionCore(self.kind, [self.pack], store, clock)
        self.game = Round(self.pack, self.motion, self.side)
        self.plan = (
            list(plan)
            if plan is not None
            else build_plan(self.pack, self.motion, self.side, self.rng)
        )
        self.flow = FlowSheet(clean(self.motion.resolution))
        self.answering = Answering(self.core, self.game, self.flow)
        self.rebuttals: dict[str, Feedback] = {}
        """The final feedback on each rebuttal, by the opposing argument's id (the ballot's)."""
        self._index = 0
        self._attempt = 1
        self._asked: Asked | None = None
        self._pending: list[Turn] = []
        self._finished = False
        self._resumed = False

    # -- the protocol --------------------------------------------------------------------
    @property
    def session_id(self) -> int | None:
        return self.core.session_id

    @property
    def finished(self) -> bool:
        return self._finished

    @property
    def phase(self) -> Phase:
        if self._finished:
            return Phase.DEBRIEF
        return self.plan[self._index].phase if self.plan else Phase.FRAMING

    @property
    def step(self) -> Step | None:
        """The step waiting for the learner (None once the debate is over)."""
        return None if self._finished or not self.plan else self.plan[self._index]

    @property
    def progress(self) -> tuple[int, int]:
        return (len(self.core.card), sum(step.graded for step in self.plan))

    def start(self) -> list[Turn]:
        if self._resumed:
            return self._welcome_back()
        self.core.begin({"motion": self.motion.id, "side": self.side})
        opening = [Turn(TurnKind.PHASE, self.plan[0].phase.label)] if self.plan else []
        if self.plan and self.plan[0].phase is Phase.FRAMING:
            opening += [
                Turn(TurnKind.SAY, phase_opening(Phase.FRAMING, self.motion, self.side)),
                *(Turn(TurnKind.SAY, t) for t in framing_lines(self.pack, self.motion, self.side)),
            ]
        turns = [*opening, *self._enter(0)] if self.plan else self._debrief()
        self._save()
        return turns

    def respond(self, text: str) -> list[Turn]:
        command = cmd.parse_command(text)
        if self._finished:
            if command is not None and command.name in ("wrong", "why"):
                return cmd.with_expects(self.core.command(command, {}), NONE)
            return [Turn(TurnKind.SAY, OVER, expects=NONE)]
        if command is not None:
            own = {
                "hint": lambda _a: self._hint(),
                "evidence": lambda _a: self._evidence(),
                "skip": lambda _a: self.skip(),
                "flow": lambda _a: [Turn(TurnKind.FLOW, self.flow.to_text())],
            }
            turns = cmd.with_expects(self.core.command(command, own), self._expects())
        else:
            turns = self.answer(text)
        self._save()
        return turns

    def answer(self, text: str) -> list[Turn]:
        asked = self._asked
        if self._finished or asked is None:
            return [Turn(TurnKind.SAY, OVER, expects=NONE)]
        if asked.item is None:  # a "continue" step
            return self._advance()
        if not text.strip():
            return [Turn(TurnKind.ERROR, EMPTY, expects=self._expects())]
        try:
            answered = self.answering.reply(self._step(), asked, self._attempt, text)
        except AnswerFormatError as exc:
            return [Turn(TurnKind.ERROR, str(exc), expects=self._expects())]
        return self._after(answered)

    def hint(self) -> list[Turn]:
        return cmd.with_expects(self._hint(), self._expects())

    def skip(self) -> list[Turn]:
        asked = self._asked
        if asked is None or asked.item is None:
            return self._advance()
        grade = make_result(Verdict.INCORRECT, 0.0, "Skipped.")
        assert asked.presented is not None
        answer_id = self.core.record(asked.item, asked.presented, "/skip", grade, self._attempt)
        moves = (
            [Turn(TurnKind.MOVE, asked.dialogue.summary_text(), "summary")]
            if asked.dialogue is not None
            else []
        )
        answered = self.answering.conclude(
            self._step(), asked, grade, answer_id, "/skip", moves=moves, skipped=True
        )
        return self._after(answered)

    def appeal(self, reason: str) -> list[Turn]:
        return [self.core.appeal(reason)]

    def status(self) -> SessionStatus:
        step = self.step
        scores = list(self.core.card.scores_by_skill().items())
        counted = step is not None and step.graded
        return SessionStatus(self.phase.label, self.progress, scores, self.flow.lines(), counted)

    def finish(self) -> Debrief:
        card = self.core.card
        headline = f"Debate done: {card.right} of {len(card)} steps right."
        ballot = build_ballot(self.flow, self.motion, self.side, self.rebuttals)
        return self.core.debrief(headline, self.flow.lines(), ballot)

    def redo(self) -> DebateSession | None:
        """The ballot's redo as a new round of one step: the same rebuttal again."""
        ballot = self.finish().ballot if self._finished else None
        if ballot is None or ballot.redo is None:
            return None
        plan = [Step("rebuttal", Phase.REBUTTAL, ballot.redo.argument_id)]
        store = self.core.recorder.store
        return DebateSession(
            self.pack, self.motion.id, self.side, store, rng=self.rng, clock=self.clock, plan=plan
        )

    # -- moving on -------------------------------------------------------------------------
    def _step(self) -> Step:
        return self.plan[self._index]

    def _expects(self) -> Expects:
        if self._finished or not self._pending:
            return NONE
        return self._pending[-1].expects or NONE

    def _after(self, answered: Answered) -> list[Turn]:
        self._attempt += 1
        if not answered.done:
            self._pending = answered.pending
            return answered.turns
        step = self._step()
        if step.kind == "rebuttal" and self.core.last is not None:
            self.rebuttals[step.ref] = self.core.last
        return [*answered.turns, *self._advance()]

    def _advance(self) -> list[Turn]:
        self._index += 1
        self._attempt = 1
        self._asked = None
        if self._index >= len(self.plan):
            return self._debrief()
        return self._enter(self._index)

    def _enter(self, index: int) -> list[Turn]:
        step = self.plan[index]
        turns: list[Turn] = []
        if index > 0 and step.phase is not self.plan[index - 1].phase:
            turns += [
                Turn(TurnKind.PHASE, step.phase.label),
                Turn(TurnKind.SAY, phase_opening(step.phase, self.motion, self.side)),
            ]
        self._asked = ask(self.game, step, self.rng)
        if step.kind == "rebuttal":
            flow_argument(self.flow, self.game, step.ref)
        asked = self._asked.turns
        if step.graded:
            asked = [*asked[:-1], replace(asked[-1], progress=self.progress)]
        self._asked.turns = asked
        self._pending = list(asked)
        return [*turns, *asked]

    def _debrief(self) -> list[Turn]:
        self._finished = True
        self._pending = []
        debrief = self.finish()
        text = debrief_text(debrief)
        dropped = self.flow.dropped()
        if dropped and debrief.ballot is None:
            text += "\nDropped arguments (a judge counts them as conceded):"
            text += "".join(f"\n  • {e.text}" for e in dropped)
        self.core.finish(self.to_state())
        return [
            Turn(TurnKind.PHASE, Phase.DEBRIEF.label),
            Turn(TurnKind.SUMMARY, text),
            Turn(TurnKind.FLOW, self.flow.to_text(), expects=NONE),
        ]

    # -- the debate's own commands -----------------------------------------------------------
    def _hint(self) -> list[Turn]:
        asked = self._asked
        if asked is None or asked.item is None:
            return [Turn(TurnKind.MOVE, "Press Enter to go on.", "hint")]
        if asked.dialogue is not None:
            return [Turn(TurnKind.MOVE, f"Hint: {asked.dialogue.hint_text()}", "hint")]
        hint = asked.presented.hint if asked.presented else ""
        return [Turn(TurnKind.MOVE, f"Hint: {hint}" if hint else "No hint for this one.", "hint")]

    def _evidence(self) -> list[Turn]:
        asked = self._asked
        if asked is None or not asked.cards:
            return [Turn(TurnKind.SAY, "There is no evidence card for this step.")]
        key = asked.item.key if asked.item else None
        return [card_turn(self.pack, card, key) for card in asked.cards]

    # -- saving and resuming -------------------------------------------------------------------
    def _save(self) -> None:
        store = self.core.recorder.store
        if store is not None and self.session_id is not None and not self._finished:
            store.save_session_state(self.session_id, self.to_state())

    def to_state(self) -> dict[str, Any]:
        """Everything needed to continue this round later, as JSON data."""
        dialogue = self._asked.dialogue if self._asked else None
        return {
            **self.core.state(),
            "version": STATE_VERSION,
            "pack": self.pack.metadata.id,
            "motion": self.motion.id,
            "side": self.side,
            "plan": [step.to_dict() for step in self.plan],
            "index": self._index,
            "attempt": self._attempt,
            "dialogue": dialogue.to_state() if dialogue else None,
            "resolution": self.flow.resolution,
            "flow": self.flow.rows(),
            "pending": [turn_to_dict(t) for t in self._pending],
            "finished": self._finished,
        }

    @classmethod
    def resume(
        cls,
        store: Any,
        session_id: int,
        pack: PackLike | Sequence[PackLike],
        *,
        rng: random.Random | None = None,
        clock: Clock = utc_now,
    ) -> DebateSession:
        """Continue the saved debate ``session_id`` (its pack must be among ``pack``)."""
        state = saved_debate(store, session_id)
        packs = [pack] if isinstance(pack, m.Pack) or not isinstance(pack, Sequence) else pack
        found = pack_for(state, packs)
        return cls.from_state(found, state, store, session_id=session_id, rng=rng, clock=clock)

    @classmethod
    def from_state(
        cls,
        pack: PackLike,
        state: dict[str, Any],
        store: Any | None = None,
        *,
        session_id: int | None = None,
        rng: random.Random | None = None,
        clock: Clock = utc_now,
    ) -> DebateSession:
        """The session ``state`` describes; ``start()`` then shows the pending turns again."""
        check_version(state)
        plan = [Step.from_dict(s) for s in state["plan"]]
        session = cls(pack, state["motion"], state["side"], store, rng=rng, clock=clock, plan=plan)
        if not all(session.game.fits(step) for step in plan):
            raise ValueError("the pack has changed since this debate was saved: start a new one")
        session.core.session_id = session_id
        session._restore(state)
        return session

    def _restore(self, state: dict[str, Any]) -> None:
        self._index = int(state["index"])
        self._attempt = int(state.get("attempt", 1))
        self.core.card = Scorecard.from_list(state.get("outcomes", []))
        self.flow = FlowSheet.from_rows(state.get("resolution", ""), state.get("flow", []))
        self.answering.flow = self.flow
        self._finished = bool(state.get("finished"))
        self._pending = [turn_from_dict(t) for t in state.get("pending", [])]
        self._resumed = True
        if not self._finished:
            self._asked = ask(self.game, self._step(), self.rng)
            pending_asks = [t for t in self._pending if t.kind is not TurnKind.MOVE]
            self._asked.turns = pending_asks or self._asked.turns
            if self._asked.dialogue is not None and state.get("dialogue"):
                self._asked.dialogue.restore(state["dialogue"])

    def _welcome_back(self) -> list[Turn]:
        self._resumed = False
        if self._finished:
            return [Turn(TurnKind.SUMMARY, debrief_text(self.finish()), expects=NONE)]
        return [
            Turn(TurnKind.SAY, f"Welcome back: your debate on “{self.flow.resolution}” goes on."),
            Turn(TurnKind.PHASE, self.phase.label),
            *self._pending,
        ]
