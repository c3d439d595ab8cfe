"""The wheel carries the built-in packs and the schema, and the tutor finds them installed.

Built with hatchling's own API (no network, no build isolation), then installed with
``pip install --no-deps --target`` and run from another folder, as a user would after
``pip install .``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from hatchling.builders.wheel import WheelBuilder  # in the [test] extra: never skipped

    out = tmp_path_factory.mktemp("dist")
    built = list(WheelBuilder(str(REPO)).build(directory=str(out), versions=["standard"]))
    return Path(built[0])


def test_wheel_contains_the_builtin_packs_and_the_schema(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {f"tutor/_data/debates/{p.name}" for p in (REPO / "debates").glob("*.json")}
    sources = {
        f"tutor/_data/debates/sources/{p.name}" for p in (REPO / "debates/sources").iterdir()
    }
    assert shipped and shipped <= names
    assert sources <= names
    assert "tutor/_data/schemas/debate-pack.schema.json" in names


def test_installed_tutor_validates_its_builtin_packs_from_another_folder(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = dict(os.environ, PYTHONPATH=str(target), TUTOR_PACKS_DIR=str(tmp_path / "none"))
    script = (
        "import sys; from tutor.packs.library import builtin_pack_dir\n"
        "from tutor.cli import main\n"
        "print(builtin_pack_dir()); sys.exit(main(['validate']))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout + out.stderr
    first, *rest = out.stdout.splitlines()
    assert Path(first).is_relative_to(target)
    assert ": all valid (0 error(s)" in rest[-1]


def test_wheel_carries_the_served_page_with_no_outside_links(wheel: Path) -> None:
    page = "tutor/serve/templates/app_index.html"
    text = zipfile.ZipFile(wheel).read(page).decode()
    assert "googleapis" not in text and "fonts/RobotoMono" in text
