"""The feedback a learner reads, built once by the core: points, words, cards, coaching."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "debate"))
from debate_helpers import debate, skip_to

from tutor.grading import GradeResult, KeyPointResult, Span, Stance, Verdict
from tutor.grading.echo import is_echo
from tutor.grading.verdicts import LABELS, reason
from tutor.learning.core.explain import Explained, PointSource, feedback
from tutor.learning.core.keys import ItemKey, pack_of
from tutor.learning.turns import CardView

CARD = CardView("Tag", "The quote.", '"T" — A', "Solid.")


def _grade(*results: KeyPointResult) -> GradeResult:
    return GradeResult(
        Verdict.INCORRECT, 0.0, feedback="Not correct. Missing points.", keypoints=results
    )


def test_a_conceded_point_gets_the_judges_plain_coaching() -> None:
    answer = "He is right, troops deter the North."
    conceded = KeyPointResult(
        0, False, Span(0, 11, 0), None, False, 0.0, Stance.CONCEDED, "He is right"
    )
    made = feedback(
        _grade(conceded), answer, Explained("k", points=[PointSource("No tripwire", CARD)])
    )
    assert made.coaching == (
        "You agreed with your opponent here: “He is right”. "
        "A rebuttal must deny or outweigh the claim."
    )
    [missed] = made.missed
    assert missed.card == CARD and missed.stance is Stance.CONCEDED


def test_the_graders_own_note_is_used_when_it_gives_one() -> None:
    note = "You agreed with your opponent here: South Korea is strong enough."
    conceded = KeyPointResult(0, False, None, None, False, 0.0, Stance.CONCEDED, "", note)
    made = feedback(_grade(conceded), "x", Explained("k", points=[PointSource("P")]))
    assert made.coaching == note and made.missed[0].note == note


def test_a_point_made_keeps_the_learners_words_and_no_card() -> None:
    answer = "the tripwire is gone"
    hit = KeyPointResult(0, True, Span(4, 12, 0), "tripwire", False, 1.0, Stance.ASSERTED)
    made = feedback(_grade(hit), answer, Explained("k", points=[PointSource("Tripwire", CARD)]))
    [point] = made.made
    assert (point.words, point.card, point.span) == ("tripwire", None, Span(4, 12, 0))


def test_one_verdict_table_and_no_verdict_said_twice() -> None:
    assert LABELS[Verdict.INCORRECT] == "Not quite"
    assert reason("Not correct. That is not the answer.") == ""
    assert (
        reason("Correct.") == "" and reason("Close. Check the spelling.") == "Check the spelling."
    )


def test_item_keys_join_and_split_in_one_place() -> None:
    key = ItemKey.parse("usfk:argument:tripwire:evidence")
    assert (key.pack_id, key.kind, key.ref, key.part) == (
        "usfk",
        "argument",
        "tripwire",
        "evidence",
    )
    assert str(key.with_part("warrant")) == "usfk:argument:tripwire:warrant"
    assert not key.reviewable and ItemKey.parse("usfk:question:q1").reviewable
    assert pack_of("usfk:motion:m:weighing") == "usfk"
    with pytest.raises(ValueError):
        ItemKey.parse("nonsense")


def test_typing_back_what_the_tutor_showed_is_an_echo() -> None:
    shown = ["The claim goes on: “costs too much money for American taxpayers”"]
    assert is_echo("costs too much money for taxpayers", shown)
    assert not is_echo("Seoul pays a fraction of the bill, so Americans carry it", shown)


def test_an_echoed_hint_in_claim_completion_asks_for_the_learners_own_words() -> None:
    session = debate()
    session.start()
    skip_to(session, "case")
    hint = session.respond("/hint")[0].text.removeprefix("Hint: ")
    echoed = hint.split("“", 1)[-1].rstrip("”")
    turns = session.respond(echoed)
    made = turns[0].feedback
    assert made is not None and made.verdict is not Verdict.CORRECT
    assert "your own words" in made.message and made.score == 0.0
