"""The ``tutor`` command's own surface: version, help and exit codes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tutor import __version__
from tutor.cli import main


def test_version_flag_prints_the_package_version(capsys):
    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert __version__ in capsys.readouterr().out


def test_python_dash_m_tutor_runs_the_same_command():
    out = subprocess.run(
        [sys.executable, "-m", "tutor", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == f"tutor {__version__}"


def test_unknown_command_is_a_usage_error(capsys):
    try:
        code = main(["no-such-command"])
    except SystemExit as exc:
        code = exc.code
    assert code == 2


def test_subcommand_help_lists_the_commands_own_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["grade", "--help"])
    assert stop.value.code == 0
    assert "--accept" in capsys.readouterr().out
