"""``tutor import``: a Moodle GIFT file read back into a draft pack.

Reads what :mod:`tutor.authoring.gift` writes and the common GIFT a teacher writes by
hand: multiple choice, true/false, short answer (0% answers with feedback become known
wrong answers), missing-word questions (as short answers), numeric (``#v:t`` and
``#min..max``) and matching. Essays and partial-credit answers have no pack form; each is
reported as a :class:`~tutor.authoring.flat.Skipped` note. GIFT has no sources, cards,
motions or glossary, so the draft gets one placeholder source note for the author.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import TypeAdapter, ValidationError

from tutor.authoring.flat import Skipped
from tutor.authoring.gift_answers import answer_fields, protect, restore
from tutor.packs.models import Question

_TITLE = re.compile(r"^::(.*?)::")
_FORMAT = re.compile(r"^\s*\[(?:html|moodle|plain|markdown)\]")
_QUESTION: TypeAdapter[Question] = TypeAdapter(Question)
MISSING = "_____"
NO_EXPLANATION = "TODO: explain why the answer is right (the GIFT file gave no feedback)."


@dataclass
class Imported:
    """Questions read from a GIFT file, as pack JSON, and what could not be kept."""

    questions: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def blocks(text: str) -> list[str]:
    """Question texts: blank-line separated, without comments and $CATEGORY lines."""
    out, current = [], []
    for line in protect(text.replace("\r\n", "\n")).split("\n"):
        if line.lstrip().startswith("//") or line.startswith("$CATEGORY"):
            continue
        if line.strip():
            current.append(line.strip())
        elif current:
            out.append(" ".join(current))
            current = []
    return out + ([" ".join(current)] if current else [])


def read_gift(text: str) -> Imported:
    """Every question in a GIFT text, as pack question objects (dicts)."""
    result = Imported()
    for n, block in enumerate(blocks(text), 1):
        parsed = parse_block(block, n)
        if isinstance(parsed, Skipped):
            result.skipped.append(parsed)
        else:
            result.questions.append(parsed)
    return result


def parse_block(block: str, n: int) -> dict[str, Any] | Skipped:
    """One GIFT question as a pack question, or why it cannot be one."""
    title = _TITLE.match(block)
    qid = _slug(restore(title.group(1))) if title else f"q{n}"
    body = _FORMAT.sub("", block[title.end() :] if title else block)
    start, end = body.find("{"), body.rfind("}")
    if start < 0 or end < start:
        return Skipped(qid, "description", "no answer block: a description, not a question")
    before, inside, after = body[:start], body[start + 1 : end], body[end + 1 :]
    prompt = restore(before + (MISSING + after if after.strip() else ""))
    answers, general = _split_feedback(inside)
    base = {"id": qid, "prompt": prompt or qid, "explanation": restore(general) or NO_EXPLANATION}
    fields = answer_fields(answers.strip())
    if isinstance(fields, str):
        return Skipped(qid, "gift", fields)
    return _checked(base | fields)


def _checked(question: dict[str, Any]) -> dict[str, Any] | Skipped:
    """The question if the pack format accepts it, else why not (first problem only)."""
    try:
        _QUESTION.validate_python(question)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"][1:]) or "question"
        return Skipped(question["id"], question["type"], f"{where}: {error['msg']}")
    return question


def _split_feedback(inside: str) -> tuple[str, str]:
    answers, sep, general = inside.partition("####")
    return answers, general if sep else ""


def _slug(text: str) -> str:
    out = re.sub(r"[^a-z0-9._-]+", "-", text.lower()).strip("-._")[:80]
    return out or "q"


NOTE_FILE = "sources/imported-from-gift.txt"
LOST = (
    "sources, evidence cards, glossary, motions and arguments (GIFT has none)",
    "units of numeric answers, tags, difficulty and skill",
    "question types: a side identification, argument anatomy or evidence quality comes "
    "back as multiple choice, a cloze as one short answer per blank",
    "partial-credit answers (only 100% answers are kept, 0% ones become known wrong answers)",
)


def draft_pack(text: str, pack_id: str, title: str) -> tuple[dict[str, Any], Imported, str]:
    """A draft pack of the GIFT questions, and the text of its placeholder source note."""
    imported = read_gift(text)
    _unique_ids(imported.questions)
    note = (
        f"Placeholder source for the pack '{pack_id}', imported from {title}.\n"
        "Replace this file with the article your questions come from, and add evidence "
        "cards that quote it.\n"
    )
    pack = {
        "format": 1,
        "metadata": {
            "id": pack_id,
            "title": f"Imported: {title}",
            "version": "0.1.0",
            "authors": ["TODO: your name"],
            "licence": "TODO: the licence of the questions",
            "description": f"Questions imported from {title} by `tutor import`. Lost on the "
            "way: " + "; ".join(LOST) + ".",
        },
        "sources": [
            {
                "id": "imported-note",
                "title": "Placeholder: the article is missing",
                "author": None,
                "outlet": "TODO",
                "date": "2025",
                "kind": "news",
                "file": NOTE_FILE,
                "url": None,
                "reliability": "TODO: this is a placeholder, not a source.",
            }
        ],
        "questions": imported.questions,
    }
    return pack, imported, note


def _unique_ids(questions: list[dict[str, Any]]) -> None:
    seen: set[str] = set()
    for n, q in enumerate(questions, 1):
        if q["id"] in seen:
            q["id"] = f"{q['id']}-{n}"
        seen.add(q["id"])
