"""The tutor's dialogue on free text: pump, hint, prompt, assertion, and corrections."""

from __future__ import annotations

from debate_helpers import debate, kinds, moves, skip_to

from tutor.grading import Verdict
from tutor.learning.debate import DebateSession
from tutor.learning.debate.dialogue import Dialogue, Point
from tutor.learning.turns import InputKind, TurnKind

UMBRELLA = "the nuclear umbrella deters"


def at_rebuttal(ref: str = "deter") -> DebateSession:
    session = debate()
    session.start()
    skip_to(session, "rebuttal", ref)
    return session


def test_a_partial_rebuttal_gets_pump_hint_prompt_then_assertion_and_summary() -> None:
    session = at_rebuttal()
    first = session.respond(UMBRELLA)
    assert moves(first) == ["feedback", "pump"]
    assert first[0].grade is not None and first[0].grade.verdict is Verdict.CLOSE
    assert first[-1].text.startswith("Good start. What else?")
    second = session.respond("it is expensive")
    assert moves(second) == ["feedback", "hint"]
    assert second[-1].text == "Close. One hint: Think about the South's own armed forces."
    third = session.respond("I am not sure")
    assert moves(third) == ["feedback", "prompt"]
    assert "“South Korea's own ____ is strong enough”" in third[-1].text
    fourth = session.respond("no idea")
    assert moves(fourth)[:3] == ["feedback", "assertion", "summary"]
    assertion = fourth[1].text
    assert "South Korea's own military is strong enough" in assertion
    assert "automatic involvement" in assertion and "nuclear umbrella" not in assertion
    assert fourth[2].text.startswith("Summary: a full answer covers 3 point(s)")
    assert session.step is not None and session.step.ref == "alliance"
    assert session.core.card.outcomes[-1].verdict == "close"


def test_each_move_waits_for_text_until_the_assertion_closes_the_question() -> None:
    session = at_rebuttal()
    for reply in (UMBRELLA, "more", "less"):
        turns = session.respond(reply)
        assert turns[-1].kind is TurnKind.MOVE
        assert turns[-1].expects is not None and turns[-1].expects.kind is InputKind.TEXT
    closing = session.respond("nothing")
    assert closing[1].expects is None and closing[-1].kind is TurnKind.QUESTION


def test_the_missing_word_given_to_a_prompt_covers_its_point() -> None:
    session = at_rebuttal()
    for reply in (UMBRELLA, "more", "less"):
        session.respond(reply)
    turns = session.respond("military")
    assert turns[0].grade is not None and turns[0].grade.verdict is Verdict.CORRECT
    assert "A judge would also like: A tripwire means" in turns[0].text


def test_a_full_rebuttal_gets_positive_feedback_and_the_model_with_its_card() -> None:
    session = at_rebuttal()
    turns = session.respond(
        "The nuclear umbrella deters, South Korea's own military is strong, "
        "and a tripwire means automatic involvement"
    )
    assert moves(turns)[0] == "feedback" and "pump" not in moves(turns)
    feedback = turns[0].feedback
    assert feedback is not None and feedback.label == "Correct"
    assert feedback.message.startswith("You have covered 3 of 3")
    assert len(feedback.made) == 3 and all(p.words for p in feedback.made)
    assert turns[1].text.startswith("Model rebuttal: The nuclear umbrella")
    assert turns[2].kind is TurnKind.CARD and turns[2].card is not None
    assert turns[2].card.tag == "Seoul pays only part of the bill"  # the answering argument's


def test_feedback_carries_the_spans_of_the_points_made() -> None:
    session = at_rebuttal()
    turns = session.respond(UMBRELLA)
    grade = turns[0].grade
    assert grade is not None and grade.spans
    span = grade.spans[0]
    assert UMBRELLA[span.start : span.end] == "nuclear umbrella"


def test_an_answer_with_nothing_right_starts_with_a_hint_not_a_pump() -> None:
    session = at_rebuttal()
    turns = session.respond("I disagree")
    assert moves(turns) == ["feedback", "hint"]
    assert turns[-1].text.startswith("Not yet. One hint:")


def test_a_known_wrong_answer_in_free_text_is_corrected_at_once() -> None:
    session = at_rebuttal()
    turns = session.respond("the nuclear umbrella protects North Korea")
    assert moves(turns) == ["feedback", "correction", "pump"]
    assert "“North Korea” is a known mix-up. The troops are based in the South." in turns[1].text


def test_saying_the_opposite_of_a_key_point_is_corrected_at_once() -> None:
    session = at_rebuttal()
    turns = session.respond("there is no nuclear umbrella")
    assert moves(turns)[:2] == ["feedback", "correction"]
    assert "the opposite of a key point" in turns[1].text
    assert "nuclear umbrella deters" in turns[1].text


def test_a_known_wrong_cross_ex_answer_gets_its_correction() -> None:
    session = debate()
    session.start()
    skip_to(session, "crossex", "host")
    turns = session.respond("North Korea")
    assert kinds(turns)[:2] == [TurnKind.FEEDBACK, TurnKind.MOVE]
    assert turns[1].move == "correction"
    assert "The troops are based in the South." in turns[1].text
    assert turns[0].feedback is not None and turns[0].feedback.right_answer == "South Korea"


def test_a_close_cross_ex_answer_gets_one_more_try() -> None:
    session = debate()
    session.start()
    skip_to(session, "crossex", "host")
    turns = session.respond("Korea")
    assert turns[0].grade is not None and turns[0].grade.verdict is Verdict.CLOSE
    assert moves(turns) == ["feedback", "hint"]
    assert turns[1].text.startswith("One more try")
    assert turns[0].feedback is not None and turns[0].feedback.right_answer == ""  # not yet
    assert turns[-1].kind is TurnKind.QUESTION and session.step is not None
    again = session.respond("South Korea")
    assert again[0].grade is not None and again[0].grade.verdict is Verdict.CORRECT
    assert session.core.card.outcomes[-1].verdict == "correct"


def test_the_claim_and_warrant_question_is_graded_on_both() -> None:
    session = debate()
    session.start()
    skip_to(session, "case", "cost")
    turns = session.respond("taxpayers pay billions every year")
    assert moves(turns) == ["feedback", "pump"]
    assert "1 of 2" in turns[0].text
    turns = session.respond("because Seoul pays only a fraction")
    assert turns[0].grade is not None and turns[0].grade.verdict is Verdict.CORRECT
    assert "Your argument in full." in turns[1].text


def test_a_dialogue_with_nothing_right_ends_after_hint_prompt_and_assertion() -> None:
    dialogue = Dialogue([Point("alpha beta", ("alpha beta",)), Point("gamma delta", ("gamma",))])
    replies = [dialogue.reply(text) for text in ("x", "y", "z")]
    assert [r.done for r in replies] == [False, False, True]
    assert [moves(r.turns)[-1] for r in replies] == ["hint", "prompt", "summary"]
