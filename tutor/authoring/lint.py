"""``tutor lint``: teaching-quality warnings for packs that are already valid.

``tutor validate`` says whether a pack can be loaded; lint says whether it teaches
well. It runs every rule in :mod:`tutor.authoring.lint_rules` and
:mod:`tutor.authoring.variants` and places each warning in the file by its JSON
pointer, in the same :class:`~tutor.packs.diagnostics.Diagnostic` form validate uses.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from tutor.authoring import lint_rules as rules
from tutor.authoring.variants import missing_variants
from tutor.packs.diagnostics import Diagnostic, Problem, locate
from tutor.packs.models import Pack

Rule = Callable[[Pack], Iterable[Problem]]
RULES: tuple[Rule, ...] = (
    rules.balance,
    rules.unlinked_arguments,
    rules.explained,
    missing_variants,
    rules.giveaways,
    rules.uncited_sources,
    rules.long_quotes,
    rules.placeholders,
)


@dataclass
class LintReport:
    """Warnings per file, and the files that could not be linted (not valid packs)."""

    warnings: list[Diagnostic] = field(default_factory=list)
    unreadable: list[tuple[Path, str]] = field(default_factory=list)


def lint_pack(pack: Pack) -> list[Problem]:
    """Every warning for ``pack``, in rule order."""
    return [problem for rule in RULES for problem in rule(pack)]


def lint_file(path: Path, report: LintReport) -> None:
    """Lint one pack file into ``report``."""
    try:
        text = path.read_text(encoding="utf-8")
        pack = Pack.model_validate(json.loads(text))
    except (OSError, UnicodeDecodeError, ValueError, ValidationError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        report.unreadable.append((path, f"not a valid pack ({first}); run `tutor validate`"))
        return
    report.warnings += locate(path, text, lint_pack(pack))


def lint_files(files: Iterable[Path]) -> LintReport:
    """Lint each pack file (found by :func:`tutor.packs.discovery.discover`)."""
    report = LintReport()
    for path in files:
        lint_file(path, report)
    return report
