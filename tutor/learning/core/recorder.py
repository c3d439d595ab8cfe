"""The one place sessions write to the progress store.

Sessions call :class:`Recorder` with domain objects; it turns them into store calls
(answers, review cards, appeals, session state). With no store (pure tests) every
call is a no-op returning ``None``. Scheduling goes through
:class:`tutor.learning.scheduler.ReviewScheduler` (FSRS): the card is read, reviewed
with the verdict's rating, and written back with its new due date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from tutor.grading import GradeResult, Verdict
from tutor.learning.feedback import ScheduledItem

if TYPE_CHECKING:
    from tutor.learning.items import DrillItem
    from tutor.learning.questions import Presented


class Recorder:
    """Write a session's answers, schedule and appeals to ``store`` (if any)."""

    def __init__(self, store: Any | None, clock: Callable[[], datetime]) -> None:
        self.store = store
        self.clock = clock
        self._scheduler: Any = None
        self._before: dict[str, str | None] = {}  # card json before this session's review
        self.scheduled: dict[str, ScheduledItem] = {}
        """Exactly what this session scheduled, by item key, with when each is due."""

    @property
    def enabled(self) -> bool:
        return self.store is not None

    def begin(self, kind: str, pack_ids: list[str], meta: dict[str, Any]) -> int | None:
        if self.store is None:
            return None
        pack = pack_ids[0] if len(pack_ids) == 1 else None
        return int(self.store.start_session(kind, pack_id=pack, started=self.clock(), meta=meta))

    def answer(
        self,
        session_id: int | None,
        item: DrillItem,
        presented: Presented,
        response: str,
        grade: GradeResult,
        attempt: int,
    ) -> int | None:
        if self.store is None or session_id is None:
            return None
        return int(
            self.store.record_answer(
                session_id=session_id,
                item_key=item.key,
                pack_id=item.pack_id,
                skill=item.skill,
                tags=list(item.tags),
                prompt=presented.turn.text,
                response=presented.response(response),
                verdict=grade.verdict.value,
                score=grade.score,
                feedback=grade.feedback,
                attempt=attempt,
                answered=self.clock(),
                chosen=grade.matched or "",  # the option or known answer, not "4"
                stances=[k.stance.value for k in grade.keypoints],
            )
        )

    def schedule(
        self, item_key: str, label: str, verdict: Verdict, *, again: bool = False
    ) -> ScheduledItem | None:
        """Review the item's card with ``verdict``; ``again`` redoes this session's review."""
        if self.store is None:
            return None
        if self._scheduler is None:
            self._scheduler = self.make_scheduler()
        if again and item_key in self._before:
            card = self._before[item_key]
        else:
            card = self.store.get_review_card(item_key)
            self._before[item_key] = card
        result = self._scheduler.review(card, verdict, self.clock(), item_key=item_key)
        self.store.put_review_card(item_key, result.card_json, result.due, log_json=result.log_json)
        scheduled = ScheduledItem(item_key, label, result.due)
        self.scheduled[item_key] = scheduled
        return scheduled

    @staticmethod
    def make_scheduler() -> Any:
        """The FSRS scheduler (tests may replace this to run without one)."""
        from tutor.learning.scheduler import ReviewScheduler

        return ReviewScheduler()

    def appeal(self, answer_id: int | None, reason: str) -> int | None:
        """Record a pending appeal of the answer; its id (None without a store)."""
        if self.store is None or answer_id is None:
            return None
        found = self.store.record_appeal(answer_id, reason or None, self.clock())
        return int(found) if found is not None else None

    def finish(self, session_id: int | None, state: dict[str, Any]) -> None:
        if self.store is not None and session_id is not None:
            self.store.save_session_state(session_id, state)
            self.store.finish_session(session_id, self.clock())
