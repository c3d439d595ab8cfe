"""``tutor review``: review the items due today, in the app or (piped, --plain) line by line."""

from __future__ import annotations

import argparse
import random
from typing import Any

from tutor.learning.core.session import Session
from tutor.packs.models import Pack
from tutor.plain.launch import add_common, run_session


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_common(parser)
    parser.add_argument("-n", "--limit", type=int, default=None, help="review at most N items")


def run(args: argparse.Namespace) -> int:
    from tutor.learning.drill.review import review_session

    def build(packs: list[Pack], store: Any, rng: random.Random) -> Session:
        return review_session(packs, store, limit=args.limit, rng=rng)

    return run_session(args, build)
