"""A quiz: N questions from the packs, filtered by motion, tag or difficulty.

Each answer gets instant feedback, the explanation and the first evidence card; a
near miss gets one retry; the end shows a summary by skill. Every graded question
updates its review card, so misses come back in review.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from tutor.learning.items import PackLike, select_questions
from tutor.learning.session_base import Clock, DrillSession, utc_now
from tutor.learning.turns import Turn, TurnKind
from tutor.packs.models import Pack


class QuizSession(DrillSession):
    """A quiz over one or more packs."""

    kind = "quiz"

    def __init__(
        self,
        packs: PackLike | Sequence[PackLike],
        store: Any | None = None,
        *,
        motion: str | None = None,
        tags: Sequence[str] = (),
        difficulty: str | None = None,
        count: int = 10,
        rng: random.Random | None = None,
        clock: Clock = utc_now,
    ) -> None:
        pack_list = _as_list(packs)
        rng = rng or random.Random()
        found = select_questions(pack_list, motion=motion, tags=tags, difficulty=difficulty)
        chosen = rng.sample(found, min(max(count, 0), len(found)))
        self.filters = {"motion": motion, "tags": list(tags), "difficulty": difficulty}
        super().__init__(pack_list, store, chosen, rng=rng, clock=clock)

    def opening(self) -> list[Turn]:
        titles = "; ".join(f"“{p.metadata.title}”" for p in self.packs)
        return [
            Turn(
                TurnKind.SAY,
                f"Quiz: {len(self.items)} question(s) from {titles}. Type /help for commands.",
            )
        ]

    def empty_text(self) -> str:
        return "No questions match that choice of pack, motion, tag and difficulty."

    def _meta(self) -> dict[str, Any]:
        return {"filters": self.filters}


def _as_list(packs: PackLike | Sequence[PackLike]) -> list[PackLike]:
    if isinstance(packs, Pack) or hasattr(packs, "pack"):
        return [packs]
    return list(packs)
