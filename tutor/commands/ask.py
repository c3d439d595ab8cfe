"""``tutor ask``: questions answered from the packs, one per line in plain mode."""

from __future__ import annotations

import argparse
import sys

from tutor.plain.launch import add_common, load_packs


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_common(parser)
    parser.add_argument("question", nargs="*", help="a question (else read one per line)")


def run(args: argparse.Namespace) -> int:
    from tutor.learning.ask import AskIndex
    from tutor.plain.driver import show

    packs = load_packs(args)
    if packs is None:
        return 2
    index = AskIndex(packs)
    if args.question:
        show(index.answer(" ".join(args.question)), sys.stdout)
        return 0
    for line in sys.stdin:
        if line.strip():
            show(index.answer(line.strip()), sys.stdout)
    return 0
