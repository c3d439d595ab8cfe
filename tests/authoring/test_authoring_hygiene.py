"""The authoring toolkit is engine code: it loads without Textual or Rich."""

from __future__ import annotations

import subprocess
import sys

COMMANDS = ["new", "extract", "lint", "export_pack", "import_pack"]


def test_authoring_modules_and_commands_load_without_textual_or_rich() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import tutor.authoring as pkg\n"
        "for info in pkgutil.walk_packages(pkg.__path__, 'tutor.authoring.'):\n"
        "    importlib.import_module(info.name)\n"
        f"for name in {COMMANDS!r}:\n"
        "    importlib.import_module('tutor.commands.' + name)\n"
        "leaked = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(leaked))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"the toolkit pulled in UI modules: {out.stdout.strip()}"
