"""The engine never imports the UI: each engine package loads without Textual or Rich."""

from __future__ import annotations

import subprocess
import sys

import pytest

ENGINE_MODULES = ["tutor.packs", "tutor.grading", "tutor.learning", "tutor.store", "tutor.cli"]


@pytest.mark.parametrize("module", ENGINE_MODULES)
def test_engine_module_loads_without_textual_or_rich(module: str) -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module({module!r})\n"
        "for info in pkgutil.walk_packages(getattr(pkg, '__path__', []), pkg.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        "leaked = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(leaked))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"{module} pulled in UI modules: {out.stdout.strip()}"
