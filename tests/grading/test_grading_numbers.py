"""Numbers are compared as values: formatting is forgiven, a different number is not."""

from __future__ import annotations

import pytest

from tutor.grading import Verdict, grade_numeric, grade_short, parse_number


@pytest.mark.parametrize(
    "typed",
    ["28,500", "28500", "28 500", "28.5k", "twenty-eight thousand five hundred",
     "about 28,500 troops", "I think it's 28.5 thousand"],
)  # fmt: skip
def test_numeric_answer_ignores_thousands_separator_and_wording(typed: str) -> None:
    assert grade_short(typed, ["28,500"]).verdict is Verdict.CORRECT


@pytest.mark.parametrize("typed", ["$350 billion", "USD 350bn", "350B", "350 billion dollars"])
def test_money_with_scale_words_is_the_same_amount(typed: str) -> None:
    assert grade_short(typed, ["$350 billion"]).verdict is Verdict.CORRECT


def test_million_is_not_billion() -> None:
    result = grade_short("$350 million", ["$350 billion"])
    assert result.verdict is not Verdict.CORRECT
    assert "scale" in result.hint


@pytest.mark.parametrize("typed", ["15%", "15 percent", "fifteen per cent", "15 per cent"])
def test_percentages_in_any_wording_are_equal(typed: str) -> None:
    assert grade_short(typed, ["15%"]).verdict is Verdict.CORRECT


def test_a_different_year_is_incorrect() -> None:
    assert grade_short("1950", ["1953"]).verdict is Verdict.INCORRECT
    assert grade_short("in 1953", ["1953"]).verdict is Verdict.CORRECT


def test_a_different_number_is_incorrect() -> None:
    result = grade_short("4,500", ["28,500"])
    assert result.verdict is Verdict.INCORRECT
    assert "number parsed as 4,500" in result.trace[0]


def test_an_order_of_magnitude_slip_is_not_correct_and_says_so() -> None:
    result = grade_short("45,000", ["4,500"])
    assert result.verdict is Verdict.CLOSE
    assert result.hint == "Off by a factor of ten."


def test_a_known_wrong_number_is_incorrect_in_any_format() -> None:
    result = grade_short("4500", ["28,500"], ["4,500"])
    assert result.verdict is Verdict.INCORRECT
    assert result.matched == "4,500"


def test_hedging_between_two_numbers_is_incorrect() -> None:
    assert grade_short("4,500 or 28,500", ["28,500"]).verdict is Verdict.INCORRECT
    assert grade_short("between 4,500 and 28,500", ["28,500"]).verdict is Verdict.INCORRECT


def test_a_question_tolerance_accepts_nearby_values() -> None:
    assert grade_numeric("28,400", 28_500, tolerance=200).verdict is Verdict.CORRECT
    assert grade_numeric("28,000", 28_500, tolerance=200).verdict is Verdict.INCORRECT


def test_a_question_unit_rejects_a_different_currency() -> None:
    assert grade_numeric("€350", 350, unit="usd").verdict is Verdict.INCORRECT
    assert grade_numeric("$350", 350, unit="usd").verdict is Verdict.CORRECT


def test_a_numeric_question_without_a_number_in_the_answer_is_incorrect() -> None:
    assert grade_numeric("lots of troops", 28_500).verdict is Verdict.INCORRECT


def test_parse_number_reads_scale_and_unit() -> None:
    parsed = parse_number("USD 350bn")
    assert parsed is not None
    assert (parsed.value, parsed.scale, parsed.unit) == (350e9, "billion", "usd")


def test_parse_number_returns_none_without_a_number() -> None:
    assert parse_number("no number here") is None


def test_parse_number_marks_percentages() -> None:
    parsed = parse_number("fifteen per cent")
    assert parsed is not None
    assert parsed.value == 15 and parsed.is_percent
