"""Export a pack to Moodle GIFT, the plain-text quiz format Moodle imports.

GIFT carries multiple choice (so also side identification, argument anatomy and
evidence quality), true/false, short answer (known wrong answers become 0% answers
with their feedback), numeric (``#value:tolerance``), matching (three pairs or more,
as Moodle requires) and one short answer per cloze blank. Ordering and free-text
questions have no GIFT form Moodle would grade the way the tutor does; they are skipped
and listed. The explanation becomes the general feedback (``####``).
"""

from __future__ import annotations

from collections.abc import Callable

from tutor.authoring.flat import Flat, Skipped, flatten, show_number
from tutor.packs.models import Pack

SPECIAL = "~=#{}:"
MIN_MATCH_PAIRS = 3
SKIP_REASONS = {
    "ordering": "GIFT has no ordering question (Moodle's ordering type is a plugin "
    "without GIFT syntax)",
    "keypoints": "free_text has no GIFT equivalent graded by key points (a GIFT essay is "
    "not graded at all)",
}


def escape(text: str) -> str:
    """``text`` safe inside GIFT: specials and backslash escaped, newlines as ``\\n``."""
    out = text.replace("\\", "\\\\")
    for char in SPECIAL:
        out = out.replace(char, "\\" + char)
    return out.replace("\r\n", "\n").replace("\n", "\\n")


def export_gift(pack: Pack) -> tuple[str, list[Skipped]]:
    """The GIFT text of ``pack`` and the questions it could not carry."""
    meta = pack.metadata
    header = (
        f"// {_comment(meta.title)} ({meta.id} {meta.version}), licence: "
        f"{_comment(meta.licence)}\n// exported by tutor export-pack\n"
        f"$CATEGORY: $course$/{meta.id}"
    )
    blocks = [header]
    skipped: list[Skipped] = []
    for flat in flatten(pack):
        body = render(flat)
        if isinstance(body, Skipped):
            skipped.append(body)
        else:
            blocks.append(body)
    return "\n\n".join(blocks) + "\n", skipped


def _comment(text: str) -> str:
    return " ".join(text.split())


def render(flat: Flat) -> str | Skipped:
    """One GIFT question, or why ``flat`` cannot be one."""
    if flat.shape in SKIP_REASONS:
        kind = "free_text" if flat.shape == "keypoints" else flat.shape
        return Skipped(flat.id, kind, SKIP_REASONS[flat.shape])
    if flat.shape == "matching" and len(flat.pairs) < MIN_MATCH_PAIRS:
        return Skipped(flat.id, "matching", "Moodle needs at least three matching pairs")
    answers = RENDERERS[flat.shape](flat)
    feedback = f" ####{escape(flat.explanation)}" if flat.explanation else ""
    return f"::{escape(flat.id)}::{escape(flat.prompt)} {{{answers}{feedback}}}"


def _choice(flat: Flat) -> str:
    return " ".join(
        ("=" if i == flat.answer else "~") + escape(option) for i, option in enumerate(flat.options)
    )


def _truefalse(flat: Flat) -> str:
    return "TRUE" if flat.truth else "FALSE"


def _short(flat: Flat) -> str:
    right = [f"={escape(a)}" for a in flat.accept]
    wrong = [f"=%0%{escape(a)}#{escape(fb)}" for a, fb in flat.reject]
    return " ".join(right + wrong)


def _numeric(flat: Flat) -> str:
    return f"#{show_number(flat.value)}:{show_number(flat.tolerance)}"


def _matching(flat: Flat) -> str:
    return " ".join(f"={escape(left)} -> {escape(right)}" for left, right in flat.pairs)


RENDERERS: dict[str, Callable[[Flat], str]] = {
    "choice": _choice,
    "truefalse": _truefalse,
    "short": _short,
    "numeric": _numeric,
    "matching": _matching,
}
