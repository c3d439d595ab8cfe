"""Evidence cards as the learner sees them: tag, citation, quote and reliability.

The citation names the source the way a debater reads it out: title, author and
outlet, date. Every string is cleaned of control characters here, once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tutor.learning.turns import CardView, Turn, TurnKind
from tutor.packs.models import EvidenceCard, Pack, Source
from tutor.text import clean


def find_source(pack: Pack, source_id: str) -> Source | None:
    """The pack's source with this id, if any."""
    return next((s for s in pack.sources if s.id == source_id), None)


def citation(source: Source | None) -> str:
    """ "Title" — Author, Outlet, date (author left out when unsigned)."""
    if source is None:
        return "unknown source"
    who = ", ".join(part for part in (source.author, source.outlet, source.date) if part)
    return clean(f'"{source.title}" — {who}')


def card_view(pack: Pack, card: EvidenceCard) -> CardView:
    """The card with its citation and the source's reliability note."""
    source = find_source(pack, card.source)
    return CardView(
        tag=clean(card.tag),
        quote=clean(card.quote),
        citation=citation(source),
        reliability=clean(source.reliability) if source else "",
    )


def card_turn(pack: Pack, card: EvidenceCard, item_id: str | None = None) -> Turn:
    """A CARD turn for one evidence card."""
    view = card_view(pack, card)
    return Turn(TurnKind.CARD, view.tag, card=view, item_id=item_id)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) > 3}


def best_card(text: str, cards: Sequence[EvidenceCard]) -> EvidenceCard | None:
    """The card whose tag and quote share most words with ``text`` (the first on a tie)."""
    if not cards:
        return None
    wanted = _words(text)
    return max(cards, key=lambda c: len(wanted & _words(f"{c.tag} {c.quote}")))
