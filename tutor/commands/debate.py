"""``tutor debate``: a guided debate round on a motion, in the app or in plain mode.

``--plain`` (or piped input or output) reads answers line by line and ends cleanly at
end of input, with the round saved: ``--resume SESSION_ID`` continues it later. In a
real terminal the app opens straight on the debate.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path
from typing import Any

from tutor.learning.core.session import Session
from tutor.packs.models import Pack
from tutor.plain.launch import add_common, run_session


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_common(parser)
    parser.add_argument(
        "--pack-file",
        dest="pack_path",
        action="append",
        type=Path,
        metavar="PATH",
        help="same as --pack-path: load this pack file or folder",
    )
    parser.add_argument("--motion", metavar="ID", help="the motion to debate (default: the first)")
    parser.add_argument(
        "--side", default="aff", metavar="SIDE", help="aff, neg or a side's label (default: aff)"
    )
    parser.add_argument(
        "--resume", type=int, metavar="SESSION_ID", help="continue a debate left unfinished"
    )


def choose(packs: list[Pack], motion_id: str | None) -> tuple[Pack, str] | None:
    """The pack and motion to debate: the motion asked for, else the first one found."""
    for pack in packs:
        for motion in pack.motions:
            if motion_id is None or motion.id == motion_id:
                return pack, motion.id
    return None


def build(args: argparse.Namespace, packs: list[Pack], store: Any, rng: random.Random) -> Session:
    """The debate session (new or resumed); ValueError with a message when impossible."""
    from tutor.learning.debate import DebateSession

    if args.resume is not None:
        return DebateSession.resume(store, args.resume, packs, rng=rng)
    chosen = choose(packs, args.motion)
    if chosen is None:
        wanted = f"motion {args.motion!r}" if args.motion else "a motion"
        raise ValueError(f"no loaded pack has {wanted}")
    pack, motion_id = chosen
    return DebateSession(pack, motion_id, args.side, store, rng=rng)


def run(args: argparse.Namespace) -> int:
    return run_session(args, lambda packs, store, rng: build(args, packs, store, rng))
