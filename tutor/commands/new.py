"""``tutor new PACK_ID``: create a pack folder from the self-explaining starter."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("pack_id", metavar="PACK_ID", help="id of the new pack, e.g. buses-2025")
    parser.add_argument(
        "--dir",
        type=Path,
        default=Path("."),
        metavar="DIR",
        help="where to create the PACK_ID folder (default: the current folder)",
    )


def run(args: argparse.Namespace) -> int:
    from tutor.authoring.scaffold import ScaffoldError, create

    try:
        made = create(args.pack_id, args.dir)
    except (ScaffoldError, OSError) as exc:
        print(f"tutor new: {exc}", file=sys.stderr)
        return 2
    print(f"created {made.folder}/")
    for path in made.files:
        print(f"  {path.relative_to(made.folder).as_posix()}")
    print(f"next: edit {made.pack_file.name}, then `tutor validate {made.pack_file}`")
    return 0
