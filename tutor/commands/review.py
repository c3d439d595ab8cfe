"""``tutor review``: review the items due today (plain mode for now)."""

from __future__ import annotations

import argparse
import random
from typing import Any

from tutor.learning.launch import add_common, run_session
from tutor.learning.plain import Session
from tutor.packs.models import Pack


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_common(parser)
    parser.add_argument("-n", "--limit", type=int, default=None, help="review at most N items")


def run(args: argparse.Namespace) -> int:
    from tutor.learning.review import ReviewSession

    def build(packs: list[Pack], store: Any, rng: random.Random) -> Session:
        return ReviewSession(packs, store, limit=args.limit, rng=rng)

    return run_session(args, build)
