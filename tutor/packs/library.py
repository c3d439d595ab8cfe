"""The pack library: every pack the tutor can use, and every one it could not.

Packs come from three places: the built-in folder, the user's pack folder and paths
given on the command line, all found by :func:`tutor.packs.discovery.discover`. Each
file is read, checked against the format and then by the whole-pack checks; only
errors (not warnings) keep a pack out. One broken pack never stops the others: it is
listed as a :class:`PackFailure` with its diagnostics, for the app and for
``tutor validate`` to show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tutor.packs.diagnostics import Diagnostic, Problem, at_start, locate
from tutor.packs.discovery import Discovery, discover, installed_folders
from tutor.packs.document import MAX_PACK_BYTES, Document, read_document
from tutor.packs.models import Pack
from tutor.packs.resources import builtin_pack_dir, user_pack_dir

__all__ = [
    "LoadedPack",
    "PackFailure",
    "PackLibrary",
    "builtin_pack_dir",
    "check_pack",
    "load_library",
    "load_pack",
    "user_pack_dir",
]

Progress = Callable[[int, int], None]


@dataclass
class LoadedPack:
    """A pack that passed every check, with where it came from."""

    pack: Pack
    path: Path
    root: Path
    warnings: list[Diagnostic] = field(default_factory=list)
    _texts: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def source_text(self, source_id: str) -> str:
        """The text of a source (read once, as UTF-8). KeyError for an unknown id."""
        if source_id not in self._texts:
            from tutor.packs.source_checks import read_source

            source = next((s for s in self.pack.sources if s.id == source_id), None)
            if source is None:
                raise KeyError(source_id)
            outcome = read_source(self.root, source)
            if isinstance(outcome, Problem):
                raise OSError(outcome.message)
            self._texts[source_id] = outcome
        return self._texts[source_id]


@dataclass(frozen=True)
class PackFailure:
    """A pack file that could not be loaded, and why."""

    path: Path
    diagnostics: list[Diagnostic]
    unreadable: bool = False
    """True when the file could not be read at all (an I/O error, not a content one)."""


@dataclass
class PackLibrary:
    """The packs that loaded and the files that failed, in the order they were read."""

    packs: list[LoadedPack]
    failures: list[PackFailure]

    def get(self, pack_id: str) -> LoadedPack | None:
        return next((p for p in self.packs if p.pack.metadata.id == pack_id), None)


def examine(path: Path, max_bytes: int = MAX_PACK_BYTES) -> LoadedPack | PackFailure:
    """Read and check one pack file; the result carries every diagnostic."""
    try:
        document = read_document(path, max_bytes)
    except OSError as exc:
        return PackFailure(path, [at_start(path, _io_message(exc))], unreadable=True)
    if not isinstance(document, Document):
        return PackFailure(path, document)
    return _check_document(document)


def _check_document(document: Document) -> LoadedPack | PackFailure:
    from tutor.packs.checks import check_all
    from tutor.packs.schema_check import validate_document
    from tutor.packs.text_checks import check_text

    pack, problems = validate_document(document.data)
    problems += check_text(document.data)
    texts: dict[str, str] = {}
    root = document.path.parent
    if pack is not None:
        problems += check_all(pack, root, texts)
    diagnostics = locate(document.path, document.text, [*document.problems, *problems])
    if pack is None or any(d.is_error for d in diagnostics):
        return PackFailure(document.path, diagnostics)
    return LoadedPack(pack, document.path, root, diagnostics, texts)


def _io_message(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    return f"cannot read the file: {exc.strerror or exc}"


def load_pack(path: Path | str) -> LoadedPack | PackFailure:
    """One pack, loaded and checked."""
    return examine(Path(path))


def check_pack(path: Path | str) -> list[Diagnostic]:
    """Every error and warning in one pack file (empty when it is perfect)."""
    result = examine(Path(path))
    return result.warnings if isinstance(result, LoadedPack) else result.diagnostics


def load_library(
    paths: Sequence[Path | str] = (),
    *,
    builtin: bool = True,
    user: bool = True,
    on_progress: Progress | None = None,
) -> PackLibrary:
    """Load every pack from the chosen places; broken ones are listed, not raised."""
    found = discover(paths)
    files = _unique([*discover(installed_folders(builtin=builtin, user=user)).files, *found.files])
    library = PackLibrary([], [])
    _add_not_found(library, found)
    for done, file in enumerate(files, start=1):
        _add(library, _examine_safely(file))
        if on_progress is not None:
            on_progress(done, len(files))
    return library


def _unique(files: list[Path]) -> list[Path]:
    """Each file once (the user's folder may also be named on the command line)."""
    first: dict[Path, Path] = {}
    for file in files:
        first.setdefault(file.resolve(), file)
    return list(first.values())


def _add_not_found(library: PackLibrary, found: Discovery) -> None:
    """A path that gave no pack is a failure the app and the commands can show."""
    for path, message in zip([*found.missing, *found.empty], found.problems(), strict=True):
        library.failures.append(PackFailure(path, [at_start(path, message)], unreadable=True))


def _examine_safely(path: Path) -> LoadedPack | PackFailure:
    """A bug in a check must not take the app down with it: the pack fails instead."""
    try:
        return examine(path)
    except Exception as exc:
        message = f"the pack could not be checked ({type(exc).__name__}: {exc})"
        return PackFailure(path, [at_start(path, message, "please report this as a bug")])


def _add(library: PackLibrary, result: LoadedPack | PackFailure) -> None:
    if isinstance(result, PackFailure):
        library.failures.append(result)
        return
    earlier = library.get(result.pack.metadata.id)
    if earlier is None:
        library.packs.append(result)
        return
    library.failures.append(duplicate_failure(result, earlier.path))


def duplicate_failure(result: LoadedPack, earlier: Path) -> PackFailure:
    """A pack whose id an earlier pack already has."""
    pack_id = result.pack.metadata.id
    problem = Problem(
        "/metadata/id",
        f"pack id '{pack_id}' is already used by {earlier}",
        "give each pack its own id",
    )
    text = result.path.read_text(encoding="utf-8-sig")
    return PackFailure(result.path, locate(result.path, text, [problem]))
