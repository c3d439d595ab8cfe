"""The shipped alliance-economics pack: complete enough to teach, faithful to its sources.

A learner trusts every quote and answer key in a shipped pack, so these tests fail when a
quote drifts from its article, an argument loses its evidence or rebuttal points, a
question type goes missing, an answer key contradicts the article's figures, or the
grader would mark an accepted answer wrong (or a known wrong answer right).
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

from tutor.grading import KeyPoint as GradingKeyPoint
from tutor.grading import Verdict, grade_keypoints, grade_numeric, grade_short
from tutor.packs.models import (
    QUESTION_TYPES,
    EvidenceCard,
    EvidenceQuality,
    FreeText,
    KeyPoint,
    MultipleChoice,
    Numeric,
    Pack,
    ShortAnswer,
)
from tutor.packs.quotes import find_quote

PACK_FILE = Path(__file__).resolve().parents[2] / "debates" / "alliance-economics.json"


@cache
def pack() -> Pack:
    return Pack.model_validate(json.loads(PACK_FILE.read_text(encoding="utf-8")))


def source_texts() -> dict[str, str]:
    return {s.id: (PACK_FILE.parent / s.file).read_text(encoding="utf-8") for s in pack().sources}


def all_cards() -> list[tuple[str, EvidenceCard]]:
    cards = [(a.id, c) for m in pack().motions for a in m.arguments for c in a.evidence]
    return cards + [(q.id, c) for q in pack().questions for c in q.evidence]


def grading_points(points: list[KeyPoint]) -> list[GradingKeyPoint]:
    return [GradingKeyPoint(k.text, tuple(k.cues), k.weight) for k in points]


def test_pack_is_the_align_or_hedge_motion() -> None:
    (motion,) = pack().motions
    assert pack().metadata.id == "alliance-economics"
    assert (motion.aff.label, motion.neg.label) == ("Align", "Hedge")
    assert "align its economic security" in motion.resolution


def test_each_side_has_at_least_six_arguments() -> None:
    sides = Counter(a.side for m in pack().motions for a in m.arguments)
    assert sides["aff"] >= 6 and sides["neg"] >= 6


def test_every_argument_has_a_card_and_two_to_four_hinted_rebuttal_points() -> None:
    for argument in pack().motions[0].arguments:
        assert argument.evidence, argument.id
        assert 2 <= len(argument.key_points) <= 4, argument.id
        assert all(k.hint for k in argument.key_points), argument.id


def test_every_argument_answers_or_is_answered_by_the_other_side() -> None:
    arguments = {a.id: a for a in pack().motions[0].arguments}
    answered = {target for a in arguments.values() for target in a.answers}
    for argument in arguments.values():
        assert argument.answers or argument.id in answered, argument.id
        assert all(arguments[t].side != argument.side for t in argument.answers), argument.id


def test_each_model_rebuttal_covers_every_key_point_it_teaches() -> None:
    for argument in pack().motions[0].arguments:
        assert argument.model_rebuttal, argument.id
        result = grade_keypoints(argument.model_rebuttal, grading_points(argument.key_points))
        assert all(k.covered for k in result.keypoints), argument.id


def test_all_eleven_question_types_appear_in_at_least_42_questions() -> None:
    types = {q.type for q in pack().questions}
    assert types == set(QUESTION_TYPES)
    assert len(pack().questions) >= 42


def test_every_question_explains_itself_and_cites_evidence() -> None:
    for question in pack().questions:
        assert question.explanation and question.evidence, question.id
        assert question.motion == "ae-motion", question.id


def test_glossary_has_at_least_ten_terms_and_the_motion_uses_them() -> None:
    ids = {g.id for g in pack().glossary}
    assert len(ids) >= 10
    assert 3 <= len(pack().motions[0].key_terms) <= 5
    assert set(pack().motions[0].key_terms) <= ids


def test_every_quote_is_found_verbatim_in_its_source() -> None:
    texts = source_texts()
    for owner, card in all_cards():
        assert find_quote(texts[card.source], card.quote) is not None, (owner, card.quote[:60])


def test_the_grader_accepts_every_accepted_answer_and_rejects_every_known_wrong_one() -> None:
    for q in pack().questions:
        if isinstance(q, ShortAnswer):
            wrongs = [w.answer for w in q.reject]
            for answer in q.accept:
                assert grade_short(answer, q.accept, wrongs).verdict is Verdict.CORRECT, answer
            for wrong in wrongs:
                assert grade_short(wrong, q.accept, wrongs).verdict is not Verdict.CORRECT, wrong


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


def test_each_free_text_model_answer_passes_its_own_key_points() -> None:
    for q in pack().questions:
        if isinstance(q, FreeText):
            result = grade_keypoints(q.model_answer, grading_points(q.key_points), q.threshold)
            assert result.verdict is Verdict.CORRECT, q.id
