"""``tutor new``: a pack folder an author can start from, valid as created.

The starter (``starter/pack.json``) explains itself in its own strings, since JSON has
no comments. The folder gets its own copy of the schema, and the pack's ``$schema`` is
that file's name: editors resolve a relative path without a network (the schema's
``$id`` URL is a name, not an address anyone serves), and the path stays right when
the folder is moved or the tutor is installed elsewhere.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from tutor.packs.models import Pack
from tutor.packs.resources import SCHEMA_FILE, schema_path

STARTER_SOURCE = "sources/starter-article.txt"


class ScaffoldError(Exception):
    """The scaffold cannot be written (the folder exists, or the id is not valid)."""


@dataclass(frozen=True)
class Scaffold:
    """What ``tutor new`` wrote."""

    folder: Path
    pack_file: Path
    files: tuple[Path, ...]


def schema_reference(pack_file: Path) -> str:
    """``$schema`` for a pack at ``pack_file``: relative path to the schema, else its URL."""
    from tutor.packs.schema_gen import SCHEMA_ID

    schema = schema_path()
    if not schema.is_file():
        return SCHEMA_ID
    try:
        rel = os.path.relpath(schema.resolve(), pack_file.parent.resolve())
    except ValueError:  # another drive on Windows
        return schema.resolve().as_uri()
    return Path(rel).as_posix()


def _starter(name: str) -> str:
    return resources.files("tutor.authoring").joinpath("starter", name).read_text("utf-8")


def starter_data(pack_id: str) -> dict[str, Any]:
    """The starter pack for ``pack_id``, pointing at the schema copy beside it."""
    data: dict[str, Any] = json.loads(_starter("pack.json"))
    data["$schema"] = SCHEMA_FILE
    data["metadata"]["id"] = pack_id
    Pack.model_validate(data)  # the starter must stay valid: fail loudly here if not
    return data


def check_pack_id(pack_id: str) -> None:
    """Raise ScaffoldError unless ``pack_id`` is a valid pack id."""
    try:
        Pack.model_validate(_id_probe(pack_id))
    except ValueError as exc:
        raise ScaffoldError(
            f"{pack_id!r} is not a valid pack id: use lower-case letters, digits, "
            "'.', '_' or '-', starting with a letter or digit (at most 80 characters)"
        ) from exc


def _id_probe(pack_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_starter("pack.json"))
    data["metadata"]["id"] = pack_id
    return data


def create(pack_id: str, parent: Path) -> Scaffold:
    """Write ``parent/pack_id/`` with the pack, its source and a README; never overwrite."""
    check_pack_id(pack_id)
    folder = parent / pack_id
    if folder.exists():
        raise ScaffoldError(f"{folder} already exists; choose another id or folder")
    pack_file = folder / f"{pack_id}.json"
    files = {
        pack_file: json.dumps(starter_data(pack_id), indent=2, ensure_ascii=False),
        folder / STARTER_SOURCE: _starter("article.txt"),
        folder / "README.md": _starter("README.md").replace("__PACK_ID__", pack_id),
        folder / SCHEMA_FILE: schema_path().read_text(encoding="utf-8"),
    }
    (folder / "sources").mkdir(parents=True)
    for path, text in files.items():
        path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
    return Scaffold(folder, pack_file, tuple(files))
