"""A debate walks framing, constructive, cross-ex, rebuttal, weighing and debrief."""

from __future__ import annotations

import pytest
from debate_helpers import PACK, FakeStore, FsrsScheduler, debate, kinds, right_answer

from tutor.grading import Verdict
from tutor.learning.core.recorder import Recorder
from tutor.learning.debate import DebateSession, Phase
from tutor.learning.turns import InputKind, TurnKind


@pytest.fixture(autouse=True)
def fsrs_scheduler(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Recorder, "make_scheduler", staticmethod(FsrsScheduler))


def test_framing_shows_resolution_sides_key_terms_and_source_reliability() -> None:
    turns = debate().start()
    text = "\n".join(t.text for t in turns)
    assert turns[0].kind is TurnKind.PHASE and turns[0].text == "Framing"
    assert "Resolved: the US should withdraw its troops from Korea." in text
    assert "Affirmative (Withdraw)" in text and "Negative (Stay)" in text
    assert "You argue Withdraw" in text
    assert all(term in text for term in ("USFK:", "tripwire:", "NCG:"))
    assert "Reliability note of wire." in text and "op-ed" in text
    assert turns[-1].expects is not None and turns[-1].expects.kind is InputKind.CONTINUE


def test_a_side_can_be_chosen_by_its_label() -> None:
    assert debate(side="Stay").side == "neg"
    assert debate(side="withdraw").side == "aff"


def test_an_unknown_motion_or_side_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match="motions: posture"):
        DebateSession(PACK, "nope", "aff")
    with pytest.raises(ValueError, match="'Withdraw' or 'Stay'"):
        DebateSession(PACK, "posture", "maybe")


def test_the_plan_builds_own_arguments_and_answers_the_other_sides() -> None:
    plan = debate().plan
    assert [s.ref for s in plan if s.kind == "case"] == ["cost", "china"]
    assert [s.ref for s in plan if s.kind == "rebuttal"] == ["deter", "alliance"]
    assert {s.ref for s in plan if s.kind == "crossex"} == {"host", "count", "carrier"}
    assert [s.kind for s in plan][-2:] == ["weigh", "why"]
    neg = debate(side="neg").plan
    assert [s.ref for s in neg if s.kind == "rebuttal"] == ["cost", "china"]


def test_every_phase_is_reached_in_order_and_scored_by_skill() -> None:
    store = FakeStore()
    session = debate(store)
    phases = [Phase.FRAMING]
    turns = session.start()
    while not session.finished:
        if session.phase is not phases[-1]:
            phases.append(session.phase)
        turns = session.respond(right_answer(session))
    assert phases == [
        Phase.FRAMING,
        Phase.CONSTRUCTIVE,
        Phase.CROSS_EX,
        Phase.REBUTTAL,
        Phase.WEIGHING,
    ]
    assert session.phase is Phase.DEBRIEF
    assert kinds(turns)[-3:] == [TurnKind.PHASE, TurnKind.SUMMARY, TurnKind.FLOW]
    debrief = session.finish()
    assert dict(debrief.scores) == {
        "structure": 1.0,
        "evidence": 1.0,
        "facts": 1.0,
        "rebuttal": 1.0,
    }
    assert debrief.misses == () and debrief.headline == "Debate done: 11 of 11 steps right."
    assert session.progress == (11, 11)
    assert all(o.verdict == Verdict.CORRECT.value for o in session.core.card.outcomes)


def test_each_phase_change_is_announced_with_what_comes_next() -> None:
    session = debate()
    session.start()
    turns = session.respond("")
    assert [t.text for t in turns[:1]] == ["Constructive"]
    assert "Build your case for Withdraw" in turns[1].text
    assert turns[-1].kind is TurnKind.QUESTION and turns[-1].progress == (0, 11)


def test_the_debrief_lists_scores_flow_and_misses_scheduled_for_review() -> None:
    store = FakeStore()
    session = debate(store)
    session.start()
    turns = []
    while not session.finished:
        step = session.step
        assert step is not None
        turns = session.respond("/skip" if step.kind == "rebuttal" else right_answer(session))
    summary = turns[-2].text
    assert "Scheduled for review:" in summary
    assert "Answer: The troops deter a North Korean attack." in summary
    assert "Ballot:" in summary and "dropped" in summary  # the skipped rebuttal, on the ballot
    assert "Redo: Rebut" in summary
    assert "DROPPED" in turns[-1].text
    assert dict(session.finish().scores)["rebuttal"] == 0.0
    assert store.sessions[0]["ended"] is not None


def test_evidence_distractors_come_only_from_the_other_side() -> None:
    import random

    from tutor.learning.debate.phases import _card_options

    motion = PACK.motions[0]
    sides = {a.id: a.side for a in motion.arguments}
    for argument in motion.arguments:
        options = _card_options(motion, argument, random.Random(1))
        others = [key.split(":")[0] for key in options if key != f"{argument.id}:0"]
        assert others and all(sides[o] != argument.side for o in others)
