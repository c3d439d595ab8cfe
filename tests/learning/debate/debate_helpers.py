"""Shared set-up for the debate tests: a session on the test pack, driven by text."""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/learning: fake_store

from debate_pack import make_pack
from fake_store import FakeStore, FsrsScheduler

from tutor.learning.debate import DebateSession
from tutor.learning.turns import Turn, TurnKind

PACK = make_pack()
NOW = datetime(2025, 11, 3, 9, 0, tzinfo=UTC)
SEED = 7

__all__ = [
    "NOW",
    "PACK",
    "FakeStore",
    "FsrsScheduler",
    "debate",
    "kinds",
    "moves",
    "right_answer",
    "skip_to",
]
# Right answers for the aff side, step by step (the plan is fixed by the seed).
GOOD = {
    "case:cost": "it costs billions because Seoul pays only a fraction of the basing costs",
    "case:china": "china and feed an arms race, since Beijing reads the troops as encirclement",
    "crossex:host": "South Korea",
    "crossex:count": "28,500",
    "crossex:carrier": "Xavier Brunson",
    "rebuttal:deter": "The nuclear umbrella deters, South Korea's own military is strong, and "
    "a tripwire means automatic involvement",
    "rebuttal:alliance": "the alliance is a treaty, not a troop count",
    "why": "Preventing a war outweighs saving money; a war is likely without deterrence",
}


def debate(store: FakeStore | None = None, side: str = "aff", seed: int = SEED) -> DebateSession:
    return DebateSession(PACK, "posture", side, store, rng=random.Random(seed), clock=lambda: NOW)


def kinds(turns: list[Turn]) -> list[TurnKind]:
    return [t.kind for t in turns]


def moves(turns: list[Turn]) -> list[str]:
    return [t.move for t in turns if t.move]


def skip_to(session: DebateSession, kind: str, ref: str | None = None) -> list[Turn]:
    """Skip steps until the current one is of ``kind`` (and about ``ref``, if given)."""
    turns: list[Turn] = []
    while session.step is not None and (
        session.step.kind != kind or (ref is not None and session.step.ref != ref)
    ):
        turns = session.respond("/skip")
    assert session.step is not None, f"no {kind} step left"
    return turns


def right_answer(session: DebateSession) -> str:
    """A right answer to the current step (for the aff side)."""
    step = session.step
    assert step is not None
    if step.kind == "continue":
        return ""
    if step.kind == "evidence":
        return str(step.options.index(f"{step.ref}:0") + 1)
    if step.kind == "weigh":
        own = {a.id for a in PACK.motions[0].arguments if a.side == session.side}
        return str(next(i for i, a in enumerate(step.options, 1) if a in own))
    return GOOD.get(f"{step.kind}:{step.ref}", GOOD.get(step.kind, ""))
