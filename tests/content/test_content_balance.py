"""Both sides of every motion argued from many sources, the Flexibility side at full strength."""

from __future__ import annotations

import pytest
from shipped import PACK_FILES, load

from tutor.authoring.lint_balance import MAX_SOURCE_SHARE, MIN_SOURCES, side_tallies
from tutor.authoring.lint_options import longest_rate

PACKS = [p.stem for p in PACK_FILES]


@pytest.mark.parametrize("name", PACKS)
def test_every_side_quotes_three_sources_and_none_for_more_than_80_percent(name: str) -> None:
    for tally in side_tallies(load(name)):
        assert len(tally.sources) >= MIN_SOURCES, tally
        assert tally.top[1] <= MAX_SOURCE_SHARE, tally


def test_the_alliance_economics_hedge_side_is_no_longer_82_percent_sejong() -> None:
    hedge = next(t for t in side_tallies(load("alliance-economics")) if t.label == "Hedge")
    assert hedge.top[0] == "sejong-focus" and hedge.top[1] <= 0.8


def test_every_flexibility_argument_has_cards_from_two_sources() -> None:
    (motion,) = load("strategic-flexibility").motions
    flexibility = [a for a in motion.arguments if a.side == "aff"]
    assert len(flexibility) >= 6
    for a in flexibility:
        assert len({c.source for c in a.evidence}) >= 2, a.id


def test_the_2006_precedent_argues_for_flexibility_from_the_whole_sentence() -> None:
    (motion,) = load("strategic-flexibility").motions
    precedent = next(a for a in motion.arguments if a.id == "sf-aff-2006-precedent")
    quotes = " ".join(c.quote for c in precedent.evidence)
    assert "retained veto power" in quotes  # the card is not clipped to hide the veto
    assert "political shifts in Seoul" in quotes and "threat environment has evolved" in quotes
    assert "accepted" in precedent.claim and "build on" in precedent.claim


def test_rewritten_key_points_carry_examples_and_a_counterexample() -> None:
    (motion,) = load("strategic-flexibility").motions
    precedent = next(a for a in motion.arguments if a.id == "sf-aff-2006-precedent")
    for point in precedent.key_points:
        assert len(point.examples) >= 2 and len(point.counterexamples) >= 1


@pytest.mark.parametrize("name", PACKS)
def test_the_key_is_the_longest_option_in_at_most_40_percent_of_choice_questions(
    name: str,
) -> None:
    longest, total = longest_rate(load(name))
    assert total and longest <= 0.4 * total


def test_keys_sit_at_every_position_across_the_packs() -> None:
    positions = {q.answer for name in PACKS for q in load(name).questions if hasattr(q, "options")}
    assert positions >= {0, 1, 2, 3}
