"""``tutor extract``: draft a pack from an article, for the author to edit.

Sentences that carry figures, dates, people or organisations become evidence cards
(quoted verbatim) inside drafted numeric and short-answer questions; "Full Name
(ACRONYM)" patterns become glossary entries. Everything the author must still write is
marked DRAFT or TODO. The draft passes the model and every quote is in the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tutor.authoring.acronyms import Acronym, find_acronyms
from tutor.authoring.drafts import accepted_answers, draft_question
from tutor.authoring.features import DATE, find_features, place_words
from tutor.authoring.quoting import quote_found
from tutor.authoring.sentences import Sentence, split
from tutor.grading import normalize
from tutor.packs.models import Pack

MAX_QUOTE_WORDS = 60
MIN_QUOTE_WORDS = 6
_ENDS = (".", "!", "?", "”", '"', "’", "'", ")")
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


@dataclass
class Draft:
    """The drafted pack and what went into it."""

    data: dict[str, Any]
    sentences: int = 0
    candidates: int = 0


def slug(text: str) -> str:
    """An id from free text: "Sejong Focus (2025)" -> "sejong-focus-2025"."""
    out = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80].strip("-")
    return out or "draft"


def draft_pack(article: str, source_file: str, pack_id: str, *, limit: int = 30) -> Draft:
    """A draft pack for ``article``, whose text will live at ``source_file`` (relative)."""
    source_id = slug(Path(source_file).stem)[:40].strip("-")
    acronyms = find_acronyms(article)
    aliases = _aliases(acronyms)
    sentences = split(article)
    candidates = [s for s in sentences if _quotable(s)]
    questions = _questions(candidates, source_id, aliases, limit, place_words(article))
    data = {
        "format": 1,
        "metadata": _metadata(pack_id, article),
        "sources": [_source(source_id, source_file, article)],
        "glossary": [_entry(a, source_id, article) for a in acronyms],
        "questions": questions,
    }
    _check(data, article)
    return Draft(data, len(sentences), len(candidates))


def _quotable(s: Sentence) -> bool:
    n = len(s.text.split())
    return MIN_QUOTE_WORDS <= n <= MAX_QUOTE_WORDS and s.text.endswith(_ENDS)


def _aliases(acronyms: list[Acronym]) -> dict[str, str]:
    pairs = {a.expansion: a.short for a in acronyms}
    return pairs | {a.short: a.expansion for a in acronyms}


def _questions(
    sentences: list[Sentence],
    source_id: str,
    aliases: dict[str, str],
    limit: int,
    places: frozenset[str],
) -> list[dict[str, Any]]:
    """One question per sentence, each asking for a fact no earlier question asked."""
    asked: set[str] = set()
    out: list[dict[str, Any]] = []
    for s in sentences:
        for feature in find_features(s.text, places):
            keys = {normalize(a) for a in accepted_answers(feature, aliases)}
            if keys & asked or not all(keys):
                continue
            qid = f"q-{len(out) + 1:02d}-{feature.kind}"
            drafted = draft_question(qid, s.text, feature, source_id, aliases)
            if drafted is None:
                continue
            asked |= keys
            out.append(drafted)
            break
    return _without_giveaways(out)[:limit]


def _without_giveaways(questions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a later question whose prompt contains an earlier one's answer, or vice versa."""
    from tutor.authoring.giveaways import gives_away

    kept: list[dict[str, Any]] = []
    for q in questions:
        if not any(gives_away(a, q) or gives_away(q, a) for a in kept):
            kept.append(q)
    return kept


def _metadata(pack_id: str, article: str) -> dict[str, Any]:
    return {
        "id": pack_id,
        "title": f"DRAFT: {guess_title(article)}",
        "version": "0.1.0",
        "authors": ["TODO: your name"],
        "licence": "TODO: the licence of your pack's own text, e.g. CC BY 4.0",
        "description": "Drafted by `tutor extract`: check every question, rewrite each DRAFT "
        "tag line and explanation, add motions with arguments, then run `tutor validate` "
        "and `tutor lint`.",
    }


def guess_title(article: str) -> str:
    """The first line of four or more words near the top, else the first line."""
    lines = [line.strip() for line in article.splitlines() if line.strip()][:6]
    long = [line for line in lines if len(line.split()) >= 4]
    return (long or lines or ["Untitled article"])[0][:200]


def guess_date(article: str) -> str:
    """The first date near the top as YYYY, YYYY-MM or YYYY-MM-DD (this year if none)."""
    m = next((m for m in DATE.finditer(article[:2000]) if re.search(r"\d{4}", m.group())), None)
    if m is None:
        from datetime import date

        return str(date.today().year)
    return iso_date(m.group())


def iso_date(text: str) -> str:
    """ "October 31, 2025" -> "2025-10-31"; "2025-10-31" stays; "2022" stays."""
    year = re.search(r"\d{4}", text)
    assert year is not None
    month = next((i for i, m in enumerate(_MONTHS, 1) if m in text.lower()), None)
    day = re.search(r"\b(\d{1,2})\b", text.replace(year.group(), ""))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) or month is None:
        return text if "-" in text else year.group()
    return f"{year.group()}-{month:02d}" + (f"-{int(day.group(1)):02d}" if day else "")


def _source(source_id: str, source_file: str, article: str) -> dict[str, Any]:
    return {
        "id": source_id,
        "title": guess_title(article),
        "author": None,
        "outlet": "TODO: where it was published",
        "date": guess_date(article),
        "kind": "news",
        "file": source_file,
        "url": None,
        "reliability": "TODO: how far to trust this source and why, for learners.",
    }


def _entry(a: Acronym, source_id: str, article: str) -> dict[str, Any]:
    first = next((s.text for s in split(article) if s.start <= a.offset < s.end), a.expansion)
    return {
        "id": slug(a.short),
        "term": a.short,
        "aliases": [a.expansion],
        "definition": f"DRAFT: define from the source. First use: “{first}”",
        "source": source_id,
    }


def _check(data: dict[str, Any], article: str) -> None:
    """The draft must pass the model and every quote must be in the article."""
    Pack.model_validate(data)
    for q in data["questions"]:
        for card in q["evidence"]:
            if not quote_found(article, card["quote"]):
                raise ValueError(f"drafted quote not found in the article: {card['quote']!r}")
