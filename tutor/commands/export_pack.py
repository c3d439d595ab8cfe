"""``tutor export-pack PACK --format gift|anki``: share a pack with Moodle or Anki.

``PACK`` is a pack file or a folder holding one pack, found as every command finds
packs (:mod:`tutor.packs.discovery`) and loaded as ``tutor validate`` loads it, so a
pack that validates exports.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.packs.models import Pack


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "pack", type=Path, metavar="PACK", help="the pack file (or its folder) to export"
    )
    parser.add_argument("--format", choices=("gift", "anki"), required=True)
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="where to write (default: standard output)",
    )


def run(args: argparse.Namespace) -> int:
    from tutor.authoring.anki import export_anki
    from tutor.authoring.gift import export_gift

    pack = _the_pack(args.pack)
    if pack is None:
        return 2
    text, skipped = (export_gift if args.format == "gift" else export_anki)(pack)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    for item in skipped:
        print(f"skipped {item.id} ({item.type}): {item.reason}", file=sys.stderr)
    return 0


def _the_pack(path: Path) -> Pack | None:
    """The one valid pack at ``path``; None after saying why there is none."""
    from tutor.packs.discovery import discover
    from tutor.packs.library import LoadedPack, examine

    found = discover([path])
    problem = next(iter(found.problems()), None)
    if problem is None and len(found.files) > 1:
        problem = f"{path} holds {len(found.files)} packs; name one of them"
    if problem is None:
        loaded = examine(found.files[0])
        if isinstance(loaded, LoadedPack):
            return loaded.pack
        problem = f"{found.files[0]} is not a valid pack; run `tutor validate {path}`"
    print(f"tutor export-pack: {problem}", file=sys.stderr)
    return None
