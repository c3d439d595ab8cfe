"""Each folder in ``tests/packs/invalid/`` is a broken pack and what ``tutor validate`` says.

``pack.json`` is the pack; ``expected.txt`` beside it is the exact output. A case
without its own ``sources/`` folder is checked in a copy beside the test pack's
sources, so only the problem it is about shows.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from packs_helpers import DATA, HERE

from tutor.cli import main

CASES = sorted(p for p in (HERE / "invalid").iterdir() if p.is_dir())


def _workdir(case: Path, tmp_path: Path) -> Path:
    if (case / "sources").exists():
        return case
    work = tmp_path / case.name
    shutil.copytree(case, work)
    shutil.copytree(DATA / "sources", work / "sources")
    return work


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_validate_reports_the_expected_problem(case, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(_workdir(case, tmp_path))
    code = main(["validate", "pack.json"])
    expected = (case / "expected.txt").read_text(encoding="utf-8")
    assert capsys.readouterr().out == expected
    assert code == (1 if ": error: " in expected else 0)


def test_there_is_a_case_for_every_kind_of_bad_input():
    names = {c.name for c in CASES}
    wanted = {
        "misspelt-key",
        "missing-required-key",
        "dangling-reference",
        "quote-not-verbatim",
        "source-parent-path",
        "source-absolute-path",
        "source-symlink-out",
        "index-out-of-range",
        "cloze-without-blank",
        "duplicate-id",
        "json-syntax",
        "unknown-question-type",
        "top-level-not-object",
        "not-utf8",
        "utf8-bom",
        "duplicate-keys",
        "deep-nesting",
        "source-missing-file",
        "source-unreadable",
        "empty-file",
    }
    assert wanted <= names
