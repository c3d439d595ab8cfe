"""What ``tutor quiz|review|debate|ask`` share: options, packs, the store, app or plain.

Each command module stays a thin translation of its arguments. Packs are loaded
once, through :class:`~tutor.learning.services.TutorServices`; the store's notices
(e.g. a corrupt database set aside) go to standard error. In a real terminal the app
opens straight on the session; with ``--plain``, or when standard input or output is
not a terminal, the session runs line by line.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tutor.learning.core.session import Session
from tutor.learning.services import TutorServices
from tutor.packs.models import Pack
from tutor.plain.driver import run_plain

Build = Callable[[list[Pack], Any, random.Random], Session]


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


def services_for(args: argparse.Namespace) -> TutorServices:
    return TutorServices(
        **who_and_where(args), pack_paths=tuple(args.pack_path), seed=getattr(args, "seed", None)
    )


def open_store(args: argparse.Namespace) -> Any:
    """The progress store; its notices go to standard error."""
    from tutor.store import ProgressStore

    learner, url = getattr(args, "learner", None), getattr(args, "store", None)
    store = ProgressStore.open(data_dir(args), learner=learner, url=url)
    for notice in store.notices:
        print(f"tutor: {notice}", file=sys.stderr)
    return store


def load_packs(
    args: argparse.Namespace, services: TutorServices | None = None
) -> list[Pack] | None:
    """The selected packs; None (after a message) when an asked-for pack is missing."""
    from tutor.packs.discovery import discover

    for problem in discover(args.pack_path).problems():
        print(f"tutor: {problem}", file=sys.stderr)
        return None
    library = (services or services_for(args)).load()
    for failure in library.failures:
        print(f"tutor: could not load {failure.path}", file=sys.stderr)
    packs = [loaded.pack for loaded in library.packs]
    if not args.pack:
        return packs
    known = {p.metadata.id: p for p in packs}
    missing = [pid for pid in args.pack if pid not in known]
    if missing:
        loaded = ", ".join(known) or "none"
        print(f"tutor: no pack with id {', '.join(missing)}; loaded: {loaded}", file=sys.stderr)
        return None
    return [known[pid] for pid in args.pack]


def in_terminal(args: argparse.Namespace) -> bool:
    """Whether the app can open: no --plain, and both ends of the session are a terminal."""
    return not getattr(args, "plain", False) and sys.stdin.isatty() and sys.stdout.isatty()


def run_session(args: argparse.Namespace, build: Build) -> int:
    """Load packs once, open the store, build the session; run it in the app or plainly."""
    services = services_for(args)
    packs = load_packs(args, services)
    if packs is None:
        return 2
    store = services.store
    for notice in services.notices:
        print(f"tutor: {notice}", file=sys.stderr)
    try:
        session = build(packs, store, random.Random(args.seed))
    except ValueError as exc:
        print(f"tutor: {exc}", file=sys.stderr)
        services.close()
        return 2
    if in_terminal(args):
        return _run_app(services, session)
    try:
        return run_plain(session, sys.stdin, sys.stdout, prompt=sys.stdin.isatty())
    finally:
        _saved_note(session)
        services.close()


def _run_app(services: TutorServices, session: Session) -> int:
    from tutor.ui.app import TutorApp

    TutorApp(services, start=session).run()
    _saved_note(session)
    return 0


def _saved_note(session: Session) -> None:
    if session.kind == "debate" and not session.finished and session.session_id is not None:
        print(
            f"tutor: debate saved; continue with: tutor debate --resume {session.session_id}",
            file=sys.stderr,
        )
