"""Who is answering, and which database the class shares: flag, then environment.

``tutor --learner NAME`` wins over ``$TUTOR_LEARNER``; with neither, answers belong to
the default learner (``""``), as they did before learners existed, so one person on one
machine is never asked for a name. ``tutor --store URL`` wins over
``$TUTOR_DATABASE_URL``; with neither, the store is the SQLite file in the data folder.
"""

from __future__ import annotations

import os
import unicodedata

from tutor.errors import UserError

LEARNER_VAR = "TUTOR_LEARNER"
URL_VAR = "TUTOR_DATABASE_URL"
DEFAULT_LEARNER = ""
MAX_NAME = 64
SHOWN_DEFAULT = "(default learner)"
NAME_PUNCTUATION = " .-_'@"  # names stay plain text in a shell, a URL and on screen


def learner_name(explicit: str | None = None) -> str:
    """The learner's name: ``explicit``, else ``$TUTOR_LEARNER``, else the default."""
    raw = explicit if explicit is not None else os.environ.get(LEARNER_VAR, DEFAULT_LEARNER)
    return check_name(raw)


def check_name(raw: str) -> str:
    """``raw`` trimmed, or a :class:`UserError` saying why it cannot be a name."""
    name = " ".join(raw.split())
    if len(name) > MAX_NAME:
        raise UserError(f"a learner's name has at most {MAX_NAME} characters")
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        raise UserError("a learner's name may not hold control characters")
    odd = sorted({ch for ch in name if not (ch.isalnum() or ch in NAME_PUNCTUATION)})
    if odd:
        raise UserError(
            f"a learner's name holds letters, digits, spaces and {NAME_PUNCTUATION.strip()}"
            f" only, not {' '.join(odd)}"
        )
    return name


def shown(name: str) -> str:
    """How a learner is named in reports (the default learner has no name)."""
    return name or SHOWN_DEFAULT


def store_url(explicit: str | None = None) -> str | None:
    """The shared database's URL (``--store``, else ``$TUTOR_DATABASE_URL``), or None."""
    url = (explicit or os.environ.get(URL_VAR, "")).strip()
    if not url:
        return None
    if not url.startswith(("postgresql://", "postgres://")):
        raise UserError(f"--store takes a postgresql:// URL, not {url.split(':', 1)[0]!r}")
    return url
