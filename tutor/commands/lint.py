"""``tutor lint [PATH ...]``: teaching-quality warnings for valid packs.

Exit 0 when clean, 1 with warnings or when a pack is not valid (validate's errors are
printed and the pack is not linted), 2 when a path is missing or a file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tutor.text import clean

INVALID = "not a valid pack, so not linted: fix the errors above (`tutor validate` explains each)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="pack files or folders (default: the installed and your own packs)",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--stats",
        action="store_true",
        help="also print per pack: cards and sources per side, key positions and lengths, "
        "questions per article",
    )


def run(args: argparse.Namespace) -> int:
    from tutor.authoring.lint import lint_files
    from tutor.packs.diagnostics import report_json, report_text
    from tutor.packs.discovery import discover, installed_folders

    found = discover(args.paths) if args.paths else discover(installed_folders()).files_only()
    for problem in found.problems():
        print(f"tutor lint: {problem}", file=sys.stderr)
    if found.problems():
        return 2
    report = lint_files(found.files)
    errors = [d for failure in report.invalid for d in failure.diagnostics]
    if args.format == "json":
        out = json.loads(report_json([*errors, *report.warnings]))
        out += [{"path": str(p), "severity": "error", "message": m} for p, m in report.unreadable]
        sys.stdout.write(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(report_text([*errors, *report.warnings]))
        for failure in report.invalid:
            print(f"{clean(str(failure.path))}: {INVALID}", file=sys.stderr)
        for path, message in report.unreadable:
            print(f"{clean(str(path))}: {clean(message)}", file=sys.stderr)
    if args.stats:
        _print_stats(found.files)
    if report.unreadable:
        return 2
    return 1 if report.warnings or report.invalid else 0


def _print_stats(files: list[Path]) -> None:
    from tutor.authoring.lint_stats import render_stats
    from tutor.packs.models import Pack

    for path in files:
        try:
            pack = Pack.model_validate(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, RecursionError):
            continue  # already reported as unreadable
        sys.stdout.write(render_stats(pack))
