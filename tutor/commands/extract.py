"""``tutor extract ARTICLE.txt``: draft a pack (cards, questions, glossary) from an article."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("article", type=Path, metavar="ARTICLE.txt", help="the article's text")
    parser.add_argument(
        "--pack-id", metavar="ID", help="id of the draft pack (default: from the file name)"
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT.json",
        help="where to write the draft (default: PACK_ID.json here)",
    )
    parser.add_argument("--max", type=int, default=30, metavar="N", help="at most N questions")
    parser.add_argument("--force", action="store_true", help="overwrite an existing OUT.json")


def run(args: argparse.Namespace) -> int:
    from tutor.authoring.extract import draft_pack, slug

    try:
        article = args.article.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return _fail(f"cannot read {args.article}: {exc}")
    pack_id = args.pack_id or slug(args.article.stem)
    out: Path = args.output or Path(f"{pack_id}.json")
    source_rel = f"sources/{args.article.name}"
    refusal = _refusal(args.article, out, out.parent / source_rel, args.force)
    if refusal:
        return _fail(refusal)
    try:
        draft = draft_pack(article, source_rel, pack_id, limit=args.max)
    except ValueError as exc:
        return _fail(str(exc))
    _copy_source(args.article, out.parent / source_rel)
    _write(out, draft.data)
    _summary(out, draft.sentences, draft.candidates, draft.data)
    return 0


def _fail(message: str) -> int:
    print(f"tutor extract: {message}", file=sys.stderr)
    return 2


def _refusal(article: Path, out: Path, target: Path, force: bool) -> str | None:
    """Why writing would destroy the author's work, unless --force."""
    if force:
        return None
    if out.exists():
        return f"{out} exists; use --force to overwrite"
    if _differs(article, target):
        return f"{target} exists with other text; use --force to overwrite"
    return None


def _write(out: Path, draft: dict[str, object]) -> None:
    from tutor.authoring.scaffold import schema_reference

    data = {"$schema": schema_reference(out), **draft}
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _differs(article: Path, target: Path) -> bool:
    return target.exists() and target.read_bytes() != article.read_bytes()


def _copy_source(article: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if not (target.exists() and target.resolve() == article.resolve()):
        shutil.copyfile(article, target)


def _summary(out: Path, sentences: int, candidates: int, data: dict[str, object]) -> None:
    questions = data["questions"]
    glossary = data["glossary"]
    assert isinstance(questions, list) and isinstance(glossary, list)
    print(
        f"wrote {out}: {len(questions)} draft questions with evidence cards, "
        f"{len(glossary)} glossary terms ({candidates} of {sentences} sentences quotable)"
    )
    print(
        "next: rewrite every DRAFT/TODO string, add motions, then `tutor validate` and `tutor lint`"
    )
