"""``tutor preview PATH``: the app on one pack alone, reloading when the file changes.

Authors see their pack as a student will; a save in the editor shows up within a
second, and a broken save lists its problem in the library instead of crashing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="the pack file (or its folder) to preview")


def run(args: argparse.Namespace) -> int:
    from tutor.learning.services import TutorServices
    from tutor.packs.discovery import discover
    from tutor.plain.launch import who_and_where
    from tutor.ui.app import TutorApp

    found = discover([args.path])
    problems = found.problems() or [f"{args.path} holds {len(found.files)} packs; name one"]
    if len(found.files) != 1:
        print(f"tutor preview: {problems[0]}", file=sys.stderr)
        return 2
    pack_file = found.files[0]
    services = TutorServices(
        **who_and_where(args),
        pack_paths=(pack_file,),
        builtin=False,
        user_packs=False,
    )
    TutorApp(services, watch=pack_file).run()
    return 0
