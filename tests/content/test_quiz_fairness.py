"""Quizzes that test knowledge: shuffled options, the option chosen recorded, fair accept lists."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

import pytest
from shipped import PACK_FILES, load

from tutor.authoring.drafts import draft_question
from tutor.authoring.features import find_features
from tutor.authoring.lint import lint_paths
from tutor.grading import Verdict, grade_short
from tutor.learning.drill.quiz import quiz_session
from tutor.learning.questions import present
from tutor.packs.models import MultipleChoice, ShortAnswer
from tutor.store import ProgressStore

NOW = datetime(2025, 11, 3, 9, 0, tzinfo=UTC)


def choice(name: str, qid: str) -> MultipleChoice:
    question = next(q for q in load(name).questions if q.id == qid)
    assert isinstance(question, MultipleChoice)
    return question


def test_the_same_seed_shows_the_options_in_the_same_order() -> None:
    question = choice("strategic-flexibility", "sf-q-sea-nations")
    first = present(question, random.Random(11)).choices
    again = present(question, random.Random(11)).choices
    assert first == again and sorted(first) == sorted(question.options)


def test_the_key_does_not_always_sit_where_the_pack_puts_it() -> None:
    question = choice("strategic-flexibility", "sf-q-sea-nations")
    key = question.options[question.answer]
    rng = random.Random(3)
    places = {present(question, rng).choices.index(key) for _ in range(40)}
    assert len(places) == len(question.options)


def test_a_typed_number_is_graded_and_recorded_as_the_option_shown_there() -> None:
    question = choice("strategic-flexibility", "sf-q-sea-nations")
    presented = present(question, random.Random(5))
    key = question.options[question.answer]
    number = str(presented.choices.index(key) + 1)
    assert presented.grade(number).verdict is Verdict.CORRECT
    assert presented.response(number) == key
    assert presented.response("not an option") == "not an option"


def test_the_store_keeps_the_chosen_options_text_not_the_number(tmp_path: Path) -> None:
    pack = load("strategic-flexibility")
    with ProgressStore.open(tmp_path) as store:
        quiz = quiz_session(pack, store, count=60, rng=random.Random(2), clock=lambda: NOW)
        quiz.items = [i for i in quiz.items if i.question and i.question.id == "sf-q-digest-who"]
        quiz.start()
        quiz.respond("1")
        assert quiz.session_id is not None
        (row,) = store.session_answers(quiz.session_id)
    assert row["response"] in choice("strategic-flexibility", "sf-q-digest-who").options


@pytest.mark.parametrize(
    ("qid", "answer"),
    [
        ("sf-q-entrapment", "entanglement"),
        ("sf-q-roh-era", "Roh Mu-hyun"),
    ],
)
def test_common_forms_are_accepted_in_strategic_flexibility(qid: str, answer: str) -> None:
    question = next(q for q in load("strategic-flexibility").questions if q.id == qid)
    assert isinstance(question, ShortAnswer)
    assert grade_short(answer, question.accept).verdict is Verdict.CORRECT


@pytest.mark.parametrize(
    ("qid", "answer"),
    [
        ("ae-sa-yoon", "Yun Seok-yeol"),
        ("ae-sa-masga", "Make American Ship-building Great Again"),
        ("ae-sa-masga", "Make America Ship Building Great Again"),
    ],
)
def test_common_forms_are_accepted_in_alliance_economics(qid: str, answer: str) -> None:
    question = next(q for q in load("alliance-economics").questions if q.id == qid)
    assert isinstance(question, ShortAnswer)
    assert grade_short(answer, question.accept).verdict is Verdict.CORRECT


def test_extraction_drafts_nothing_when_the_answer_cannot_be_blanked() -> None:
    sentence = "The two allies agreed on 5 new joint exercises for the coming year in Seoul."
    five = next(f for f in find_features(sentence) if f.text == "5")
    assert draft_question("q-01", sentence, five, "src", {}) is None


def test_the_shipped_packs_lint_clean() -> None:
    """Every rule but the key-point self-tests, which test_pack_selftests holds to account."""
    report = lint_paths(PACK_FILES)
    assert report.unreadable == []
    assert [d.message for d in report.warnings if not _self_test(d.pointer)] == []


def _self_test(pointer: str) -> bool:
    return "/examples/" in pointer or "/counterexamples/" in pointer
