"""``tutor export-pack PACK --format gift|anki``: share a pack with Moodle or Anki."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("pack", type=Path, metavar="PACK", help="the pack file to export")
    parser.add_argument("--format", choices=("gift", "anki"), required=True)
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="where to write (default: standard output)",
    )


def run(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from tutor.authoring.anki import export_anki
    from tutor.authoring.gift import export_gift
    from tutor.packs.models import Pack

    try:
        pack = Pack.model_validate(json.loads(args.pack.read_text(encoding="utf-8")))
    except (OSError, ValueError, ValidationError) as exc:
        print(
            f"tutor export-pack: {args.pack} is not a valid pack ({str(exc).splitlines()[0]}); "
            "run `tutor validate`",
            file=sys.stderr,
        )
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
