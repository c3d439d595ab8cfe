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

from tutor.learning.drill.session import Clock, DrillSession, DrillSource, utc_now
from tutor.learning.items import DrillItem, PackLike, all_items


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


def review_session(
    packs: Sequence[PackLike],
    store: Any | None,
    *,
    limit: int | None = None,
    rng: random.Random | None = None,
    clock: Clock = utc_now,
) -> DrillSession:
    """Review what is due."""
    now = clock()
    items = due_items(packs, store, now, limit)
    source = DrillSource(
        "review",
        items,
        f"Review: {len(items)} item(s) due today. Type /help for commands.",
        _empty(store, now),
        title="Review",
    )
    return DrillSession(source, packs, store, rng=rng, clock=clock)


def _empty(store: Any | None, now: datetime) -> str:
    nxt = store.next_due(now) if store is not None else None
    when = f" The next item is due {nxt:%Y-%m-%d %H:%M} UTC." if nxt else ""
    return f"Nothing is due for review.{when}"
