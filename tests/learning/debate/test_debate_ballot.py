"""The judge's ballot: built from the flow sheet and pack text, and nothing else."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tutor.grading.result import Stance, Verdict
from tutor.learning.debate.ballot import build_ballot, first_sentence
from tutor.learning.debate.flow import FlowEntry, FlowSheet
from tutor.learning.feedback import ClashResult, Feedback, PointFeedback
from tutor.packs.models import Motion, Pack

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "packs" / "city-transport"
PACK = Pack.model_validate(json.loads((FIXTURE / "pack.json").read_text(encoding="utf-8")))
MOTION: Motion = PACK.motions[0]
ARGS = {a.id: a for a in MOTION.arguments}
MINE, THEIRS = "Free buses", "Keep fares"


def flow(
    made: dict[str, str], answered: dict[str, str], dropped: tuple[str, ...] = ()
) -> FlowSheet:
    """A sheet: the learner's arguments with their verdicts, then the opposing ones."""
    sheet = FlowSheet(MOTION.resolution)
    for arg_id, verdict in made.items():
        sheet.add(FlowEntry("constructive", MINE, ARGS[arg_id].claim, arg_id, verdict=verdict))
    for arg_id in (*answered, *dropped):
        sheet.add(FlowEntry("rebuttal", THEIRS, ARGS[arg_id].claim, arg_id))
        if arg_id in answered:
            sheet.add(
                FlowEntry("rebuttal", MINE, "…", responds_to=arg_id, verdict=answered[arg_id])
            )
        else:
            sheet.mark_dropped(arg_id)
    return sheet


def feedback(arg_id: str, *stances: Stance) -> Feedback:
    points = tuple(
        PointFeedback(kp.text, stance)
        for kp, stance in zip(ARGS[arg_id].key_points, stances, strict=True)
    )
    made = sum(p.made for p in points) / len(points)
    verdict = Verdict.CORRECT if made == 1 else Verdict.INCORRECT
    return Feedback(verdict, verdict.value, made, "an answer", points=points)


def sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)


def test_each_opposing_argument_is_answered_dropped_or_conceded() -> None:
    sheet = flow({"access": "correct"}, {"service-cuts": "correct"}, dropped=("frequency",))
    rebuttals = {"service-cuts": feedback("service-cuts", Stance.ASSERTED, Stance.ASSERTED)}
    ballot = build_ballot(sheet, MOTION, "aff", rebuttals)
    results = {line.argument_id: line.result for line in ballot.opponents}
    assert results == {"service-cuts": ClashResult.ANSWERED, "frequency": ClashResult.DROPPED}


def test_a_rebuttal_that_grants_the_claim_is_conceded_though_it_answered() -> None:
    sheet = flow({"access": "correct"}, {"service-cuts": "close"})
    rebuttals = {"service-cuts": feedback("service-cuts", Stance.CONCEDED, Stance.ASSERTED)}
    (line,) = build_ballot(sheet, MOTION, "aff", rebuttals).opponents
    assert line.result is ClashResult.CONCEDED


def test_an_argument_never_made_in_the_round_is_not_on_the_ballot() -> None:
    sheet = flow({"access": "correct"}, {"service-cuts": "correct"})
    ballot = build_ballot(sheet, MOTION, "aff", {})
    assert [line.argument_id for line in ballot.opponents] == ["service-cuts"]


def test_the_learners_arguments_made_well_are_extended() -> None:
    sheet = flow({"access": "correct", "ridership": "incorrect"}, {})
    ballot = build_ballot(sheet, MOTION, "aff", {})
    assert [(e.argument_id, e.result) for e in ballot.extended] == [
        ("access", "extended"),
        ("ridership", "not extended"),
    ]


def test_answering_every_argument_and_extending_one_wins_the_round() -> None:
    sheet = flow({"access": "correct"}, {"service-cuts": "correct", "frequency": "correct"})
    rebuttals = {
        "service-cuts": feedback("service-cuts", Stance.ASSERTED, Stance.ASSERTED),
        "frequency": feedback("frequency", Stance.ASSERTED, Stance.ABSENT),
    }
    ballot = build_ballot(sheet, MOTION, "aff", rebuttals)
    assert ballot.decision == (
        "Decision: I vote for the affirmative (Free buses): you won the round."
    )
    assert ballot.clash.startswith(f"The clash on “{ARGS['service-cuts'].claim}”: you answered")


def test_a_dropped_argument_loses_the_round_and_its_impact_stands() -> None:
    sheet = flow({"access": "correct"}, {"service-cuts": "correct"}, dropped=("frequency",))
    ballot = build_ballot(sheet, MOTION, "aff", {})
    assert "negative (Keep fares)" in ballot.decision
    assert ballot.clash == f"The clash on “{ARGS['frequency'].claim}”: you dropped it."
    assert first_sentence(ARGS["frequency"].impact) in ballot.reason


def test_the_reason_is_three_to_five_sentences_of_pack_text() -> None:
    cases = [
        flow({"access": "correct"}, {"service-cuts": "correct"}, dropped=("frequency",)),
        flow({"ridership": "incorrect"}, {}, dropped=("service-cuts", "frequency")),
        flow({}, {}),
    ]
    pack_claims = {a.claim for a in MOTION.arguments}
    for sheet in cases:
        reason = build_ballot(sheet, MOTION, "aff", {}).reason
        assert 3 <= len(sentences(reason)) <= 5, reason
        assert set(re.findall(r"“(.+?)”", reason)) <= pack_claims
        numbers = set(re.findall(r"\d[\d,.]*\d|\d", reason))
        assert numbers <= {"0", "1", "2"}, reason  # counts only: no figure is invented


def test_the_redo_names_the_conceded_argument_and_the_point_missed() -> None:
    sheet = flow({"access": "correct"}, {"service-cuts": "close"}, dropped=("frequency",))
    rebuttals = {"service-cuts": feedback("service-cuts", Stance.CONCEDED, Stance.ASSERTED)}
    redo = build_ballot(sheet, MOTION, "aff", rebuttals).redo
    assert redo is not None and redo.argument_id == "service-cuts"
    missed = ARGS["service-cuts"].key_points[0].text
    assert (
        redo.text
        == f"Rebut “{ARGS['service-cuts'].claim}” again; the point you missed was: {missed}"
    )


def test_a_dropped_argument_without_an_answer_redoes_its_first_key_point() -> None:
    sheet = flow({"access": "correct"}, {}, dropped=("frequency",))
    redo = build_ballot(sheet, MOTION, "aff", {}).redo
    assert redo is not None
    assert (redo.argument_id, redo.missed_point) == (
        "frequency",
        ARGS["frequency"].key_points[0].text,
    )


def test_a_perfect_round_has_no_redo() -> None:
    sheet = flow({"access": "correct"}, {"service-cuts": "correct"})
    rebuttals = {"service-cuts": feedback("service-cuts", Stance.ASSERTED, Stance.ASSERTED)}
    assert build_ballot(sheet, MOTION, "aff", rebuttals).redo is None


def test_the_negative_learner_is_judged_against_the_affirmative_arguments() -> None:
    sheet = flow({"frequency": "correct"}, {"access": "correct"}, dropped=("ridership",))
    ballot = build_ballot(sheet, MOTION, "neg", {})
    assert {line.argument_id for line in ballot.opponents} == {"access", "ridership"}
    assert "affirmative (Free buses)" in ballot.decision
