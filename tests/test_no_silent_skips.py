"""A test fails, not skips, when the module it tests is missing.

A renamed module must turn the suite red. So no test may skip on an import
(``pytest.importorskip``) or on ``importlib.util.find_spec``; a test may skip only
where a real part cannot start (tmux absent), saying so.
"""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
SILENT_SKIP = re.compile(r"importorskip\(|find_spec\(")
PENDING: set[str] = set()  # files allowed to skip silently for now: none


def _skipping() -> set[str]:
    this = Path(__file__).name
    return {
        p.relative_to(TESTS).as_posix()
        for p in TESTS.rglob("*.py")
        if p.name != this and SILENT_SKIP.search(p.read_text(encoding="utf-8"))
    }


def test_no_test_skips_when_the_module_it_tests_is_missing() -> None:
    assert _skipping() - PENDING == set()


def test_the_pending_list_names_only_files_that_still_skip() -> None:
    assert PENDING - _skipping() == set()
