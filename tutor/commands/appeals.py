"""``tutor appeals``: the answers learners said were graded wrongly, per pack."""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pack", metavar="ID", help="only appeals on this pack")
    parser.add_argument("--format", choices=("text", "json"), default="text")


def run(args: argparse.Namespace) -> int:
    from tutor.learning.appeals import format_json, format_text, list_appeals
    from tutor.learning.launch import open_store

    everyone = getattr(args, "learner", None) is None  # --learner narrows to one learner
    rows = list_appeals(open_store(args), args.pack, everyone=everyone)
    sys.stdout.write(format_json(rows) if args.format == "json" else format_text(rows))
    return 0
