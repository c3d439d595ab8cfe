"""Learners' replies to choices, orderings and matchings are read in their usual forms."""

from __future__ import annotations

from tutor.learning.answers import parse_choice, parse_match, parse_order

OPTIONS = ("Seoul", "Busan", "Tokyo")


def test_choice_reads_number_letter_text_and_unique_prefix() -> None:
    assert parse_choice("2", OPTIONS) == 1
    assert parse_choice("c", OPTIONS) == 2
    assert parse_choice(" busan ", OPTIONS) == 1
    assert parse_choice("Tok", OPTIONS) == 2


def test_choice_rejects_out_of_range_and_unknown_text() -> None:
    assert parse_choice("4", OPTIONS) is None
    assert parse_choice("d", OPTIONS) is None
    assert parse_choice("Paris", OPTIONS) is None


def test_order_reads_spaces_and_commas() -> None:
    assert parse_order("3 1 2", 3) == [2, 0, 1]
    assert parse_order("3,1,2", 3) == [2, 0, 1]


def test_order_rejects_repeats_and_wrong_counts() -> None:
    assert parse_order("1 1 2", 3) is None
    assert parse_order("1 2", 3) is None


def test_match_reads_both_forms() -> None:
    assert parse_match("1b 2a 3c", 3, 3) == {0: 1, 1: 0, 2: 2}
    assert parse_match("1-b, 2-a, 3-c", 3, 3) == {0: 1, 1: 0, 2: 2}


def test_match_rejects_missing_or_repeated_lefts() -> None:
    assert parse_match("1b 2a", 3, 3) is None
    assert parse_match("1b 1a 2c", 3, 3) is None
    assert parse_match("hello", 3, 3) is None
