"""``tutor quiz``: a quick quiz from the packs, in the app or (piped, --plain) line by line."""

from __future__ import annotations

import argparse
import random
from typing import Any

from tutor.learning.core.session import Session
from tutor.packs.models import Pack
from tutor.plain.launch import add_common, run_session


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_common(parser)
    parser.add_argument("--motion", metavar="ID", help="only questions on this motion")
    parser.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="TAG",
        help="only questions with this tag (repeatable)",
    )
    parser.add_argument("--difficulty", choices=("easy", "medium", "hard"))
    parser.add_argument("-n", "--count", type=int, default=10, help="how many questions")


def run(args: argparse.Namespace) -> int:
    from tutor.learning.drill.quiz import quiz_session

    def build(packs: list[Pack], store: Any, rng: random.Random) -> Session:
        return quiz_session(
            packs,
            store,
            motion=args.motion,
            tags=args.tag,
            difficulty=args.difficulty,
            count=args.count,
            rng=rng,
        )

    return run_session(args, build)
