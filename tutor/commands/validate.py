"""``tutor validate [PATH ...]``: check debate packs and report every problem.

With no path, every installed pack (built-in and the user's) is checked. Each problem
is printed as ``file:line:col: error: /json/pointer: message (hint: ...)``, the form
editors and CI link to, followed by a summary; ``--format json`` prints a list of
objects instead. Exit 0 when every pack is valid (warnings allowed), 1 when a pack has
an error, 2 when a path does not exist or holds no pack, or a file cannot be read.
Folders are searched as :mod:`tutor.packs.discovery` says, like every other command. Works as a
pre-commit hook (see ``.pre-commit-hooks.yaml``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tutor.packs.diagnostics import Diagnostic, format_text, report_json
from tutor.packs.discovery import discover, installed_folders
from tutor.packs.library import LoadedPack, PackFailure, duplicate_failure, examine


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="pack files or folders (default: all installed)"
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )


def run(args: argparse.Namespace) -> int:
    found = discover(args.paths) if args.paths else discover(installed_folders()).files_only()
    if found.problems():
        for problem in found.problems():
            print(f"tutor validate: {problem}", file=sys.stderr)
        return 2
    results = _check_all(found.files)
    diagnostics = [d for r in results for d in _diagnostics(r)]
    _report(args.format, diagnostics, results)
    if any(isinstance(r, PackFailure) and r.unreadable for r in results):
        return 2
    return 1 if any(isinstance(r, PackFailure) for r in results) else 0


def _check_all(files: list[Path]) -> list[LoadedPack | PackFailure]:
    """Check each file; a pack id seen in an earlier file makes the later one fail."""
    first: dict[str, Path] = {}
    results: list[LoadedPack | PackFailure] = []
    for file in files:
        result = examine(file)
        if isinstance(result, LoadedPack):
            pack_id = result.pack.metadata.id
            if pack_id in first:
                result = duplicate_failure(result, first[pack_id])
            first.setdefault(pack_id, file)
        results.append(result)
    return results


def _diagnostics(result: LoadedPack | PackFailure) -> list[Diagnostic]:
    return result.diagnostics if isinstance(result, PackFailure) else result.warnings


def _report(
    fmt: str, diagnostics: list[Diagnostic], results: list[LoadedPack | PackFailure]
) -> None:
    if fmt == "json":
        sys.stdout.write(report_json(diagnostics))
        return
    for diagnostic in diagnostics:
        print(format_text(diagnostic, _shown(diagnostic.path)))
    print(_summary(diagnostics, results))


def _shown(path: Path) -> str:
    """The path as given, or relative to the current folder when it lies inside it."""
    here = Path.cwd()
    if path.is_absolute() and path.is_relative_to(here):
        return str(path.relative_to(here))
    return str(path)


def _summary(diagnostics: list[Diagnostic], results: list[LoadedPack | PackFailure]) -> str:
    if not results:
        return "no packs found"
    failed = sum(1 for r in results if isinstance(r, PackFailure))
    errors = sum(1 for d in diagnostics if d.is_error)
    warnings = len(diagnostics) - errors
    counts = f"{errors} error(s), {warnings} warning(s)"
    if not failed:
        return f"{len(results)} pack(s) checked: all valid ({counts})"
    return f"{len(results)} pack(s) checked: {failed} with problems ({counts})"
