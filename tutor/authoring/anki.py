"""Export a pack as an Anki-importable text file of basic (front/back) cards.

Anki reads tab-separated text whose ``#`` header lines say how: ``#separator:tab``,
``#html:false`` (fields are plain text, so pack strings cannot inject HTML) and
``#tags column:3``. A flash card is graded by the learner, so every question type can
be carried: choices go on the front with letters, the back holds the answer and the
explanation. Fields with newlines or quotes are quoted as Anki's CSV reader expects.
"""

from __future__ import annotations

from tutor.authoring.flat import Flat, Skipped, flatten, show_number
from tutor.packs.models import Pack
from tutor.text import clean

HEADER = "#separator:tab\n#html:false\n#tags column:3\n"
LETTERS = "ABCDEFGH"


def field(text: str) -> str:
    """One field: tabs become spaces; quoted if it has a newline or a double quote."""
    text = clean(text).replace("\t", " ")
    if "\n" in text or '"' in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def export_anki(pack: Pack) -> tuple[str, list[Skipped]]:
    """The Anki text of ``pack``; nothing is skipped, the list is for symmetry with GIFT."""
    rows = [_row(pack.metadata.id, flat) for flat in flatten(pack)]
    return HEADER + "".join(rows), []


def _row(pack_id: str, flat: Flat) -> str:
    front, back = card(flat)
    if flat.explanation:
        back = f"{back}\n\n{flat.explanation}"
    tags = " ".join(dict.fromkeys([pack_id, *flat.tags, flat.shape]))
    return f"{field(front)}\t{field(back)}\t{field(tags)}\n"


def card(flat: Flat) -> tuple[str, str]:
    """(front, back) of the card for one question."""
    if flat.shape == "choice":
        options = "\n".join(f"{LETTERS[i]}. {o}" for i, o in enumerate(flat.options))
        return f"{flat.prompt}\n\n{options}", f"{LETTERS[flat.answer]}. {flat.options[flat.answer]}"
    if flat.shape == "truefalse":
        return f"True or false? {flat.prompt}", "True" if flat.truth else "False"
    if flat.shape == "numeric":
        tol = f" (± {show_number(flat.tolerance)})" if flat.tolerance else ""
        unit = f" {flat.unit}" if flat.unit else ""
        return flat.prompt, f"{show_number(flat.value)}{unit}{tol}"
    if flat.shape == "matching":
        lefts = "\n".join(f"- {left}" for left, _ in flat.pairs)
        return f"{flat.prompt}\n\n{lefts}", "\n".join(f"{lf} → {rt}" for lf, rt in flat.pairs)
    if flat.shape == "ordering":
        return f"{flat.prompt}\n\n" + "\n".join(f"- {i}" for i in sorted(flat.items)), "\n".join(
            f"{n}. {item}" for n, item in enumerate(flat.items, 1)
        )
    if flat.shape == "keypoints":
        points = "\n".join(f"- {p}" for p in flat.points)
        return flat.prompt, f"{flat.model_answer}\n\nKey points:\n{points}"
    return flat.prompt, " / ".join(flat.accept)
