"""Every hostile pack goes through ``tutor validate`` and ``tutor lint`` without a traceback.

The cases are the folders of ``tests/packs/invalid/`` (markup, escapes, bidi, huge
numbers, NUL, deep nesting, huge strings, wrong types, symlinks, unicode oddities,
duplicate keys...). Validate exits 1 exactly when it reports an error; lint then
says the pack is invalid and exits 1 too; nothing either prints can drive a terminal.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_packs_invalid_cases import CASES, _workdir

from tutor.cli import main

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def test_the_corpus_holds_at_least_60_hostile_packs() -> None:
    assert len(CASES) >= 60


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_validate_and_lint_survive_the_pack(case, tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(_workdir(case, tmp_path))
    start = time.monotonic()
    code = main(["validate", "pack.json"])
    validated = capsys.readouterr()
    lint_code = main(["lint", "pack.json"])
    linted = capsys.readouterr()
    assert time.monotonic() - start < 10, "a hang"
    invalid = ": error: " in validated.out
    assert code == (1 if invalid else 0)
    if invalid:
        assert lint_code == 1 and "not a valid pack" in linted.err
    else:
        assert lint_code in (0, 1) and not linted.err
    for text in (validated.out, validated.err, linted.out, linted.err):
        assert not UNSAFE.search(text.replace("\n", "").replace("\t", ""))
        text.encode("utf-8")


def test_the_commands_run_the_whole_corpus_as_subprocesses(tmp_path: Path) -> None:
    files = [_workdir(case, tmp_path / case.name) / "pack.json" for case in CASES]
    for command in ("validate", "lint"):
        done = subprocess.run(
            [sys.executable, "-m", "tutor", command, *map(str, files)],
            capture_output=True,
            timeout=30,
        )
        assert done.returncode == 1, command
        assert b"Traceback" not in done.stderr, done.stderr[-2000:]
