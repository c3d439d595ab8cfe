"""``.ci/run`` runs the README's test command verbatim, then every static check."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CI = REPO / ".ci" / "run"


def _readme_test_command() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    found = re.search(r"^(pip install -e '\.\[test\]' && python -m pytest)$", readme, re.M)
    assert found, "the README's Quick start lost its test command"
    return found.group(1)


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    assert _readme_test_command() in CI.read_text(encoding="utf-8").splitlines()


def test_ci_also_runs_ruff_mypy_and_the_import_contracts() -> None:
    script = CI.read_text(encoding="utf-8")
    for check in ("ruff check", "ruff format --check", "mypy", "lint-imports"):
        assert re.search(rf"^run_check {re.escape(check)}\b", script, re.M), check


def test_ci_script_is_valid_bash() -> None:
    assert subprocess.run(["bash", "-n", str(CI)], capture_output=True).returncode == 0
