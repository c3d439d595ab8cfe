"""What every session does with a graded answer, in one object sessions compose.

:class:`SessionCore` records each answer at once, builds its
:class:`~tutor.learning.feedback.Feedback`, keeps the one scorecard, schedules
concluded items for review (remembering exactly what it scheduled, with due dates),
takes appeals, answers the shared slash commands and writes the debrief. Sessions
keep only their own source of steps.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from tutor.grading import GradeResult
from tutor.learning.cards import citation, find_source
from tutor.learning.core import appeals
from tutor.learning.core import commands as cmd
from tutor.learning.core.explain import Explained, feedback
from tutor.learning.core.outcomes import Outcome, Scorecard
from tutor.learning.core.recorder import Recorder
from tutor.learning.feedback import Ballot, Debrief, Feedback, ScheduledItem
from tutor.learning.items import DrillItem
from tutor.learning.questions import Presented
from tutor.learning.turns import Turn, TurnKind
from tutor.packs.models import EvidenceCard, Pack, Source
from tutor.text import clean

Handler = Callable[[str], list[Turn]]


class SessionCore:
    """Recording, feedback, scores, scheduling and appeals for one session."""

    def __init__(
        self, kind: str, packs: Sequence[Pack], store: Any | None, clock: Callable[[], datetime]
    ) -> None:
        self.kind = kind
        self.packs = list(packs)
        self.recorder = Recorder(store, clock)
        self.card = Scorecard()
        self.session_id: int | None = None
        self.last: Feedback | None = None
        self.appealed: set[int] = set()
        self.notes_given: set[tuple[str, str]] = set()
        self.cited: Source | None = None
        self._ask = cmd.AskCommand(self.packs)

    # -- a session's life ----------------------------------------------------------
    def begin(self, meta: dict[str, Any]) -> None:
        ids = [p.metadata.id for p in self.packs]
        self.session_id = self.recorder.begin(self.kind, ids, meta)

    def finish(self, state: dict[str, Any]) -> None:
        self.recorder.finish(self.session_id, state)

    # -- answers ---------------------------------------------------------------------
    def record(
        self, item: DrillItem, presented: Presented, text: str, grade: GradeResult, attempt: int
    ) -> int | None:
        return self.recorder.answer(self.session_id, item, presented, text, grade, attempt)

    def explain(
        self, grade: GradeResult, text: str, about: Explained, answer_id: int | None
    ) -> Turn:
        """The FEEDBACK turn for a graded answer (it becomes the one ``/wrong`` appeals)."""
        found = feedback(grade, text, about, answer_id)
        self.last = found
        return Turn(
            TurnKind.FEEDBACK,
            found.message,
            move="feedback",
            grade=grade,
            feedback=found,
            item_id=about.item_key or None,
            answer_id=answer_id,
        )

    def conclude(self, outcome: Outcome, *, schedule: bool = True) -> ScheduledItem | None:
        """Add the outcome and, when the item can come back, schedule its review."""
        self.card.add(outcome)
        if not schedule:
            return None
        return self.recorder.schedule(outcome.key, outcome.label, outcome.verdict)

    def cite(self, pack: Pack, cards: Sequence[EvidenceCard]) -> tuple[str, str]:
        """The one-line cite of the first card, and its source's reliability note the
        first time this session cites that source ("" after that: ``/why`` shows it)."""
        if not cards:
            self.cited = None
            return "", ""
        source = find_source(pack, cards[0].source)
        self.cited = source
        key = (pack.metadata.id, cards[0].source)
        if source is None or key in self.notes_given or not source.reliability:
            return citation(source), ""
        self.notes_given.add(key)
        return citation(source), clean(source.reliability)

    def why(self, _arg: str = "") -> list[Turn]:
        """``/why``: how far to trust the source behind the last answer."""
        source = self.cited
        if source is None or not source.reliability:
            return [Turn(TurnKind.SAY, "No source is cited for this item.")]
        return [Turn(TurnKind.SAY, clean(f"Why trust {source.title}? {source.reliability}"))]

    # -- commands ----------------------------------------------------------------------
    def command(self, command: cmd.SlashCommand, own: Mapping[str, Handler]) -> list[Turn]:
        """Run a slash command: the session's own handlers, then the shared ones."""
        handlers: dict[str, Handler] = {
            "ask": self._ask,
            "why": self.why,
            "wrong": lambda reason: [self.appeal(reason)],
            **own,
        }
        names = tuple(n for n in cmd.COMMANDS if n in handlers or n == "help")
        handlers["help"] = lambda _arg: [cmd.help_turn(names)]
        handler = handlers.get(command.name)
        if handler is None:
            return [cmd.unknown_command_turn(command.name, names)]
        return handler(command.arg)

    def appeal(self, reason: str) -> Turn:
        return appeals.appeal(self.last, reason, self.appealed, self.recorder)

    # -- the end -----------------------------------------------------------------------
    def debrief(
        self, headline: str, flow: Sequence[str] = (), ballot: Ballot | None = None
    ) -> Debrief:
        scores = tuple((clean(k), v) for k, v in self.card.scores_by_skill().items())
        return Debrief(
            headline=headline,
            scores=scores,
            misses=tuple(self.card.misses()),
            scheduled=tuple(self.recorder.scheduled.values()),
            flow=tuple(flow),
            ballot=ballot,
        )

    def state(self) -> dict[str, Any]:
        return {"kind": self.kind, "outcomes": self.card.to_list()}
