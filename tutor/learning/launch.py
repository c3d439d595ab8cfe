"""What ``tutor quiz|review|ask`` share: options, packs, the store, plain or app.

Each command module stays a thin translation of its arguments; loading packs,
opening the store (printing its notices, e.g. a corrupt database set aside) and
choosing plain mode happen here.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tutor.learning.plain import Session, run_plain
from tutor.packs.models import Pack

NOT_READY = "the app is not ready, use --plain"


def add_common(parser: argparse.ArgumentParser, *, plain: bool = True) -> None:
    """--pack, --pack-path and (for sessions) --plain and --seed."""
    parser.add_argument(
        "--pack", action="append", default=[], metavar="ID", help="use only this pack (repeatable)"
    )
    parser.add_argument(
        "--pack-path",
        action="append",
        default=[],
        type=Path,
        metavar="PATH",
        help="load an extra pack file or folder (repeatable)",
    )
    if plain:
        parser.add_argument(
            "--plain", action="store_true", help="read answers line by line from standard input"
        )
        parser.add_argument("--seed", type=int, default=None, help=argparse.SUPPRESS)


def data_dir(args: argparse.Namespace) -> Path | None:
    value = getattr(args, "data_dir", None)
    return Path(value) if value else None


def who_and_where(args: argparse.Namespace) -> dict[str, Any]:
    """The services' data folder, learner and store URL from the global options."""
    return {
        "data_dir": data_dir(args),
        "learner": getattr(args, "learner", None),
        "store_url": getattr(args, "store", None),
    }


def open_store(args: argparse.Namespace) -> Any:
    """The progress store; its notices go to standard error."""
    from tutor.store import ProgressStore

    learner, url = getattr(args, "learner", None), getattr(args, "store", None)
    store = ProgressStore.open(data_dir(args), learner=learner, url=url)
    for notice in store.notices:
        print(f"tutor: {notice}", file=sys.stderr)
    return store


def load_packs(args: argparse.Namespace) -> list[Pack] | None:
    """The selected packs; None (after a message) when an asked-for pack is missing."""
    from tutor.packs.discovery import discover
    from tutor.packs.library import load_library

    for problem in discover(args.pack_path).problems():
        print(f"tutor: {problem}", file=sys.stderr)
        return None
    library = load_library(tuple(args.pack_path))
    for failure in library.failures:
        print(f"tutor: could not load {failure.path}", file=sys.stderr)
    packs = [loaded.pack for loaded in library.packs]
    if args.pack:
        known = {p.metadata.id: p for p in packs}
        missing = [pid for pid in args.pack if pid not in known]
        if missing:
            print(
                f"tutor: no pack with id {', '.join(missing)}; "
                f"loaded: {', '.join(known) or 'none'}",
                file=sys.stderr,
            )
            return None
        packs = [known[pid] for pid in args.pack]
    return packs


def plain_wanted(args: argparse.Namespace) -> bool | None:
    """True for plain mode; None (after the message) when the app would be needed."""
    if getattr(args, "plain", False) or not sys.stdin.isatty():
        return True
    print(NOT_READY, file=sys.stderr)
    return None


def run_session(
    args: argparse.Namespace, build: Callable[[list[Pack], Any, random.Random], Session]
) -> int:
    """Load packs, open the store, build the session and drive it in plain mode."""
    if plain_wanted(args) is None:
        return 2
    packs = load_packs(args)
    if packs is None:
        return 2
    store = open_store(args)
    try:
        session = build(packs, store, random.Random(args.seed))
        return run_plain(session, sys.stdin, sys.stdout, prompt=sys.stdin.isatty())
    finally:
        close = getattr(store, "close", None)
        if close is not None:
            close()
