"""Read store rows whether they come back as mappings or as objects with attributes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def field(row: Any, name: str, default: Any = None) -> Any:
    """``row[name]`` or ``row.name``, else ``default``."""
    if isinstance(row, Mapping):
        return row.get(name, default)
    return getattr(row, name, default)
