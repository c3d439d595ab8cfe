"""What is particular to the shipped force-posture pack (the checks every pack gets are in
``test_shipped_packs.py``)."""

from __future__ import annotations

from shipped import load

from tutor.packs.models import EvidenceQuality, Pack


def pack() -> Pack:
    return load("force-posture")


def test_pack_is_the_force_posture_motion_with_withdraw_and_modernise_sides() -> None:
    (motion,) = pack().motions
    assert pack().metadata.id == "force-posture"
    assert (motion.aff.label, motion.neg.label) == ("Withdraw", "Modernise")
    assert "substantially reduce" in motion.resolution


def test_explainer_weaknesses_are_taught_by_evidence_quality_questions() -> None:
    checks = [q for q in pack().questions if isinstance(q, EvidenceQuality)]
    texts = [" ".join([q.prompt, q.explanation, *q.options]) for q in checks]
    assert any("Emily Chen" in t and "no other source" in t for t in texts)
    assert any("reported option as a decision" in t and "may be relocated" in t for t in texts)
