"""``tutor`` / ``tutor run``: open the app on the library."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "packs",
        nargs="*",
        type=Path,
        metavar="PACK",
        help="extra pack files or folders to load beside the built-in ones",
    )
    parser.add_argument(
        "--sign-in",
        action="store_true",
        help="ask for the learner's name when none is given (what `tutor serve` runs)",
    )


def run(args: argparse.Namespace) -> int:
    from tutor.learning.services import TutorServices
    from tutor.packs.discovery import discover
    from tutor.plain.launch import who_and_where
    from tutor.ui.app import TutorApp

    problems = discover(args.packs).problems()
    for problem in problems:
        print(f"tutor: {problem}", file=sys.stderr)
    if problems:
        return 2
    services = TutorServices(
        **who_and_where(args), pack_paths=tuple(args.packs), sign_in=args.sign_in
    )
    TutorApp(services).run()
    return 0
