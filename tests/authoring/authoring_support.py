"""Helpers the authoring tests share: the shipped articles, loading, a CLI runner."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tutor.cli import main
from tutor.packs.models import Pack

REPO = Path(__file__).resolve().parents[2]
ARTICLES = sorted((REPO / "debates" / "sources").glob("*.txt"))


def load(path: Path) -> Pack:
    return Pack.model_validate(json.loads(path.read_text(encoding="utf-8")))


def tutor(*argv: str | Path) -> int:
    """Run ``tutor ARGV`` in this process and return its exit code."""
    return main([str(a) for a in argv])


def data_of(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data
