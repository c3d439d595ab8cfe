"""``tutor export``: transcripts (Markdown, with the flow sheet) and gradebook results."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("md", "json", "csv"), default="md")
    parser.add_argument("--session", type=int, metavar="ID", help="only this session")
    parser.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write here instead of standard output"
    )


def run(args: argparse.Namespace) -> int:
    from tutor.plain.launch import open_store
    from tutor.reports.export import export

    text = export(open_store(args), args.format, args.session)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as exc:
        print(f"tutor: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
        return 2
    print(f"Wrote {args.output}", file=sys.stderr)
    return 0
