"""Review brings back misses and argument exercises when they are due."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from engine_packs import make_pack
from fake_store import FakeStore, FsrsScheduler

from tutor.grading import Verdict
from tutor.learning.core.recorder import Recorder
from tutor.learning.drill.quiz import quiz_session
from tutor.learning.drill.review import due_count, review_session
from tutor.learning.turns import InputKind, TurnKind

PACK = make_pack()
NOW = datetime(2025, 11, 3, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def fsrs_scheduler(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Recorder, "make_scheduler", staticmethod(FsrsScheduler))


def test_every_graded_quiz_item_gets_a_review_card_and_misses_come_due_first() -> None:
    store = FakeStore()
    quiz = quiz_session(PACK, store, count=3, rng=random.Random(1), clock=lambda: NOW)
    quiz.start()
    quiz.respond("/skip")
    quiz.respond("/skip")
    quiz.respond("/skip")
    assert len(store.cards) == 3 and len(store.answers) == 3
    later = NOW + timedelta(minutes=30)
    assert due_count([PACK], store, later) == 3
    assert due_count([PACK], store, NOW - timedelta(days=1)) == 0


def test_nothing_due_says_when_the_next_item_is() -> None:
    store = FakeStore()
    store.put_review_card("usfk-test:question:mc", "{}", NOW + timedelta(days=2))
    session = review_session([PACK], store, clock=lambda: NOW)
    turns = session.start()
    assert session.finished
    assert turns[-1].text == "Nothing is due for review. The next item is due 2025-11-05 09:00 UTC."


def test_review_asks_due_items_and_a_right_answer_pushes_them_later() -> None:
    store = FakeStore()
    store.put_review_card("usfk-test:question:mc", "", NOW - timedelta(hours=1))
    session = review_session([PACK], store, rng=random.Random(2), clock=lambda: NOW)
    assert due_count([PACK], store, NOW) == 1
    turns = session.start()
    assert turns[-1].kind is TurnKind.QUESTION and turns[-1].progress == (0, 1)
    session.respond("Seoul")
    assert session.finished
    assert store.cards["usfk-test:question:mc"][1] > NOW
    assert due_count([PACK], store, NOW) == 0


def test_argument_rebuttal_comes_back_graded_on_key_points() -> None:
    store = FakeStore()
    store.put_review_card("usfk-test:argument:deter:rebuttal", "", NOW)
    session = review_session([PACK], store, clock=lambda: NOW)
    question = session.start()[-1]
    assert "Answer this argument: Troops deter the North." in question.text
    assert question.expects is not None and question.expects.kind is InputKind.TEXT
    turns = session.respond("The tripwire means deterrence works anyway")
    feedback = turns[0].feedback
    assert feedback is not None and feedback.verdict is Verdict.CORRECT
    assert "Model rebuttal of deter." in feedback.explanation
    assert feedback.made and all(p.words for p in feedback.made)


def test_warrant_of_a_claim_comes_back_as_a_choice_among_warrants() -> None:
    store = FakeStore()
    store.put_review_card("usfk-test:argument:cost:warrant", "", NOW)
    session = review_session([PACK], store, rng=random.Random(5), clock=lambda: NOW)
    question = session.start()[-1]
    assert question.expects is not None and question.expects.kind is InputKind.CHOICE
    assert "Korea pays little toward the cost." in question.expects.options
    turns = session.respond("Korea pays little toward the cost.")
    assert turns[0].grade is not None and turns[0].grade.verdict is Verdict.CORRECT


def test_items_of_packs_not_loaded_are_left_for_later() -> None:
    store = FakeStore()
    store.put_review_card("other-pack:question:x", "", NOW)
    assert due_count([PACK], store, NOW) == 0


def test_a_close_first_attempt_is_not_scheduled_only_the_retry_is() -> None:
    store = FakeStore()
    store.put_review_card("usfk-test:question:free", "", NOW)
    scheduler = FsrsScheduler()
    session = review_session([PACK], store, clock=lambda: NOW)
    session.core.recorder._scheduler = scheduler
    session.start()
    session.respond("Troops deter an attack.")
    assert scheduler.log == [] and len(store.answers) == 1
    session.respond("Troops deter an attack, and they cost less than a war.")
    assert [int(log.rating) for log in scheduler.log] == [3]  # Good: no penalty for the miss
    assert [a["attempt"] for a in store.answers] == [1, 2]
