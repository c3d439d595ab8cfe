"""Every shipped pack: complete enough to teach, and faithful to its sources.

A learner trusts every quote and answer key in a shipped pack, so these tests fail when
a quote drifts from its article, an argument loses its evidence or rebuttal points, a
question type goes missing, or the grader would reject an accepted answer. They run on
every ``debates/*.json``, so a new pack is held to the same bar.
"""

from __future__ import annotations

from collections import Counter

import pytest
from shipped import PACK_FILES, all_cards, grading_points, load, source_texts

from tutor.grading import Verdict, grade_keypoints, grade_short
from tutor.packs.models import QUESTION_TYPES, FreeText, ShortAnswer
from tutor.packs.quotes import find_quote

NAMES = [path.stem for path in PACK_FILES]


def test_there_are_at_least_three_shipped_packs_with_120_questions_and_25_terms() -> None:
    packs = [load(name) for name in NAMES]
    assert len(packs) >= 3
    assert sum(len(p.questions) for p in packs) >= 120
    assert len({g.term.casefold() for p in packs for g in p.glossary}) >= 25


@pytest.mark.parametrize("name", NAMES)
def test_each_side_of_each_motion_has_at_least_six_arguments(name: str) -> None:
    for motion in load(name).motions:
        sides = Counter(a.side for a in motion.arguments)
        assert sides["aff"] >= 6 and sides["neg"] >= 6, motion.id


@pytest.mark.parametrize("name", NAMES)
def test_every_argument_has_evidence_and_two_to_four_hinted_rebuttal_points(name: str) -> None:
    for motion in load(name).motions:
        for argument in motion.arguments:
            assert argument.evidence, argument.id
            assert 2 <= len(argument.key_points) <= 4, argument.id
            assert all(k.hint for k in argument.key_points), argument.id


@pytest.mark.parametrize("name", NAMES)
def test_every_argument_answers_or_is_answered_by_the_other_side(name: str) -> None:
    for motion in load(name).motions:
        arguments = {a.id: a for a in motion.arguments}
        answered = {target for a in arguments.values() for target in a.answers}
        for argument in arguments.values():
            assert argument.answers or argument.id in answered, argument.id
            for target in argument.answers:
                assert arguments[target].side != argument.side, (argument.id, target)


@pytest.mark.parametrize("name", NAMES)
def test_at_least_42_questions_cover_all_eleven_types(name: str) -> None:
    pack = load(name)
    assert len(pack.questions) >= 42
    assert {q.type for q in pack.questions} == set(QUESTION_TYPES)


@pytest.mark.parametrize("name", NAMES)
def test_every_question_explains_itself_with_evidence(name: str) -> None:
    for question in load(name).questions:
        assert question.explanation and question.evidence, question.id


@pytest.mark.parametrize("name", NAMES)
def test_glossary_has_at_least_ten_terms_and_motion_terms_resolve(name: str) -> None:
    pack = load(name)
    ids = {g.id for g in pack.glossary}
    assert len(ids) >= 10
    for motion in pack.motions:
        assert set(motion.key_terms) <= ids


@pytest.mark.parametrize("name", NAMES)
def test_every_quote_is_found_verbatim_in_its_source(name: str) -> None:
    pack = load(name)
    texts = source_texts(pack)
    for owner, card in all_cards(pack):
        assert find_quote(texts[card.source], card.quote) is not None, (owner, card.quote[:60])


@pytest.mark.parametrize("name", NAMES)
def test_grader_accepts_every_accepted_answer_and_no_known_wrong_one(name: str) -> None:
    for q in load(name).questions:
        if isinstance(q, ShortAnswer):
            wrongs = [w.answer for w in q.reject]
            for answer in q.accept:
                assert grade_short(answer, q.accept, wrongs).verdict is Verdict.CORRECT, answer
            for wrong in wrongs:
                assert grade_short(wrong, q.accept, wrongs).verdict is not Verdict.CORRECT, wrong


@pytest.mark.parametrize("name", NAMES)
def test_model_rebuttals_and_model_answers_pass_their_own_key_points(name: str) -> None:
    pack = load(name)
    for motion in pack.motions:
        for argument in motion.arguments:
            assert argument.model_rebuttal is not None, argument.id
            result = grade_keypoints(argument.model_rebuttal, grading_points(argument.key_points))
            assert result.verdict is Verdict.CORRECT, argument.id
    for q in pack.questions:
        if isinstance(q, FreeText):
            result = grade_keypoints(q.model_answer, grading_points(q.key_points), q.threshold)
            assert result.verdict is Verdict.CORRECT, q.id
