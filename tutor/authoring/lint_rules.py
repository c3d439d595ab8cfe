"""The teaching-quality rules behind ``tutor lint``: each yields warnings, never errors.

A pack can be valid and still teach badly: one side of a motion argued twice as well
as the other, an accepted-answer list that marks a right answer wrong, a question
whose answer is printed in the next one's prompt. Each rule takes the parsed pack
and yields :class:`~tutor.packs.diagnostics.Problem` objects located by JSON pointer.
"""

from __future__ import annotations

from collections.abc import Iterator

from tutor.authoring.giveaways import giveaway_pairs
from tutor.packs.checks import all_cards
from tutor.packs.diagnostics import Problem
from tutor.packs.models import Motion, Pack
from tutor.packs.positions import pointer

MAX_QUOTE_WORDS = 60
CARD_RATIO = 2.0
"""One side may have at most this many times the other side's evidence cards."""
MIN_EXPLANATION_WORDS = 4
PLACEHOLDERS = ("DRAFT", "TODO")


def warn(where: str, message: str, hint: str | None = None) -> Problem:
    return Problem(where, message, hint, severity="warning")


def balance(pack: Pack) -> Iterator[Problem]:
    """Each motion's sides have about as many arguments and cards as each other."""
    for m, motion in enumerate(pack.motions):
        where = pointer("motions", m, "arguments")
        args = {side: [a for a in motion.arguments if a.side == side] for side in ("aff", "neg")}
        if abs(len(args["aff"]) - len(args["neg"])) > 1:
            counts = f"{len(args['aff'])} affirmative, {len(args['neg'])} negative"
            yield warn(
                where,
                f"unbalanced motion: {counts} arguments",
                "give the weaker side another argument",
            )
        yield from _card_balance(motion, where)


def _card_balance(motion: Motion, where: str) -> Iterator[Problem]:
    cards = {
        side: sum(len(a.evidence) for a in motion.arguments if a.side == side)
        for side in ("aff", "neg")
    }
    low, high = sorted(cards.values())
    if high > CARD_RATIO * max(low, 1) and high - low > 1:
        yield warn(
            where,
            f"unbalanced evidence: {cards['aff']} affirmative cards, {cards['neg']} negative",
            "find evidence for the thinner side",
        )


def explained(pack: Pack) -> Iterator[Problem]:
    """Every question says why its answer is right and cites a card behind it."""
    for q, question in enumerate(pack.questions):
        where = pointer("questions", q)
        if len(question.explanation.split()) < MIN_EXPLANATION_WORDS:
            yield warn(
                f"{where}/explanation",
                "the explanation is too short to teach anything",
                "say why the answer is right, in a sentence",
            )
        if not question.evidence:
            yield warn(
                where,
                "the question has no evidence card behind its answer",
                "add a card quoting the source the answer comes from",
            )


def giveaways(pack: Pack) -> Iterator[Problem]:
    """No question shows (in its prompt, text or options) another question's answer."""
    dumped = [q.model_dump() for q in pack.questions]
    for q, other, shown in giveaway_pairs(dumped):
        yield warn(
            pointer("questions", q),
            f"the question shows '{shown}', the answer to question '{dumped[other]['id']}'",
            "reword one of the two questions",
        )


def uncited_sources(pack: Pack) -> Iterator[Problem]:
    """Every source is quoted by a card or backs a glossary entry."""
    used = {card.source for card, _ in all_cards(pack)} | {g.source for g in pack.glossary}
    for s, source in enumerate(pack.sources):
        if source.id not in used:
            yield warn(
                pointer("sources", s),
                f"source '{source.id}' is never cited",
                "quote it in a card or remove it",
            )


def long_quotes(pack: Pack) -> Iterator[Problem]:
    """A card's quote is short enough to read aloud in a round."""
    for card, where in all_cards(pack):
        n = len(card.quote.split())
        if n > MAX_QUOTE_WORDS:
            yield warn(
                f"{where}/quote",
                f"the quote is {n} words, too long for a card",
                f"cut it to the sentence that proves the tag (≤ {MAX_QUOTE_WORDS} words)",
            )


def unlinked_arguments(pack: Pack) -> Iterator[Problem]:
    """Every argument answers an opposing one or is answered by one: the clash is taught."""
    for m, motion in enumerate(pack.motions):
        answered = {target for a in motion.arguments for target in a.answers}
        for a, argument in enumerate(motion.arguments):
            if not argument.answers and argument.id not in answered:
                yield warn(
                    pointer("motions", m, "arguments", a),
                    f"argument '{argument.id}' neither answers nor is answered by another",
                    "link it through 'answers' to the argument it clashes with",
                )


def placeholders(pack: Pack) -> Iterator[Problem]:
    """No DRAFT or TODO left from ``tutor new`` or ``tutor extract``."""
    yield from _placeholders(pack.model_dump(by_alias=True, exclude_none=True), "")


def _placeholders(value: object, where: str) -> Iterator[Problem]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _placeholders(item, f"{where}/{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _placeholders(item, f"{where}/{i}")
    elif isinstance(value, str) and any(p in value for p in PLACEHOLDERS):
        yield warn(where, "a DRAFT or TODO placeholder is still here", "write the real text")
