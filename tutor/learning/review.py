"""Review: the items due today across the loaded packs, oldest due first.

Items are questions and argument exercises ("answer argument X", "the warrant of
claim Y"), found by their keys in the store's review cards. Keys whose pack is not
loaded are left for later. With nothing due, the session says when the next item is.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from tutor.learning.items import DrillItem, PackLike, all_items
from tutor.learning.session_base import Clock, DrillSession, utc_now
from tutor.learning.turns import Turn, TurnKind


def due_items(
    packs: Sequence[PackLike], store: Any | None, now: datetime, limit: int | None = None
) -> list[DrillItem]:
    """The loaded items whose review card is due at ``now``, oldest due first."""
    if store is None:
        return []
    known = all_items(packs)
    keys = [key for key, _due in store.due_cards(now)]
    items = [known[k] for k in keys if k in known]
    return items[:limit] if limit else items


def due_count(packs: Sequence[PackLike], store: Any | None, now: datetime) -> int:
    """How many loaded items are due at ``now``."""
    return len(due_items(packs, store, now))


class ReviewSession(DrillSession):
    """Review what is due."""

    kind = "review"

    def __init__(
        self,
        packs: Sequence[PackLike],
        store: Any | None,
        *,
        limit: int | None = None,
        rng: random.Random | None = None,
        clock: Clock = utc_now,
    ) -> None:
        items = due_items(packs, store, clock(), limit)
        self._store = store
        super().__init__(packs, store, items, rng=rng, clock=clock)

    def due_count(self, now: datetime | None = None) -> int:
        return due_count(self.packs, self._store, now or self.clock())

    def opening(self) -> list[Turn]:
        return [
            Turn(
                TurnKind.SAY,
                f"Review: {len(self.items)} item(s) due today. Type /help for commands.",
            )
        ]

    def empty_text(self) -> str:
        nxt = self._store.next_due(self.clock()) if self._store is not None else None
        when = f" The next item is due {nxt:%Y-%m-%d %H:%M} UTC." if nxt else ""
        return f"Nothing is due for review.{when}"
