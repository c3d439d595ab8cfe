"""``tutor debate``: a guided debate round on a motion, in the app or in plain mode.

``--plain`` (or piped input) reads answers line by line and ends cleanly at end of
input, with the round saved: ``--resume SESSION_ID`` continues it later. Without
``--plain`` the app opens straight on the debate (falling back to plain mode, and
saying so, when the app cannot be loaded).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Any

from tutor.learning.launch import add_common, load_packs, open_store, who_and_where
from tutor.packs.models import Pack


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_common(parser)
    parser.add_argument(
        "--pack-file",
        dest="pack_path",
        action="append",
        type=Path,
        metavar="PATH",
        help="same as --pack-path: load this pack file or folder",
    )
    parser.add_argument("--motion", metavar="ID", help="the motion to debate (default: the first)")
    parser.add_argument(
        "--side", default="aff", metavar="SIDE", help="aff, neg or a side's label (default: aff)"
    )
    parser.add_argument(
        "--resume", type=int, metavar="SESSION_ID", help="continue a debate left unfinished"
    )


def choose(packs: list[Pack], motion_id: str | None) -> tuple[Pack, str] | None:
    """The pack and motion to debate: the motion asked for, else the first one found."""
    for pack in packs:
        for motion in pack.motions:
            if motion_id is None or motion.id == motion_id:
                return pack, motion.id
    return None


def build(args: argparse.Namespace, packs: list[Pack], store: Any) -> Any:
    """The debate session (new or resumed); ValueError with a message when impossible."""
    from tutor.learning.debate import DebateSession

    rng = random.Random(args.seed)
    if args.resume is not None:
        return DebateSession.resume(store, args.resume, packs, rng=rng)
    chosen = choose(packs, args.motion)
    if chosen is None:
        wanted = f"motion {args.motion!r}" if args.motion else "a motion"
        raise ValueError(f"no loaded pack has {wanted}")
    pack, motion_id = chosen
    return DebateSession(pack, motion_id, args.side, store, rng=rng)


def run(args: argparse.Namespace) -> int:
    packs = load_packs(args)
    if packs is None:
        return 2
    if not (args.plain or not sys.stdin.isatty()) and _app_opened(args, packs):
        return 0
    store = open_store(args)
    try:
        return _run_plain(args, packs, store)
    finally:
        store.close()


def _run_plain(args: argparse.Namespace, packs: list[Pack], store: Any) -> int:
    from tutor.learning.plain import run_plain

    try:
        session = build(args, packs, store)
    except ValueError as exc:
        print(f"tutor: {exc}", file=sys.stderr)
        return 2
    code = run_plain(session, sys.stdin, sys.stdout, prompt=sys.stdin.isatty())
    if not session.finished and session.session_id is not None:
        print(
            f"tutor: debate saved; continue with: tutor debate --resume {session.session_id}",
            file=sys.stderr,
        )
    return code


def _app_opened(args: argparse.Namespace, packs: list[Pack]) -> bool:
    """Run the app straight on the debate; False (after saying why) when plain mode must do."""
    try:
        from tutor.learning.services import TutorServices
        from tutor.ui.app import TutorApp
        from tutor.ui.screens.session import SessionScreen
    except ImportError as exc:
        print(f"tutor: the app cannot open a debate ({exc}); using plain mode", file=sys.stderr)
        return False
    services = TutorServices(**who_and_where(args), pack_paths=tuple(args.pack_path))
    try:
        session = build(args, packs, services.store)
    except ValueError as exc:
        print(f"tutor: {exc}", file=sys.stderr)
        services.close()
        raise SystemExit(2) from exc
    title = f"Debate · {session.motion.title}"

    class DebateApp(TutorApp):
        def on_ready(self) -> None:  # after the library screen is up
            self.push_screen(SessionScreen(services, session, title))

    DebateApp(services).run()
    return True
