"""What is particular to the shipped strategic-flexibility pack (the checks every pack gets are in
``test_shipped_packs.py``)."""

from __future__ import annotations

import re

from shipped import load, source_texts

from tutor.grading import KeyPoint as GradingKeyPoint
from tutor.grading import Verdict, grade_keypoints, grade_numeric
from tutor.packs.models import Cloze, EvidenceQuality, FreeText, Numeric, Pack
from tutor.packs.quotes import find_quote


def pack() -> Pack:
    return load("strategic-flexibility")


BLANK = re.compile(r"\{\{\d+\}\}")


def test_pack_is_the_strategic_flexibility_motion_with_its_two_sides() -> None:
    (motion,) = pack().motions
    assert pack().metadata.id == "strategic-flexibility"
    assert (motion.aff.label, motion.neg.label) == ("Flexibility", "Autonomy")
    assert "beyond the peninsula" in motion.resolution


def test_every_id_in_the_pack_carries_the_sf_prefix() -> None:
    motion = pack().motions[0]
    ids = [g.id for g in pack().glossary] + [motion.id] + [a.id for a in motion.arguments]
    ids += [q.id for q in pack().questions]
    assert all(i.startswith("sf-") for i in ids)
    assert len(ids) == len(set(ids))


def test_every_cloze_is_a_quote_with_one_answer_per_blank() -> None:
    texts = source_texts(pack())
    for q in pack().questions:
        if isinstance(q, Cloze):
            assert len(BLANK.findall(q.text)) == len(q.blanks), q.id
            filled = q.text
            for blank in q.blanks:
                filled = BLANK.sub(blank.accept[0], filled, count=1)
            assert any(find_quote(texts[c.source], filled) for c in q.evidence), q.id


def test_numeric_keys_accept_the_figure_as_the_source_prints_it() -> None:
    for q in pack().questions:
        if isinstance(q, Numeric):
            printed = f"{q.value:,.0f}"
            assert grade_numeric(printed, q.value, q.tolerance, q.unit).verdict is Verdict.CORRECT
            wrong = grade_numeric(f"{q.value + 1000:,.0f}", q.value, q.tolerance, q.unit)
            assert wrong.verdict is not Verdict.CORRECT, q.id


def test_a_one_line_wrong_answer_does_not_pass_a_free_text_question() -> None:
    for q in pack().questions:
        if isinstance(q, FreeText):
            points = [GradingKeyPoint(k.text, tuple(k.cues)) for k in q.key_points]
            result = grade_keypoints("The alliance is important.", points, q.threshold)
            assert result.verdict is not Verdict.CORRECT, q.id


def test_source_flaws_are_taught_by_evidence_quality_questions() -> None:
    checks = [q for q in pack().questions if isinstance(q, EvidenceQuality)]
    texts = [" ".join([q.prompt, q.explanation, *q.options]) for q in checks]
    assert any("450,00" in t and "typo" in t for t in texts)
    assert any("provincial governor" in t and "stale boilerplate" in t for t in texts)
