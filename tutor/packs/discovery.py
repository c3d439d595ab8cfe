"""Where the packs are: the one answer every command uses.

``tutor validate``, ``lint``, ``export-pack``, ``preview``, the app's library and the
``--pack-path`` of ``quiz``/``review``/``debate`` all call :func:`discover`, so a path
means the same packs to each of them.

- A file named on the command line is a pack, whatever it holds (checking it says
  what is wrong).
- A folder stands for every ``*.json`` file under it, at any depth, sorted, except
  inside a ``sources`` folder (pack articles) or a hidden folder (``.git``).
- Under a folder, a JSON file is a pack unless it is plainly something else: valid
  JSON that is not an object with ``format``, ``$schema`` or ``metadata`` (a
  ``package.json``, an export), or a JSON Schema (the copy ``tutor new`` puts beside a
  pack, whose ``$schema`` is a json-schema.org address). A file that is not valid JSON
  still counts, so that ``tutor validate`` reports its syntax error rather than hiding
  it.
- A path that does not exist, or a folder with no packs, is a problem the command
  reports (exit 2).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tutor.packs.document import MAX_PACK_BYTES
from tutor.packs.resources import builtin_pack_dir, user_pack_dir

PACK_KEYS = frozenset({"format", "$schema", "metadata"})
"""A JSON object with any of these keys is taken for a pack."""

SKIPPED_FOLDERS = frozenset({"sources"})
_META_SCHEMAS = ("https://json-schema.org/", "http://json-schema.org/")


@dataclass
class Discovery:
    """The pack files found, and the paths that gave none."""

    files: list[Path] = field(default_factory=list)
    missing: list[Path] = field(default_factory=list)
    empty: list[Path] = field(default_factory=list)

    def files_only(self) -> Discovery:
        """The same files, without complaints (an installed folder may be empty)."""
        return Discovery(list(self.files))

    def problems(self) -> list[str]:
        """One sentence per path that gave no pack, for the command to print."""
        return [f"no such file or folder: {p}" for p in self.missing] + [
            f"no packs found in {p} (a pack is a .json file with 'format' and 'metadata')"
            for p in self.empty
        ]


def discover(paths: Iterable[Path | str]) -> Discovery:
    """The pack files under ``paths``, each once, in the order given."""
    found = Discovery()
    seen: set[Path] = set()
    for path in map(Path, paths):
        if not path.exists():
            found.missing.append(path)
            continue
        files = list(_files(path))
        if not files:
            found.empty.append(path)
        for file in files:
            if file.resolve() not in seen:
                seen.add(file.resolve())
                found.files.append(file)
    return found


def installed_folders(*, builtin: bool = True, user: bool = True) -> list[Path]:
    """The folders of the built-in packs and the user's own packs that exist."""
    folders = [builtin_pack_dir()] if builtin else []
    if user:
        folders.append(user_pack_dir())
    return [folder for folder in folders if folder.is_dir()]


def _files(path: Path) -> Iterator[Path]:
    if not path.is_dir():
        yield path
        return
    for file in sorted(path.rglob("*.json")):
        inside = file.relative_to(path).parts[:-1]
        if any(part in SKIPPED_FOLDERS or part.startswith(".") for part in inside):
            continue
        if file.is_file() and looks_like_pack(file):
            yield file


def looks_like_pack(file: Path) -> bool:
    """False only for a readable JSON value that is not an object with a pack's keys."""
    try:
        if file.stat().st_size > MAX_PACK_BYTES:
            return True
        data = json.loads(file.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return True
    if not isinstance(data, dict) or not PACK_KEYS & data.keys():
        return False
    return not str(data.get("$schema", "")).startswith(_META_SCHEMAS)
