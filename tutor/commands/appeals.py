"""``tutor appeals``: the answers learners said were graded wrongly, per pack."""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pack", metavar="ID", help="only appeals on this pack")
    parser.add_argument("--format", choices=("text", "json"), default="text")


def run(args: argparse.Namespace) -> int:
    from tutor.plain.launch import open_store
    from tutor.reports.appeals import format_json, format_text, list_appeals

    rows = list_appeals(open_store(args), args.pack)
    sys.stdout.write(format_json(rows) if args.format == "json" else format_text(rows))
    return 0
