"""``tutor appeals``: the answers learners said were graded wrongly; accept or refuse them.

A learner's ``/wrong reason`` is pending until an instructor decides: ``--accept ID``
makes the answer count as right (in stats and the learner's corrected score),
``--refuse ID`` leaves the original score; ``--note`` says why, for the record.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.store import ProgressStore


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pack", metavar="ID", help="only appeals on this pack")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    decide = parser.add_mutually_exclusive_group()
    decide.add_argument("--accept", type=int, metavar="ID", help="accept the pending appeal ID")
    decide.add_argument("--refuse", type=int, metavar="ID", help="refuse the pending appeal ID")
    parser.add_argument("--note", default=None, help="why (kept with the decision)")


def run(args: argparse.Namespace) -> int:
    from tutor.plain.launch import open_store
    from tutor.reports.appeals import format_json, format_text, list_appeals

    store = open_store(args)
    try:
        if args.accept is not None or args.refuse is not None:
            return _decide(store, args)
        everyone = getattr(args, "learner", None) is None  # --learner narrows to one learner
        rows = list_appeals(store, args.pack, everyone=everyone)
        sys.stdout.write(format_json(rows) if args.format == "json" else format_text(rows))
        return 0
    finally:
        store.close()


def _decide(store: ProgressStore, args: argparse.Namespace) -> int:
    accept = args.accept is not None
    appeal_id = args.accept if accept else args.refuse
    done = store.decide_appeal(appeal_id, accept, args.note, datetime.now(UTC))
    if not done:
        print(f"tutor: no pending appeal with id {appeal_id}", file=sys.stderr)
        return 2
    print(f"Appeal {appeal_id} {'accepted' if accept else 'refused'}.")
    return 0
