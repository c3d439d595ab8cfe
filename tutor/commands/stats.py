"""``tutor stats``: answered, accuracy per pack, tag and skill, due today, a sparkline."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("text", "json"), default="text")


def run(args: argparse.Namespace) -> int:
    import json

    from tutor.plain.launch import open_store
    from tutor.reports.rows import field
    from tutor.reports.stats_view import render_stats

    store = open_store(args)
    stats = store.stats(datetime.now(UTC))
    if args.format == "json":
        keys = ("total", "accuracy", "due", "by_pack", "by_tag", "by_skill", "by_day")
        json.dump({k: field(stats, k) for k in keys}, sys.stdout, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_stats(stats))
    return 0
