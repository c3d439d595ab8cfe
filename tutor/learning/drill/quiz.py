"""A quiz: N questions from the packs, filtered by motion, tag or difficulty.

Each answer gets instant feedback with the right answer, the explanation and a cite;
a near miss gets one retry; the end shows a summary by skill. Every graded question
updates its review card, so misses come back in review.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from tutor.learning.drill.session import Clock, DrillSession, DrillSource, utc_now
from tutor.learning.items import PackLike, as_pack, select_questions
from tutor.packs.models import Pack
from tutor.text import clean

EMPTY = "No questions match that choice of pack, motion, tag and difficulty."


def quiz_session(
    packs: PackLike | Sequence[PackLike],
    store: Any | None = None,
    *,
    motion: str | None = None,
    tags: Sequence[str] = (),
    difficulty: str | None = None,
    count: int = 10,
    rng: random.Random | None = None,
    clock: Clock = utc_now,
) -> DrillSession:
    """A quiz over one or more packs."""
    pack_list = _as_list(packs)
    rng = rng or random.Random()
    found = select_questions(pack_list, motion=motion, tags=tags, difficulty=difficulty)
    chosen = rng.sample(found, min(max(count, 0), len(found)))
    titles = "; ".join(f"“{as_pack(p).metadata.title}”" for p in pack_list)
    source = DrillSource(
        "quiz",
        chosen,
        f"Quiz: {len(chosen)} question(s) from {titles}. Type /help for commands.",
        EMPTY,
        {"filters": {"motion": motion, "tags": list(tags), "difficulty": difficulty}},
        clean(f"Quiz · {titles}"),
    )
    return DrillSession(source, pack_list, store, rng=rng, clock=clock)


def _as_list(packs: PackLike | Sequence[PackLike]) -> list[PackLike]:
    if isinstance(packs, Pack) or not isinstance(packs, Sequence):
        return [packs]
    return list(packs)
