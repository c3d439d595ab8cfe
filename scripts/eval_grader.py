"""Measure the grader against public human-labelled data, beside two plain baselines.

Usage: python scripts/eval_grader.py [DATA_DIR] [--split dev|test|both] [--files NAME ...]

DATA_DIR defaults to ``../shared/eval-data`` relative to the repository root. The data
is read in place and never copied into the repository. Prints a Markdown table: per
file and split, n, accuracy, false-accept rate (share of human-``incorrect`` answers
accepted) and false-reject rate (share of human-``correct`` answers not accepted).
Tune only on the dev files; the test files are for the final report.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, utils

from tutor.grading import KeyPoint, Verdict, grade_keypoints, grade_short

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "eval-data"
SHORT_FILES = ("nq301_human", "evouna_short", "evouna_llm", "wikipedia_misspellings",
               "birkbeck_misspellings")  # fmt: skip
FREE_TEXT_FILES = ("semeval2013_beetle", "semeval2013_scientsbank", "mohler2011")
KEYPOINT_THRESHOLD = 0.6
_CLAUSE_SPLIT = re.compile(r"[.;]\s+|,\s+(?:and|so|because|but)\s+|\s+because\s+|\s+so that\s+")
_LIGHT = re.compile(r"\b(?:a|an|the)\b|[^\w\s]")

Row = dict[str, Any]
Judge = Callable[[Row], bool]


def light(text: str) -> str:
    """Lower case, no punctuation or articles, single spaces (the exact-match baseline)."""
    return " ".join(_LIGHT.sub(" ", text.casefold()).split())


def exact_baseline(row: Row) -> bool:
    return light(row["answer"]) in {light(r) for r in row["reference"]}


def wratio_baseline(row: Row) -> bool:
    answer = row["answer"]
    return any(
        fuzz.WRatio(answer, r, processor=utils.default_process) >= 85 for r in row["reference"]
    )


def ours_short(row: Row) -> bool:
    return grade_short(row["answer"], row["reference"]).verdict is Verdict.CORRECT


def keypoints_from(reference: str) -> list[KeyPoint]:
    """One key point per clause of a reference answer (clauses split on . ; because, so)."""
    parts = [p.strip() for p in _CLAUSE_SPLIT.split(reference) if len(p.split()) >= 2]
    return [KeyPoint(p) for p in parts] or [KeyPoint(reference)]


def ours_keypoints(row: Row) -> bool:
    return any(
        grade_keypoints(row["answer"], keypoints_from(r), KEYPOINT_THRESHOLD).passed
        for r in row["reference"]
    )


def rows(path: Path) -> Iterator[Row]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def measure(data: list[Row], judge: Judge) -> tuple[int, float, float, float]:
    """n, accuracy, false-accept rate, false-reject rate."""
    fa = fr = pos = neg = 0
    for row in data:
        accepted, truth = judge(row), row["label"] == "correct"
        pos, neg = pos + truth, neg + (not truth)
        fa += accepted and not truth
        fr += truth and not accepted
    n = len(data)
    return n, 1 - (fa + fr) / max(n, 1), fa / max(neg, 1), fr / max(pos, 1)


def table(data_dir: Path, splits: list[str], files: list[str]) -> list[str]:
    out = ["| file | split | n | method | accuracy | false accept | false reject |",
           "|---|---|---:|---|---:|---:|---:|"]  # fmt: skip
    for name in files:
        ours = ours_keypoints if name in FREE_TEXT_FILES else ours_short
        methods = {"exact": exact_baseline, "WRatio≥85": wratio_baseline, "grader": ours}
        for split in splits:
            data = list(rows(data_dir / f"{name}_{split}.jsonl"))
            for label, judge in methods.items():
                n, acc, fa, fr = measure(data, judge)
                out.append(
                    f"| {name} | {split} | {n} | {label} | {acc:.1%} | {fa:.1%} | {fr:.1%} |"
                )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", choices=["dev", "test", "both"], default="both")
    parser.add_argument("--files", nargs="*", default=[*SHORT_FILES, *FREE_TEXT_FILES])
    args = parser.parse_args(argv)
    splits = ["dev", "test"] if args.split == "both" else [args.split]
    print("\n".join(table(args.data_dir, splits, args.files)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
