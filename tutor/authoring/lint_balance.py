"""Is each side of each motion argued from a spread of sources, and is every argument answered?

A side whose cards nearly all come from one article argues that article, not the
motion; a side with no answer to one of the other side's arguments leaves the learner
nothing to rebut it with. These rules count, per motion and side, the cards, the
sources they quote and the share of the most-quoted source, and list the arguments
that no opposing argument answers. :func:`side_tallies` also feeds ``tutor lint --stats``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from tutor.packs.diagnostics import Problem
from tutor.packs.models import Pack
from tutor.packs.positions import pointer

MIN_SOURCES = 3
"""A side should draw on at least this many sources ..."""
MAX_SOURCE_SHARE = 0.8
"""... and take no more than this share of its cards from any one of them."""
SIDES = ("aff", "neg")


@dataclass(frozen=True)
class SideTally:
    """One side of one motion: its arguments and the sources of its cards."""

    motion: int
    side: str
    label: str
    arguments: int
    sources: Counter[str]

    @property
    def cards(self) -> int:
        return sum(self.sources.values())

    @property
    def top(self) -> tuple[str, float]:
        """The most-quoted source and its share of the side's cards."""
        if not self.sources:
            return ("", 0.0)
        source, count = self.sources.most_common(1)[0]
        return source, count / self.cards


def side_tallies(pack: Pack) -> list[SideTally]:
    """A tally for each side of each motion, in pack order."""
    tallies = []
    for m, motion in enumerate(pack.motions):
        for side in SIDES:
            args = [a for a in motion.arguments if a.side == side]
            sources = Counter(card.source for a in args for card in a.evidence)
            label = motion.aff.label if side == "aff" else motion.neg.label
            tallies.append(SideTally(m, side, label, len(args), sources))
    return tallies


def source_spread(pack: Pack) -> Iterator[Problem]:
    """Each side quotes 3 sources (or all, if fewer) and none for more than 80 % of its cards."""
    tallies = side_tallies(pack)
    quoted = len({source for t in tallies for source in t.sources})
    wanted = min(MIN_SOURCES, quoted)  # arguments built from one article cannot do better
    for tally in tallies:
        where = pointer("motions", tally.motion, "arguments")
        if tally.cards and len(tally.sources) < wanted:
            yield _warn(
                where,
                f"the {tally.label} side quotes only {len(tally.sources)} source(s)",
                f"argue it from at least {wanted} sources",
            )
        source, share = tally.top
        if quoted > 1 and share > MAX_SOURCE_SHARE:
            yield _warn(
                where,
                f"{share:.0%} of the {tally.label} side's {tally.cards} cards quote '{source}'",
                f"keep any one source to {MAX_SOURCE_SHARE:.0%} or less: add cards from others",
            )


def unanswered(pack: Pack) -> Iterator[Problem]:
    """Every argument is answered by at least one argument of the other side."""
    for m, motion in enumerate(pack.motions):
        side_of = {a.id: a.side for a in motion.arguments}
        answered = {
            target
            for a in motion.arguments
            for target in a.answers
            if side_of.get(target) not in (None, a.side)
        }
        for a, argument in enumerate(motion.arguments):
            if argument.id not in answered:
                yield _warn(
                    pointer("motions", m, "arguments", a),
                    f"no argument of the other side answers '{argument.id}'",
                    "list it in the 'answers' of the opposing argument that rebuts it",
                )


def _warn(where: str, message: str, hint: str) -> Problem:
    return Problem(where, message, hint, severity="warning")
