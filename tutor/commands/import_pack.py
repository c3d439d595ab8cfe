"""``tutor import FILE.gift``: a Moodle GIFT file as a draft pack, saying what was lost."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tutor.authoring.gift_import import Imported


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE.gift", help="the GIFT file to read")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT.json",
        help="where to write the draft (default: PACK_ID.json here)",
    )
    parser.add_argument("--pack-id", metavar="ID", help="id of the draft pack")
    parser.add_argument("--force", action="store_true", help="overwrite an existing OUT.json")


def run(args: argparse.Namespace) -> int:
    from tutor.authoring.extract import slug
    from tutor.authoring.gift_import import draft_pack

    try:
        text = args.file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return _fail(f"cannot read {args.file}: {exc}")
    pack_id = args.pack_id or slug(args.file.stem)
    out: Path = args.output or Path(f"{pack_id}.json")
    if out.exists() and not args.force:
        return _fail(f"{out} exists; use --force to overwrite")
    pack, imported, note = draft_pack(text, pack_id, args.file.name)
    if not imported.questions:
        return _fail(f"no questions found in {args.file}")
    problem = _invalid(pack)
    if problem:
        return _fail(problem)
    _write(out, pack, note)
    _summary(out, imported)
    return 0


def _fail(message: str) -> int:
    print(f"tutor import: {message}", file=sys.stderr)
    return 2


def _invalid(pack: dict[str, Any]) -> str | None:
    """Why the draft is not a valid pack (a bad --pack-id, say), or None."""
    from pydantic import ValidationError

    from tutor.packs.models import Pack

    try:
        Pack.model_validate(pack)
    except ValidationError as exc:
        error = exc.errors()[0]
        return f"{'.'.join(map(str, error['loc']))}: {error['msg']}"
    return None


def _write(out: Path, pack: dict[str, Any], note: str) -> None:
    from tutor.authoring.gift_import import NOTE_FILE
    from tutor.authoring.scaffold import schema_reference

    note_path = out.parent / NOTE_FILE
    note_path.parent.mkdir(parents=True, exist_ok=True)
    if not note_path.exists():
        note_path.write_text(note, encoding="utf-8")
    data = {"$schema": schema_reference(out), **pack}
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _summary(out: Path, imported: Imported) -> None:
    from tutor.authoring.gift_import import LOST

    print(f"wrote {out}: {len(imported.questions)} questions")
    for item in imported.skipped:
        print(f"skipped {item.id}: {item.reason}")
    print("lost on the way: " + "; ".join(LOST))
