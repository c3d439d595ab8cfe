"""A guided debate round: the learner argues one side, the tutor the other.

:class:`DebateSession` speaks the same turn protocol as the quiz (``start()``,
``respond(text)``, ``finished``), so the Textual app, plain mode and tests drive it
alike. It walks the plan of :mod:`~tutor.learning.debate.phases`, grades each reply
(free text through the tutor's :class:`~tutor.learning.debate.dialogue.Dialogue`),
records every graded answer at once, keeps the flow sheet and saves its state after
every step so :meth:`DebateSession.resume` continues where the learner stopped.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tutor.learning import commands as cmd
from tutor.learning.debate import results
from tutor.learning.debate.answering import Answering
from tutor.learning.debate.commands import SessionCommands
from tutor.learning.debate.flow import FlowSheet
from tutor.learning.debate.framing import framing_lines, phase_opening
from tutor.learning.debate.game import Asked, Round
from tutor.learning.debate.judge import flow_argument
from tutor.learning.debate.phases import Phase, Step, build_plan
from tutor.learning.debate.sides import find_motion, resolve_side
from tutor.learning.debate.state import (
    STATE_VERSION,
    Outcome,
    check_version,
    pack_for,
    saved_debate,
    turn_from_dict,
    turn_to_dict,
)
from tutor.learning.debate.steps import ask
from tutor.learning.items import PackLike, as_pack
from tutor.learning.recorder import Recorder
from tutor.learning.session_base import Clock, utc_now
from tutor.learning.turns import Expects, InputKind, Turn, TurnKind
from tutor.packs import models as m
from tutor.text import clean

NONE = Expects(InputKind.NONE)


class DebateSession(Answering, SessionCommands):
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
        self.packs = [self.pack]
        self.motion = find_motion(self.pack, motion_id)
        self.side = resolve_side(self.motion, side)
        self.rng = rng or random.Random()
        self.clock = clock
        self.recorder = Recorder(store, clock)
        self.game = Round(self.pack, self.motion, self.side)
        self.plan = (
            list(plan)
            if plan is not None
            else build_plan(self.pack, self.motion, self.side, self.rng)
        )
        self.flow = FlowSheet(clean(self.motion.resolution))
        self.outcomes: list[Outcome] = []
        self.session_id: int | None = None
        self._index = 0
        self._attempt = 1
        self._asked: Asked | None = None
        self._pending: list[Turn] = []
        self._finished = False
        self._resumed = False
        super().__init__()

    # -- protocol --------------------------------------------------------------------
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
        return (len(self.outcomes), sum(step.graded for step in self.plan))

    def start(self) -> list[Turn]:
        if self._resumed:
            return self._welcome_back()
        meta = {"motion": self.motion.id, "side": self.side}
        self.session_id = self.recorder.begin(self.kind, [self.pack.metadata.id], meta)
        turns = [
            Turn(TurnKind.PHASE, Phase.FRAMING.label),
            Turn(TurnKind.SAY, phase_opening(Phase.FRAMING, self.motion, self.side)),
            *(
                Turn(TurnKind.SAY, line)
                for line in framing_lines(self.pack, self.motion, self.side)
            ),
            *self._enter(0),
        ]
        self._save()
        return turns

    def respond(self, text: str) -> list[Turn]:
        if self._finished:
            return [Turn(TurnKind.SAY, "This debate is over.", expects=NONE)]
        command = cmd.parse_command(text)
        if command is not None:
            turns = self.run_command(command)
            turns = cmd.with_expects(turns, self._expects())
        else:
            turns = self._answer(text)
        self._save()
        return turns

    # -- results ---------------------------------------------------------------------
    def scores_by_skill(self) -> dict[str, float]:
        return results.scores_by_skill(self.outcomes)

    def misses(self) -> list[str]:
        return results.misses(self.outcomes)

    def summary_text(self) -> str:
        return results.summary_text(self.outcomes, self.flow)

    # -- moving on -------------------------------------------------------------------
    def _step(self) -> Step:
        return self.plan[self._index]

    def _expects(self) -> Expects:
        if self._finished or not self._pending:
            return NONE
        return self._pending[-1].expects or NONE

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
        last = asked[-1]
        if step.graded:
            asked = [*asked[:-1], replace(last, progress=self.progress)]
        self._asked.turns = asked
        self._pending = list(asked)
        return [*turns, *asked]

    def _debrief(self) -> list[Turn]:
        self._finished = True
        self._pending = []
        turns = [
            Turn(TurnKind.PHASE, Phase.DEBRIEF.label),
            Turn(TurnKind.SUMMARY, self.summary_text()),
            Turn(TurnKind.FLOW, self.flow.to_text(), expects=NONE),
        ]
        self.recorder.finish(self.session_id, self.to_state())
        return turns

    # -- saving and resuming -----------------------------------------------------------
    def _save(self) -> None:
        store = self.recorder.store
        if store is not None and self.session_id is not None and not self._finished:
            store.save_session_state(self.session_id, self.to_state())

    def to_state(self) -> dict[str, Any]:
        """Everything needed to continue this round later, as JSON data."""
        dialogue = self._asked.dialogue if self._asked else None
        return {
            "kind": self.kind,
            "version": STATE_VERSION,
            "pack": self.pack.metadata.id,
            "motion": self.motion.id,
            "side": self.side,
            "plan": [step.to_dict() for step in self.plan],
            "index": self._index,
            "attempt": self._attempt,
            "dialogue": dialogue.to_state() if dialogue else None,
            "outcomes": [o.to_dict() for o in self.outcomes],
            "resolution": self.flow.resolution,
            "flow": self.flow.rows(),
            "pending": [turn_to_dict(t) for t in self._pending],
            "finished": self._finished,
        }

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
        session.session_id = session_id
        session._restore(state)
        return session

    def _restore(self, state: dict[str, Any]) -> None:
        self._index = int(state["index"])
        self._attempt = int(state.get("attempt", 1))
        self.outcomes = [Outcome.from_dict(o) for o in state.get("outcomes", [])]
        self.flow = FlowSheet.from_rows(state.get("resolution", ""), state.get("flow", []))
        self._finished = bool(state.get("finished"))
        self._pending = [turn_from_dict(t) for t in state.get("pending", [])]
        self._resumed = True
        if not self._finished:
            self._asked = ask(self.game, self._step(), self.rng)
            pending_asks = [t for t in self._pending if t.kind is not TurnKind.MOVE]
            self._asked.turns = pending_asks or self._asked.turns
            if self._asked.dialogue is not None and state.get("dialogue"):
                self._asked.dialogue.restore(state["dialogue"])

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
        packs: Sequence[PackLike] = (
            [pack] if isinstance(pack, m.Pack) or hasattr(pack, "pack") else pack
        )
        found = pack_for(state, packs)
        return cls.from_state(found, state, store, session_id=session_id, rng=rng, clock=clock)

    def _welcome_back(self) -> list[Turn]:
        self._resumed = False
        if self._finished:
            return [Turn(TurnKind.SUMMARY, self.summary_text(), expects=NONE)]
        return [
            Turn(TurnKind.SAY, f"Welcome back: your debate on “{self.flow.resolution}” goes on."),
            Turn(TurnKind.PHASE, self.phase.label),
            *self._pending,
        ]
