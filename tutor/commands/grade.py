"""``tutor grade``: grade one answer, or a JSONL file of a class's answers.

Single mode prints the verdict and feedback; exit status 0 if correct, 1 if not,
2 on a usage error. ``--jsonl FILE`` (``-`` for stdin) is a stable batch contract:
one JSON result line per input line, in order; a bad line becomes an error line and
the rest still run; exit status 1 if any line was bad. See docs/grading.md.
"""

from __future__ import annotations

import argparse
import sys
from typing import IO, Any


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``tutor grade``."""
    parser.add_argument("answer", nargs="?", help="the learner's answer (single mode)")
    parser.add_argument(
        "--accept",
        action="append",
        default=[],
        metavar="TEXT",
        help="an accepted answer (repeatable)",
    )
    parser.add_argument(
        "--reject",
        action="append",
        default=[],
        metavar="TEXT",
        help="a known wrong answer (repeatable)",
    )
    parser.add_argument(
        "--keypoint",
        action="append",
        default=[],
        metavar="TEXT",
        help="a key point for a free-text answer (repeatable; cues after '|', separated by ';')",
    )
    parser.add_argument(
        "--threshold", type=float, default=0.6, help="key-point score needed to pass (default 0.6)"
    )
    parser.add_argument("--value", type=float, help="the expected number (numeric mode)")
    parser.add_argument("--tolerance", type=float, default=0.0, help="allowed absolute error")
    parser.add_argument("--unit", help="expected unit, e.g. %% or usd")
    parser.add_argument("--jsonl", metavar="FILE", help="grade a JSONL file ('-' for stdin)")
    parser.add_argument("--format", choices=["text", "json"], default="text",
                        help="output format in single mode")  # fmt: skip


def run(args: argparse.Namespace) -> int:
    """Run ``tutor grade``; returns the exit status."""
    if args.jsonl is not None:
        if args.answer is not None:
            return _usage("give either ANSWER or --jsonl, not both")
        return _run_jsonl(args.jsonl)
    if args.answer is None:
        return _usage("ANSWER is required (or use --jsonl FILE)")
    modes = sum(bool(x) for x in (args.accept, args.keypoint, args.value is not None))
    if modes != 1:
        return _usage("give exactly one of --accept, --keypoint or --value")
    result = _grade_single(args)
    _print_single(result, args.format)
    return 0 if result.passed else 1


def _usage(message: str) -> int:
    print(f"tutor grade: error: {message}", file=sys.stderr)
    return 2


def _grade_single(args: argparse.Namespace) -> Any:
    from tutor.grading import grade_keypoints, grade_numeric, grade_short

    if args.value is not None:
        return grade_numeric(args.answer, args.value, args.tolerance, args.unit)
    if args.keypoint:
        return grade_keypoints(args.answer, [_keypoint(k) for k in args.keypoint], args.threshold)
    return grade_short(args.answer, args.accept, args.reject)


def _keypoint(spec: str) -> Any:
    from tutor.grading import KeyPoint

    text, _, cues = spec.partition("|")
    return KeyPoint(text.strip(), tuple(c.strip() for c in cues.split(";") if c.strip()))


def _print_single(result: Any, fmt: str) -> None:
    if fmt == "json":
        import json

        print(json.dumps(result.to_dict(), ensure_ascii=False))
        return
    print(f"{result.verdict.value} (score {result.score:.2f})")
    print(result.feedback)
    if result.hint:
        print(f"hint: {result.hint}")
    for line in result.trace:
        print(f"  why: {line}")


def _run_jsonl(path: str) -> int:
    from tutor.grading.batch import grade_lines
    from tutor.grading.batch_lines import split_lines

    try:
        source: IO[bytes] = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
        with source:
            bad = grade_lines(split_lines(source), sys.stdout)
    except OSError as exc:
        return _usage(f"cannot read {path}: {exc.strerror or exc}")
    return 1 if bad else 0
