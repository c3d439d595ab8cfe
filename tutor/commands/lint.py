"""``tutor lint [PATH ...]``: teaching-quality warnings (exit 0 clean, 1 warnings, 2 unusable)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


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
    from tutor.authoring.lint import lint_paths
    from tutor.packs.diagnostics import report_json, report_text

    paths = list(args.paths) or _default_paths()
    missing = [p for p in paths if not p.exists()]
    if missing:
        print(f"tutor lint: no such file or folder: {missing[0]}", file=sys.stderr)
        return 2
    report = lint_paths(paths)
    if args.format == "json":
        out = json.loads(report_json(report.warnings))
        out += [{"path": str(p), "severity": "error", "message": m} for p, m in report.unreadable]
        sys.stdout.write(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(report_text(report.warnings))
        for path, message in report.unreadable:
            print(f"{path}: {message}", file=sys.stderr)
    if args.stats:
        _print_stats(paths)
    if report.unreadable:
        return 2
    return 1 if report.warnings else 0


def _print_stats(paths: list[Path]) -> None:
    from tutor.authoring.lint import pack_files
    from tutor.authoring.lint_stats import render_stats
    from tutor.packs.models import Pack

    for path in pack_files(paths):
        try:
            pack = Pack.model_validate(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue  # already reported as unreadable
        sys.stdout.write(render_stats(pack))


def _default_paths() -> list[Path]:
    from tutor.packs.resources import builtin_pack_dir, user_pack_dir

    return [p for p in (builtin_pack_dir(), user_pack_dir()) if p.is_dir()]
