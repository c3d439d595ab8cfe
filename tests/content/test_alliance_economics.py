"""What is particular to the shipped alliance-economics pack (the checks every pack gets are in
``test_shipped_packs.py``)."""

from __future__ import annotations

from shipped import load

from tutor.grading import Verdict, grade_numeric
from tutor.packs.models import EvidenceQuality, MultipleChoice, Numeric, Pack


def pack() -> Pack:
    return load("alliance-economics")


def test_pack_is_the_align_or_hedge_motion() -> None:
    (motion,) = pack().motions
    assert pack().metadata.id == "alliance-economics"
    assert (motion.aff.label, motion.neg.label) == ("Align", "Hedge")
    assert "align its economic security" in motion.resolution


def test_the_investment_package_adds_up_as_the_article_says() -> None:
    values = {q.id: q.value for q in pack().questions if isinstance(q, Numeric)}
    assert values["ae-num-package"] == 350e9
    assert values["ae-num-spv"] + values["ae-num-masga"] == values["ae-num-package"]
    assert values["ae-num-tariff"] == 15


def test_dollar_answers_typed_in_full_are_graded_correct() -> None:
    numeric = {q.id: q for q in pack().questions if isinstance(q, Numeric)}
    for qid, typed in [("ae-num-spv", "$200bn"), ("ae-num-nk-support", "9.8 billion")]:
        q = numeric[qid]
        assert grade_numeric(typed, q.value, q.tolerance, q.unit).verdict is Verdict.CORRECT


def test_the_9_8_bn_figure_is_taught_as_north_korean_support_not_burden_sharing() -> None:
    (mc,) = [q for q in pack().questions if q.id == "ae-mc-98"]
    assert isinstance(mc, MultipleChoice)
    assert mc.options[mc.answer].startswith("North Korea's military support to Russia")


def test_right_options_are_not_always_in_the_same_place() -> None:
    choices = [q for q in pack().questions if isinstance(q, MultipleChoice | EvidenceQuality)]
    assert len({q.answer for q in choices}) >= 3


def test_the_sejong_versus_upi_evidence_question_prefers_the_dated_think_tank_analysis() -> None:
    (eq,) = [q for q in pack().questions if q.id == "ae-eq-sejong-vs-upi"]
    assert isinstance(eq, EvidenceQuality)
    assert eq.options[eq.answer].startswith("The Sejong Focus")
    kinds = {s.id: s.kind for s in pack().sources}
    assert (kinds["sejong-focus"], kinds["upi-maxwell"]) == ("think-tank", "op-ed")
