"""Finding the motion and reading the side a learner asks for.

A side may be given as ``aff``/``neg``, as "affirmative"/"negative", or by the
motion's own label (e.g. "Withdraw"), in any case. An unknown motion or side is a
ValueError whose message lists what there is, so a command can print it.
"""

from __future__ import annotations

from tutor.packs import models as m

ALIASES = {
    "aff": "aff",
    "affirmative": "aff",
    "pro": "aff",
    "neg": "neg",
    "negative": "neg",
    "con": "neg",
}


def find_motion(pack: m.Pack, motion_id: str | None) -> m.Motion:
    """The pack's motion ``motion_id`` (its first motion when None)."""
    if not pack.motions:
        raise ValueError(f"pack {pack.metadata.id!r} has no motions to debate")
    if motion_id is None:
        return pack.motions[0]
    for motion in pack.motions:
        if motion.id == motion_id:
            return motion
    known = ", ".join(x.id for x in pack.motions)
    raise ValueError(f"no motion {motion_id!r} in pack {pack.metadata.id!r}; motions: {known}")


def resolve_side(motion: m.Motion, side: str) -> str:
    """``aff`` or ``neg`` for ``side`` (a code, a word or one of the motion's labels)."""
    wanted = side.strip().lower()
    if wanted in ALIASES:
        return ALIASES[wanted]
    if wanted == motion.aff.label.strip().lower():
        return "aff"
    if wanted == motion.neg.label.strip().lower():
        return "neg"
    raise ValueError(
        f"unknown side {side!r}: use aff, neg, {motion.aff.label!r} or {motion.neg.label!r}"
    )
