"""A quiz asks N filtered questions, gives feedback, retries a near miss, sums up by skill."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from engine_packs import make_pack

from tutor.grading import Verdict
from tutor.learning.drill.quiz import quiz_session
from tutor.learning.drill.session import DrillSession
from tutor.learning.turns import InputKind, Turn, TurnKind

PACK = make_pack()
NOW = datetime(2025, 11, 3, 9, 0, tzinfo=UTC)


def quiz(**kwargs: object) -> DrillSession:
    return quiz_session(PACK, None, rng=random.Random(3), clock=lambda: NOW, **kwargs)  # type: ignore[arg-type]


def kinds(turns: list[Turn]) -> list[TurnKind]:
    return [t.kind for t in turns]


def test_quiz_asks_count_questions_with_progress() -> None:
    session = quiz(count=3)
    turns = session.start()
    assert turns[-1].kind is TurnKind.QUESTION
    assert turns[-1].progress == (0, 3)


def test_quiz_filters_by_tag_difficulty_and_motion() -> None:
    assert {i.question.id for i in quiz(tags=["structure"], count=20).items if i.question} == {
        "order",
        "side",
        "anatomy",
    }
    assert quiz(difficulty="hard").items == []
    assert len(quiz(motion="posture", count=20).items) == 11
    assert quiz(motion="other").items == []


def test_quiz_with_no_matching_question_ends_at_once() -> None:
    session = quiz(difficulty="hard")
    turns = session.start()
    assert session.finished
    assert "No questions match" in turns[-1].text


def test_right_answer_gets_one_feedback_with_its_explanation_and_cite() -> None:
    session = quiz(tags=["troops"], count=1)
    session.start()
    item = session.items[0]
    assert item.question is not None and item.question.id in {"mc", "tf", "short", "num", "cloze"}
    answer = {
        "mc": "Seoul",
        "tf": "true",
        "short": "South Korea",
        "num": "28500",
        "cloze": "28,500; South Korea",
    }[item.question.id]
    turns = session.respond(answer)
    assert kinds(turns) == [TurnKind.FEEDBACK, TurnKind.SUMMARY] and session.finished
    feedback = turns[0].feedback
    assert feedback is not None and feedback.verdict is Verdict.CORRECT
    assert feedback.label == "Correct" and not feedback.message.startswith("Correct")
    assert feedback.explanation.startswith("Explanation of")
    assert feedback.cite.startswith('"')


def _quiz_on(qid: str) -> DrillSession:
    session = quiz(count=20)
    session.items = [i for i in session.items if i.question and i.question.id == qid]
    session.start()
    return session


def test_a_close_answer_gets_one_retry_and_the_retry_counts() -> None:
    session = _quiz_on("free")
    first = session.respond("Troops deter an attack.")  # one of two key points: close
    assert first[0].grade is not None and first[0].grade.verdict is Verdict.CLOSE
    assert kinds(first) == [TurnKind.FEEDBACK, TurnKind.MOVE, TurnKind.QUESTION]
    assert "One more try" in first[1].text
    second = session.respond("Troops deter an attack, and they cost less than a war.")
    assert second[0].grade is not None and second[0].grade.verdict is Verdict.CORRECT
    assert session.core.card.outcomes[0].verdict is Verdict.CORRECT


def test_a_second_close_answer_moves_on() -> None:
    session = _quiz_on("free")
    session.respond("Troops deter an attack.")
    turns = session.respond("Troops deter an attack again.")
    assert session.finished and turns[-1].kind is TurnKind.SUMMARY
    assert session.core.card.outcomes[0].verdict is Verdict.CLOSE


def test_summary_reports_by_skill_and_lists_misses() -> None:
    session = quiz(count=20)
    session.start()
    while not session.finished:
        session.respond("/skip")
    debrief = session.finish()
    assert debrief.headline == "Done: 0 of 11 right."
    assert {s for s, _ in debrief.scores} == {"facts", "structure", "evidence", "rebuttal"}
    assert len(debrief.misses) == 11


def test_unreadable_reply_is_an_error_that_asks_again() -> None:
    session = _quiz_on("mc")
    turns = session.respond("zzz")
    assert kinds(turns) == [TurnKind.ERROR]
    assert turns[0].expects is not None and turns[0].expects.kind is InputKind.CHOICE


def test_hint_and_evidence_commands_keep_the_question_pending() -> None:
    session = _quiz_on("mc")
    hint = session.respond("/hint")
    assert hint[-1].kind is TurnKind.MOVE and hint[-1].expects is not None
    evidence = session.respond("/evidence")
    assert evidence[-1].kind is TurnKind.CARD
    assert evidence[-1].expects is not None and evidence[-1].expects.kind is InputKind.CHOICE


def test_unknown_command_lists_the_commands() -> None:
    session = _quiz_on("mc")
    turns = session.respond("/frobnicate")
    assert turns[0].kind is TurnKind.ERROR and "/hint" in turns[0].text


def test_ask_command_answers_from_the_pack() -> None:
    session = _quiz_on("mc")
    turns = session.respond("/ask what is the NCG?")
    assert turns[0].kind is TurnKind.SAY and turns[0].text.startswith("From the glossary: NCG")
    assert turns[-1].expects is not None  # the question is still waiting for its answer


def test_wrong_without_a_store_is_refused_and_the_score_stands() -> None:
    session = quiz(count=20)
    session.items = [i for i in session.items if i.question and i.question.id in {"mc", "tf"}]
    session.start()
    session.respond("/skip")
    turns = session.respond("/wrong the pack is out of date")
    assert turns[0].kind is TurnKind.ERROR and "nothing was recorded" in turns[0].text
    assert len(session.finish().misses) == 1


def test_wrong_before_any_verdict_is_an_error() -> None:
    session = _quiz_on("mc")
    assert session.respond("/wrong because")[0].kind is TurnKind.ERROR


def test_same_seed_gives_the_same_quiz() -> None:
    a = [i.key for i in quiz(count=5).items]
    b = [i.key for i in quiz(count=5).items]
    assert a == b
