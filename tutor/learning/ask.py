"""Ask the tutor: a free question answered from the packs, with a citation.

Every glossary entry (term, aliases, definition) and every evidence card (tag and
quote) becomes a document. The question, lower-cased and stripped of question words,
is scored against each with rapidfuzz's ``token_set_ratio``, which rewards documents
that contain the question's words (``WRatio`` picks word salad on long texts). A
glossary entry whose term or alias is in the question wins a tie. Below
:data:`THRESHOLD` the tutor says it does not know that from this pack.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from tutor.learning.cards import card_view, citation, find_source
from tutor.learning.items import PackLike, as_pack
from tutor.learning.turns import CardView, Turn, TurnKind
from tutor.packs import models as m
from tutor.text import clean

THRESHOLD = 75.0
NOT_KNOWN = "I don't know that from this pack."
_STOP_WORDS = (
    "who whom whose what which when where why how is are was were be been the a an of to in "
    "on at do does did called call calls say said says mean means meant tell me about for by "
    "and it its this that these those there please explain define definition stand stands "
    "many much have has had"
)
_STOP = frozenset(_STOP_WORDS.split())
_DOTTED = re.compile(r"\b(\w)\.(?=\w\.)")  # U.S. -> US.


def _prep(text: str) -> str:
    return str(default_process(_DOTTED.sub(r"\1", text)))


@dataclass(frozen=True)
class Match:
    """The best document for a question, and how well it matched (0-100)."""

    score: float
    kind: str  # "glossary" | "card"
    card: CardView
    pack_id: str


@dataclass(frozen=True)
class _Doc:
    text: str
    names: tuple[str, ...]  # glossary term and aliases, processed
    kind: str
    pack: m.Pack
    entry: m.GlossaryEntry | m.EvidenceCard


def _query(question: str) -> str:
    words = _prep(question).split()
    kept = [w for w in words if w not in _STOP]
    return " ".join(kept or words)


class AskIndex:
    """The packs' glossaries and cards, ready to answer questions."""

    def __init__(self, packs: Iterable[PackLike]) -> None:
        self._docs: list[_Doc] = []
        for pack in map(as_pack, packs):
            for entry in pack.glossary:
                names = tuple(_prep(n) for n in (entry.term, *entry.aliases))
                text = " ".join((entry.term, *entry.aliases, entry.definition))
                self._docs.append(_Doc(_prep(text), names, "glossary", pack, entry))
            for card in _cards(pack):
                text = _prep(f"{card.tag} {card.quote}")
                self._docs.append(_Doc(text, (), "card", pack, card))

    def best(self, question: str, kind: str | None = None) -> Match | None:
        """The best-matching document (of ``kind`` if given), or None below the threshold."""
        query = _query(question)
        if not query:
            return None
        best: tuple[float, float, _Doc] | None = None
        for doc in self._docs:
            if kind is not None and doc.kind != kind:
                continue
            score = fuzz.token_set_ratio(query, doc.text, processor=None)
            named = any(re.search(rf"\b{re.escape(n)}\b", query) for n in doc.names if n)
            rank = (score + (10.0 if named else 0.0), fuzz.ratio(query, doc.text[:80]))
            if best is None or rank > best[:2]:
                best = (*rank, doc)
        if best is None or best[0] < THRESHOLD:
            return None
        doc = best[2]
        return Match(min(best[0], 100.0), doc.kind, _view(doc), doc.pack.metadata.id)

    def answer(self, question: str) -> list[Turn]:
        """A SAY turn and a CARD turn with its citation, or a SAY that it is not known."""
        match = self.best(question)
        if match is None:
            return [Turn(TurnKind.SAY, NOT_KNOWN)]
        if match.kind != "glossary":
            say = f"The best match is this card: {match.card.tag}"
            return [Turn(TurnKind.SAY, say), Turn(TurnKind.CARD, match.card.tag, card=match.card)]
        # A definition is the pack's own wording, not a quote: say it, never show it as a card.
        say = (
            f"From the glossary: {match.card.tag} — {match.card.quote}\n"
            f"(Defined from: {match.card.citation}.)"
        )
        turns = [Turn(TurnKind.SAY, say)]
        support = self.best(f"{question} {match.card.tag}", kind="card")
        if support is not None:
            turns.append(Turn(TurnKind.SAY, "In the sources' own words:"))
            turns.append(Turn(TurnKind.CARD, support.card.tag, card=support.card))
        return turns


def _cards(pack: m.Pack) -> Iterable[m.EvidenceCard]:
    seen: set[tuple[str, str]] = set()
    for motion in pack.motions:
        for argument in motion.arguments:
            yield from _unique(argument.evidence, seen)
    for question in pack.questions:
        yield from _unique(question.evidence, seen)


def _unique(
    cards: Iterable[m.EvidenceCard], seen: set[tuple[str, str]]
) -> Iterable[m.EvidenceCard]:
    for card in cards:
        if (card.source, card.quote) not in seen:
            seen.add((card.source, card.quote))
            yield card


def _view(doc: _Doc) -> CardView:
    entry = doc.entry
    if isinstance(entry, m.EvidenceCard):
        return card_view(doc.pack, entry)
    source = find_source(doc.pack, entry.source) if entry.source else None
    return CardView(
        tag=clean(entry.term),
        quote=clean(entry.definition),
        citation=citation(source) if source else "background (glossary)",
        reliability=clean(source.reliability) if source else "",
    )


def answer_question(packs: Iterable[PackLike], question: str) -> list[Turn]:
    """Answer one question from ``packs`` (builds an index; keep an AskIndex for many)."""
    return AskIndex(packs).answer(question)
