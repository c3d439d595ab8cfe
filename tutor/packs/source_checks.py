"""Source files stay inside the pack's folder, and every quote is in its source.

A pack may come from anyone, so a source path that is absolute, climbs out with
``..`` or follows a symlink out of the pack's folder is refused before anything is
read. Quotes are then looked up in the source texts with :func:`find_quote`; when one
is not found the closest passage is given as a hint, since the usual cause is a word
changed while copying.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import Path, PureWindowsPath

from tutor.packs.checks import all_cards
from tutor.packs.diagnostics import Problem
from tutor.packs.models import Pack, Source
from tutor.packs.positions import pointer
from tutor.packs.quotes import closest_passage, find_quote

MAX_SOURCE_BYTES = 5 * 1024 * 1024


def check_sources(pack: Pack, root: Path, texts: dict[str, str]) -> Iterator[Problem]:
    """Each source's file is a readable UTF-8 text inside the pack's folder."""
    for i, source in enumerate(pack.sources):
        where = pointer("sources", i, "file")
        outcome = read_source(root, source)
        if isinstance(outcome, Problem):
            yield Problem(where, outcome.message, outcome.hint)
        else:
            texts.setdefault(source.id, outcome)


def read_source(root: Path, source: Source) -> str | Problem:
    """The source's text, or why it cannot be used."""
    refused = _refuse_path(source.file)
    if refused:
        return refused
    target = root / source.file
    try:
        if not target.resolve().is_relative_to(root.resolve()):
            return Problem("", f"'{source.file}' is a link that leads outside the pack's folder")
        if not target.exists():
            return Problem("", f"the source file '{source.file}' does not exist", _nearby(target))
    except (OSError, RuntimeError) as exc:  # a name too long, a symlink loop...
        return Problem("", f"cannot open the source file '{source.file}': {_reason(exc)}")
    return _read_text(target, source.file)


def _reason(exc: Exception) -> str:
    if isinstance(exc, RuntimeError):  # Path.resolve on a link that points back at itself
        return "the link loops back on itself"
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)


def _refuse_path(file: str) -> Problem | None:
    parts = file.replace("\\", "/").split("/")
    if not file.strip() or any(not ch.isprintable() for ch in file):
        hint = "write a plain relative path such as 'sources/article.txt'"
        return Problem("", f"the source path {file!r} is empty or holds control characters", hint)
    if file.startswith(("/", "\\", "~")) or PureWindowsPath(file).drive:
        hint = f"write it relative to the pack file, e.g. 'sources/{parts[-1]}'"
        return Problem("", f"the source path '{file}' must be relative, not absolute", hint)
    if ".." in parts:
        message = f"the source path '{file}' uses '..' to leave the pack's folder"
        return Problem("", message, "keep source files in the pack's folder, e.g. sources/")
    return None


def _nearby(target: Path) -> str | None:
    try:
        names = [p.name for p in target.parent.iterdir()]
    except OSError:
        return None
    close = difflib.get_close_matches(target.name, names, n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None


def _read_text(target: Path, shown: str) -> str | Problem:
    try:
        if target.stat().st_size > MAX_SOURCE_BYTES:
            return Problem("", f"the source file '{shown}' is larger than 5 MB")
        data = target.read_bytes()
    except OSError as exc:
        return Problem("", f"cannot read the source file '{shown}': {exc.strerror or exc}")
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        message = f"the source file '{shown}' is not UTF-8 text (bad byte at offset {exc.start})"
        return Problem("", message, "save it as UTF-8 plain text")


def check_quotes(pack: Pack, texts: dict[str, str]) -> Iterator[Problem]:
    """Every card's quote is found word for word in its source's text."""
    for card, where in all_cards(pack):
        text = texts.get(card.source)
        if text is None or find_quote(text, card.quote) is not None:
            continue
        passage = closest_passage(text, card.quote)
        hint = f"the closest passage is “{passage}”" if passage else None
        message = f"the quote is not word for word in source '{card.source}'"
        yield Problem(f"{where}/quote", message, hint)
