"""``tutor lint``: teaching-quality warnings for packs that are already valid.

``tutor validate`` says whether a pack can be loaded; lint says whether it teaches
well. A file is first read and checked exactly as validate does (the same
:func:`~tutor.packs.library.examine`), so a pack validate rejects is reported as
invalid, with validate's errors, and never linted. It runs every rule in
:mod:`tutor.authoring.lint_rules` and :mod:`tutor.authoring.variants`, and the key
points' self-tests (:mod:`tutor.authoring.lint_selftests`), and places each warning in
the file by its JSON pointer, in the same :class:`~tutor.packs.diagnostics.Diagnostic`
form validate uses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tutor.authoring import lint_balance, lint_options
from tutor.authoring import lint_rules as rules
from tutor.authoring.lint_selftests import selftests
from tutor.authoring.variants import missing_variants
from tutor.packs.diagnostics import Diagnostic, Problem, at_start, locate
from tutor.packs.library import PackFailure, examine
from tutor.packs.models import Pack

Rule = Callable[[Pack], Iterable[Problem]]
RULES: tuple[Rule, ...] = (
    rules.balance,
    lint_balance.source_spread,
    lint_balance.unanswered,
    rules.unlinked_arguments,
    rules.explained,
    missing_variants,
    rules.giveaways,
    lint_options.standout_keys,
    lint_options.longest_share,
    rules.uncited_sources,
    rules.long_quotes,
    rules.placeholders,
    selftests,
)


@dataclass
class LintReport:
    """Warnings per file; validate's errors for invalid packs; files that could not be read."""

    warnings: list[Diagnostic] = field(default_factory=list)
    invalid: list[PackFailure] = field(default_factory=list)
    unreadable: list[tuple[Path, str]] = field(default_factory=list)


def lint_pack(pack: Pack) -> list[Problem]:
    """Every warning for ``pack``, in rule order, less those a question waives."""
    return [p for rule in RULES for p in rule(pack) if not waived(pack, p)]


def waived(pack: Pack, problem: Problem) -> bool:
    """The problem sits in a question whose ``lint_waivers`` name it."""
    parts = problem.pointer.split("/")
    if len(parts) < 3 or parts[1] != "questions" or not parts[2].isdigit():
        return False
    index = int(parts[2])
    if index >= len(pack.questions):
        return False
    return any(w.warning in problem.message for w in pack.questions[index].lint_waivers)


def lint_file(path: Path, report: LintReport) -> None:
    """Lint one pack file into ``report`` (an invalid pack is listed, not linted)."""
    result = examine(path)
    if isinstance(result, PackFailure):
        if result.unreadable:
            report.unreadable.append((path, result.diagnostics[0].message))
        else:
            report.invalid.append(result)
        return
    try:
        text = path.read_bytes().decode("utf-8-sig")
        report.warnings += locate(path, text, lint_pack(result.pack))
    except Exception as exc:  # a bug in a rule must not hide the other files' warnings
        message = f"lint could not check this pack ({type(exc).__name__}: {exc})"
        failure = PackFailure(path, [at_start(path, message, "please report this as a bug")])
        report.invalid.append(failure)


def lint_files(files: Iterable[Path]) -> LintReport:
    """Lint each pack file (found by :func:`tutor.packs.discovery.discover`)."""
    report = LintReport()
    for path in files:
        lint_file(path, report)
    return report


def lint_paths(paths: Iterable[Path]) -> LintReport:
    """Lint the packs :func:`tutor.packs.discovery.discover` finds under ``paths``."""
    from tutor.packs.discovery import discover

    return lint_files(discover(paths).files)
