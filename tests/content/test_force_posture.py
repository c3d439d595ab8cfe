"""The shipped force-posture pack: complete enough to teach, and faithful to its sources.

A learner trusts every quote and answer key in a shipped pack, so these tests fail when
a quote drifts from its article, an argument loses its evidence or rebuttal points, a
question type goes missing, or the grader would reject an accepted answer.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

from tutor.grading import KeyPoint as GradingKeyPoint
from tutor.grading import Verdict, grade_keypoints, grade_short
from tutor.packs.models import (
    QUESTION_TYPES,
    EvidenceCard,
    EvidenceQuality,
    FreeText,
    Pack,
    ShortAnswer,
)
from tutor.packs.quotes import find_quote

PACK_FILE = Path(__file__).resolve().parents[2] / "debates" / "force-posture.json"


@cache
def pack() -> Pack:
    return Pack.model_validate(json.loads(PACK_FILE.read_text(encoding="utf-8")))


def source_texts() -> dict[str, str]:
    return {s.id: (PACK_FILE.parent / s.file).read_text(encoding="utf-8") for s in pack().sources}


def all_cards() -> list[tuple[str, EvidenceCard]]:
    cards = [(a.id, c) for m in pack().motions for a in m.arguments for c in a.evidence]
    return cards + [(q.id, c) for q in pack().questions for c in q.evidence]


def test_pack_is_the_force_posture_motion_with_withdraw_and_modernise_sides() -> None:
    (motion,) = pack().motions
    assert pack().metadata.id == "force-posture"
    assert (motion.aff.label, motion.neg.label) == ("Withdraw", "Modernise")
    assert "substantially reduce" in motion.resolution


def test_each_side_has_at_least_six_arguments() -> None:
    sides = Counter(a.side for m in pack().motions for a in m.arguments)
    assert sides["aff"] >= 6 and sides["neg"] >= 6


def test_every_argument_has_evidence_and_two_to_four_rebuttal_points() -> None:
    for argument in pack().motions[0].arguments:
        assert argument.evidence, argument.id
        assert 2 <= len(argument.key_points) <= 4, argument.id
        assert all(k.hint for k in argument.key_points), argument.id


def test_every_argument_answers_or_is_answered_by_the_other_side() -> None:
    arguments = {a.id: a for a in pack().motions[0].arguments}
    answered = {target for a in arguments.values() for target in a.answers}
    for argument in arguments.values():
        assert argument.answers or argument.id in answered, argument.id
        for target in argument.answers:
            assert arguments[target].side != argument.side, (argument.id, target)


def test_quiz_has_at_least_42_questions_covering_all_eleven_types() -> None:
    types = {q.type for q in pack().questions}
    assert len(pack().questions) >= 42
    assert types == set(QUESTION_TYPES)


def test_every_question_explains_itself_with_evidence() -> None:
    for question in pack().questions:
        assert question.explanation and question.evidence, question.id


def test_glossary_has_at_least_ten_terms_and_motion_terms_resolve() -> None:
    ids = {g.id for g in pack().glossary}
    assert len(ids) >= 10
    assert set(pack().motions[0].key_terms) <= ids


def test_every_quote_is_found_verbatim_in_its_source() -> None:
    texts = source_texts()
    for owner, card in all_cards():
        assert find_quote(texts[card.source], card.quote) is not None, (owner, card.quote[:60])


def test_grader_accepts_every_accepted_short_answer_and_no_known_wrong_one() -> None:
    for q in pack().questions:
        if isinstance(q, ShortAnswer):
            wrongs = [w.answer for w in q.reject]
            for answer in q.accept:
                assert grade_short(answer, q.accept, wrongs).verdict is Verdict.CORRECT, answer
            for wrong in wrongs:
                assert grade_short(wrong, q.accept, wrongs).verdict is not Verdict.CORRECT, wrong


def test_model_answers_pass_their_own_key_points() -> None:
    for argument in pack().motions[0].arguments:
        points = [GradingKeyPoint(k.text, tuple(k.cues)) for k in argument.key_points]
        assert argument.model_rebuttal is not None
        result = grade_keypoints(argument.model_rebuttal, points)
        assert result.verdict is Verdict.CORRECT, argument.id
    for q in pack().questions:
        if isinstance(q, FreeText):
            points = [GradingKeyPoint(k.text, tuple(k.cues)) for k in q.key_points]
            assert grade_keypoints(q.model_answer, points, q.threshold).verdict is Verdict.CORRECT


def test_explainer_weaknesses_are_taught_by_evidence_quality_questions() -> None:
    checks = [q for q in pack().questions if isinstance(q, EvidenceQuality)]
    texts = [" ".join([q.prompt, q.explanation, *q.options]) for q in checks]
    assert any("Emily Chen" in t and "no other source" in t for t in texts)
    assert any("reported option as a decision" in t and "may be relocated" in t for t in texts)
