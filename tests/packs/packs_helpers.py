"""Shared by the pack tests: the small valid pack and a way to write variants of it."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
REPO = HERE.parents[1]
VALID_PACK = DATA / "pack.json"
_BASE: dict[str, Any] = json.loads(VALID_PACK.read_text(encoding="utf-8"))


def valid_doc() -> dict[str, Any]:
    """A fresh copy of the small valid pack's document."""
    return copy.deepcopy(_BASE)


def write_pack(folder: Path, doc: dict[str, Any] | str, name: str = "pack.json") -> Path:
    """Write a pack (a document or raw text) into ``folder`` beside a copy of its sources."""
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / "sources").exists():
        shutil.copytree(DATA / "sources", folder / "sources")
    path = folder / name
    text = doc if isinstance(doc, str) else json.dumps(doc, indent=2, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path
