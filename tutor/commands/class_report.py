"""``tutor class report``: the instructor's view of every learner in the store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    report = actions.add_parser("report", help="gradebook, item analysis and dropped arguments")
    report.add_argument("--pack", metavar="ID", help="only this pack's answers")
    report.add_argument("--format", choices=("md", "csv", "html"), default="md")
    report.add_argument(
        "--table",
        choices=("gradebook", "items", "arguments", "appeals"),
        default="gradebook",
        help="which table --format csv writes (default: gradebook)",
    )
    report.add_argument(
        "--pack-path",
        action="append",
        default=[],
        type=Path,
        metavar="PATH",
        help="an extra pack file or folder (for item names)",
    )
    report.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE")


def run(args: argparse.Namespace) -> int:
    from tutor.packs.library import load_library
    from tutor.plain.launch import open_store
    from tutor.reports.class_data import labels_from
    from tutor.reports.class_report import build_report, to_csv, to_markdown
    from tutor.reports.html import to_html

    library = load_library(tuple(args.pack_path))
    store = open_store(args)
    try:
        report = build_report(store, labels_from(p.pack for p in library.packs), args.pack)
    finally:
        store.close()
    if args.format == "html":
        text = to_html(report)
    elif args.format == "csv":
        text = to_csv(report, args.table)
    else:
        text = to_markdown(report)
    if args.output is not None:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0
