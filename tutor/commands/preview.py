"""``tutor preview PATH``: the app on one pack alone, reloading when the file changes.

Authors see their pack as a student will; a save in the editor shows up within a
second, and a broken save lists its problem in the library instead of crashing.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="the pack file to preview")


def run(args: argparse.Namespace) -> int:
    from tutor.learning.services import TutorServices
    from tutor.ui.app import TutorApp

    if not args.path.is_file():
        print(f"tutor preview: no such file: {args.path}")
        return 2
    from tutor.learning.launch import who_and_where

    services = TutorServices(
        **who_and_where(args),
        pack_paths=(args.path,),
        builtin=False,
        user_packs=False,
    )
    TutorApp(services, watch=args.path).run()
    return 0
