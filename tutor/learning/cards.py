"""Evidence cards as the learner sees them: tag, citation, quote and reliability.

The citation names the source the way a debater reads it out: title, author and
outlet, date. Every string is cleaned of control characters here, once.
"""

from __future__ import annotations

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
