"""Each question type is asked with the right input kind and graded with clear feedback."""

from __future__ import annotations

import random

import pytest
from engine_packs import make_pack

from tutor.grading import Verdict
from tutor.learning.questions import AnswerFormatError, Presented, present
from tutor.learning.turns import InputKind
from tutor.packs import models as m

PACK = make_pack()


def ask(qid: str, seed: int = 7) -> Presented:
    question = next(q for q in PACK.questions if q.id == qid)
    return present(question, random.Random(seed), sides=("Withdraw", "Stay"), item_id=qid)


@pytest.mark.parametrize(
    ("qid", "kind"),
    [
        ("mc", InputKind.CHOICE),
        ("tf", InputKind.CHOICE),
        ("side", InputKind.CHOICE),
        ("anatomy", InputKind.CHOICE),
        ("quality", InputKind.CHOICE),
        ("short", InputKind.TEXT),
        ("num", InputKind.TEXT),
        ("cloze", InputKind.TEXT),
        ("free", InputKind.TEXT),
        ("order", InputKind.ORDER),
        ("match", InputKind.MATCH),
    ],
)
def test_every_question_type_asks_for_its_input_kind(qid: str, kind: InputKind) -> None:
    turn = ask(qid).turn
    assert turn.expects is not None and turn.expects.kind is kind
    assert turn.item_id == qid


def test_every_type_in_the_pack_format_is_covered() -> None:
    assert {q.type for q in PACK.questions} == set(m.QUESTION_TYPES)


def test_true_false_offers_true_and_false() -> None:
    presented = ask("tf")
    assert presented.turn.expects is not None
    assert presented.turn.expects.options == ("True", "False")
    assert presented.grade("t").verdict is Verdict.CORRECT


def test_side_identification_offers_the_motions_side_labels() -> None:
    presented = ask("side")
    assert presented.turn.expects is not None
    assert presented.turn.expects.options == ("Withdraw", "Stay")
    assert presented.grade("withdraw").verdict is Verdict.CORRECT
    assert presented.grade("2").verdict is Verdict.INCORRECT


def test_argument_anatomy_offers_claim_warrant_impact() -> None:
    presented = ask("anatomy")
    assert presented.turn.expects is not None
    assert presented.turn.expects.options == ("claim", "warrant", "impact")
    assert presented.grade("b").verdict is Verdict.CORRECT


def shown_position(presented: Presented, option: str) -> int:
    """Where ``option`` sits (from 1) in the order the learner was shown."""
    return presented.choices.index(option) + 1


def test_choice_accepts_number_letter_or_text() -> None:
    presented = ask("mc")
    n = shown_position(presented, "Seoul")
    for reply in (str(n), "abc"[n - 1], "Seoul", "seoul"):
        assert presented.grade(reply).verdict is Verdict.CORRECT


def test_choice_feedback_names_the_right_option() -> None:
    presented = ask("mc")
    n = shown_position(presented, "Seoul")
    result = presented.grade(str(n % 3 + 1))
    assert result.verdict is Verdict.INCORRECT
    assert f"{n}. Seoul" in result.feedback


def test_unreadable_choice_says_how_to_answer() -> None:
    with pytest.raises(AnswerFormatError, match="number from 1 to 3"):
        ask("mc").grade("7")


def test_short_answer_uses_the_grader_and_its_known_wrong_answers() -> None:
    presented = ask("short")
    assert presented.grade("South Korea").verdict is Verdict.CORRECT
    wrong = presented.grade("North Korea")
    assert wrong.verdict is Verdict.INCORRECT


def test_numeric_accepts_thousands_separator() -> None:
    assert ask("num").grade("28,500").verdict is Verdict.CORRECT


def test_cloze_shows_numbered_blanks_and_counts_them() -> None:
    presented = ask("cloze")
    assert "_____ (1)" in presented.turn.text and "_____ (2)" in presented.turn.text
    assert presented.turn.expects is not None and presented.turn.expects.blanks == 2


def test_cloze_answers_are_split_on_semicolons() -> None:
    presented = ask("cloze")
    assert presented.grade("28,500; South Korea").verdict is Verdict.CORRECT
    half = presented.grade("28,500; Japan")
    assert half.verdict is Verdict.INCORRECT
    assert "1 of 2 blanks right" in half.feedback
    assert half.score == pytest.approx(0.5)


def test_cloze_with_the_wrong_number_of_blanks_says_how_many() -> None:
    with pytest.raises(AnswerFormatError, match="2 blanks"):
        ask("cloze").grade("28,500")


def _right_order(presented: Presented) -> list[int]:
    assert presented.turn.expects is not None
    shown = presented.turn.expects.options
    return [shown.index(item) + 1 for item in ("first", "second", "third", "fourth")]


def test_ordering_shuffles_items_with_the_injected_random() -> None:
    assert ask("order", seed=1).turn.expects == ask("order", seed=1).turn.expects
    shown = ask("order").turn.expects
    assert shown is not None and list(shown.options) != ["first", "second", "third", "fourth"]


def test_ordering_right_order_is_correct() -> None:
    presented = ask("order")
    reply = ",".join(map(str, _right_order(presented)))
    assert presented.grade(reply).verdict is Verdict.CORRECT


def test_ordering_with_one_adjacent_swap_is_close_with_partial_score() -> None:
    presented = ask("order")
    order = _right_order(presented)
    order[1], order[2] = order[2], order[1]
    result = presented.grade(" ".join(map(str, order)))
    assert result.verdict is Verdict.CLOSE
    assert "2 of 4 in the right place" in result.feedback
    assert result.score == pytest.approx(0.5)


def test_ordering_reversed_is_incorrect() -> None:
    presented = ask("order")
    result = presented.grade(" ".join(map(str, reversed(_right_order(presented)))))
    assert result.verdict is Verdict.INCORRECT


def test_matching_shuffles_rights_and_grades_pairs() -> None:
    presented = ask("match")
    expects = presented.turn.expects
    assert expects is not None and expects.kind is InputKind.MATCH
    rights = [p.right for p in next(q for q in PACK.questions if q.id == "match").pairs]
    key = [expects.targets.index(r) for r in rights]
    letters = "abcd"
    good = " ".join(f"{i + 1}{letters[k]}" for i, k in enumerate(key))
    assert presented.grade(good).verdict is Verdict.CORRECT
    swapped = key[:]
    swapped[0], swapped[1] = swapped[1], swapped[0]
    near = presented.grade(", ".join(f"{i + 1}-{letters[k]}" for i, k in enumerate(swapped)))
    assert near.verdict is Verdict.CLOSE
    assert "2 of 4 pairs right" in near.feedback


def test_free_text_is_graded_on_key_points() -> None:
    presented = ask("free")
    assert presented.grade("It weakens deterrence and the cost is high").verdict is Verdict.CORRECT
    assert presented.grade("I like turtles").verdict is Verdict.INCORRECT


def test_every_question_has_a_hint() -> None:
    for q in PACK.questions:
        assert ask(q.id).hint, q.id


def test_large_numeric_answers_are_shown_in_words_not_scientific_notation() -> None:
    from tutor.learning.questions import readable_number

    assert readable_number(3.5e11, "USD") == "350 billion"
    assert readable_number(28500, "troops") == "28,500"
    assert readable_number(2006) == "2006"
