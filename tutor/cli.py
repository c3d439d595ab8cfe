"""The ``tutor`` command: one entry point, subcommands loaded lazily.

Start-up speed matters (``tutor --version`` should cost little more than
``python -c "import tutor"``), so a subcommand's module is imported only when
that subcommand runs. Each module in :mod:`tutor.commands` exposes
``add_arguments(parser)`` and ``run(args) -> int``.

Exit codes: 0 success, 1 problems found (or a graded failure), 2 usage or I/O error.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Sequence

from tutor import __version__
from tutor.errors import UserError

# name -> (module in tutor.commands, one-line help). Order is the order of --help.
COMMANDS: dict[str, tuple[str, str]] = {
    "run": ("run", "open the tutor app (the default when no command is given)"),
    "quiz": ("quiz", "a quick quiz from the packs"),
    "debate": ("debate", "a guided debate round on a motion"),
    "review": ("review", "review the items that are due today"),
    "ask": ("ask", "ask the tutor a question answered from the packs"),
    "stats": ("stats", "show your progress"),
    "export": ("export", "export transcripts and results (md, json, csv)"),
    "appeals": ("appeals", "list the answers learners said were graded wrongly"),
    "class": ("class_report", "the instructor's class report (tutor class report)"),
    "serve": ("serve", "serve the app in the browser for a class (the class extra)"),
    "validate": ("validate", "check debate packs and report every problem"),
    "lint": ("lint", "teaching-quality checks for debate packs"),
    "grade": ("grade", "grade answers from the command line or a JSONL file"),
    "new": ("new", "create a new debate pack from a commented starter"),
    "extract": ("extract", "draft pack material from an article"),
    "preview": ("preview", "open the app on one pack, reloading on change"),
    "export-pack": ("export_pack", "export a pack to Moodle GIFT or Anki text"),
    "import": ("import_pack", "import a Moodle GIFT file into a draft pack"),
}


# Options every command takes, before or after its name: (flag, metavar, help).
GLOBAL_OPTIONS = (
    ("--learner", "NAME", "whose progress this is (default: $TUTOR_LEARNER, else nobody named)"),
    (
        "--store",
        "URL",
        "a class's shared postgresql:// database (default: $TUTOR_DATABASE_URL, else the "
        "SQLite file in the data folder)",
    ),
)


def _available(module: str) -> bool:
    return importlib.util.find_spec(f"tutor.commands.{module}") is not None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tutor",
        description="A policy-debate tutor for the terminal.",
    )
    parser.add_argument("--version", action="version", version=f"tutor {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where progress is kept (default: the user data folder, or $TUTOR_DATA_DIR)",
    )
    for flag, metavar, help_text in GLOBAL_OPTIONS:
        parser.add_argument(flag, metavar=metavar, help=help_text)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in COMMANDS.items():
        if _available(module):
            # No -h on the stub: `tutor lint --help` must reach the command's own parser.
            sub.add_parser(name, help=help_text, description=help_text, add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    # Parse once to find the command, then let the command add its own options.
    known, _ = parser.parse_known_args(args_list)
    command = known.command or "run"
    if command not in COMMANDS or not _available(COMMANDS[command][0]):
        parser.print_help(sys.stderr)
        return 2
    module = importlib.import_module(f"tutor.commands.{COMMANDS[command][0]}")
    full = argparse.ArgumentParser(prog="tutor", description=parser.description)
    full.add_argument("--version", action="version", version=f"tutor {__version__}")
    full.add_argument("--data-dir", metavar="DIR", help=argparse.SUPPRESS)
    for flag, metavar, _ in GLOBAL_OPTIONS:
        full.add_argument(flag, metavar=metavar, help=argparse.SUPPRESS)
    full_sub = full.add_subparsers(dest="command", metavar="COMMAND")
    cmd_parser = full_sub.add_parser(
        command, help=COMMANDS[command][1], description=COMMANDS[command][1]
    )
    module.add_arguments(cmd_parser)
    cmd_parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="where progress is kept (default: user data folder)",
    )
    for flag, metavar, help_text in GLOBAL_OPTIONS:
        cmd_parser.add_argument(flag, metavar=metavar, default=argparse.SUPPRESS, help=help_text)
    if known.command is None:
        args_list.append(command)
    args = full.parse_args(args_list)
    try:
        return int(module.run(args))
    except UserError as error:
        print(f"tutor: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
