"""Where the built-in packs, the schema and the user's own packs live.

Installed from a wheel, the shipped ``debates/`` and ``schemas/`` folders are inside the
package as ``tutor/_data/...`` (see ``pyproject.toml``) and are found with
:mod:`importlib.resources`; in a source checkout (an editable install) they are the
repository's own folders. The user's packs live in the platform's user data folder,
unless ``TUTOR_PACKS_DIR`` says otherwise.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

APP_NAME = "debate-tutor"
PACKS_ENV = "TUTOR_PACKS_DIR"
SCHEMA_FILE = "debate-pack.schema.json"
_REPO = Path(__file__).resolve().parents[2]


def _data_dir(name: str) -> Path:
    installed = resources.files("tutor").joinpath("_data", name)
    if installed.is_dir():
        return Path(str(installed))
    return _REPO / name


def builtin_pack_dir() -> Path:
    """The folder of the packs that ship with the tutor."""
    return _data_dir("debates")


def schema_path() -> Path:
    """The JSON Schema file of the pack format."""
    return _data_dir("schemas") / SCHEMA_FILE


def user_pack_dir() -> Path:
    """The user's own packs: ``$TUTOR_PACKS_DIR`` or ``<user data folder>/packs``."""
    override = os.environ.get(PACKS_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME)) / "packs"
