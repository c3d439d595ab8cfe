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


def run(args: argparse.Namespace) -> int:
    from tutor.learning.services import TutorServices
    from tutor.packs.discovery import discover
    from tutor.ui.app import TutorApp

    problems = discover(args.packs).problems()
    for problem in problems:
        print(f"tutor: {problem}", file=sys.stderr)
    if problems:
        return 2
    data_dir = getattr(args, "data_dir", None)
    services = TutorServices(
        data_dir=Path(data_dir) if data_dir else None, pack_paths=tuple(args.packs)
    )
    TutorApp(services).run()
    return 0
