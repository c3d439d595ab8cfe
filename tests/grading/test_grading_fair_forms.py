"""Forms a fair teacher accepts (dates, short names, plurals, sentences), traps still fail."""

from __future__ import annotations

import pytest

from tutor.grading import Verdict, grade_short


def verdict(answer: str, accept: list[str], reject: list[str] | None = None) -> Verdict:
    return grade_short(answer, accept, reject or []).verdict


@pytest.mark.parametrize("typed", ["4 July 1776", "July 4th, 1776", "4th of July 1776"])
def test_a_date_in_any_order_is_the_same_date(typed: str) -> None:
    assert verdict(typed, ["July 4, 1776"]) is Verdict.CORRECT


def test_a_full_date_answers_a_question_whose_key_is_the_year() -> None:
    assert verdict("It was published on June 26, 1997.", ["1997"]) is Verdict.CORRECT
    assert verdict("February 27, 1996", ["October 2000", "1996"]) is Verdict.CORRECT


def test_a_full_date_answers_a_key_of_month_and_year() -> None:
    assert verdict("14 December 1972", ["December 1972"]) is Verdict.CORRECT


def test_the_right_year_in_the_wrong_month_is_incorrect() -> None:
    assert verdict("April 30, 1993", ["September 1993"]) is Verdict.INCORRECT


def test_a_year_alone_for_a_full_date_is_close() -> None:
    result = grade_short("1977", ["September 19, 1977"])
    assert result.verdict is Verdict.CLOSE
    assert "more specific" in result.hint


def test_a_specific_date_that_contradicts_an_accepted_date_is_incorrect() -> None:
    assert verdict("13 July 1979", ["1979", "21 July 1979"]) is Verdict.INCORRECT


def test_a_day_beside_the_year_is_no_hedge_but_two_offered_numbers_are() -> None:
    assert verdict("It aired on April 17, 1982 and ran for years", ["1982"]) is Verdict.CORRECT
    assert verdict("7 or 8", ["7"]) is Verdict.INCORRECT
    assert verdict("between 1981 and 1982", ["1982"]) is Verdict.INCORRECT


def test_a_year_range_with_a_two_digit_end_is_the_full_range() -> None:
    assert verdict("1648–1651", ["1648-51"]) is Verdict.CORRECT
    assert verdict("1881 and 1885", ["between 1881 and 1885"]) is Verdict.CORRECT


def test_a_spelled_out_number_matches_digits_inside_a_name() -> None:
    assert verdict("season nine", ["season 9"]) is Verdict.CORRECT
    assert verdict("season ten", ["season 9"]) is not Verdict.CORRECT


def test_the_answer_is_found_where_its_words_stand_together() -> None:
    typed = "Jack Thornton's mother, Charlotte Thornton, is played by Brooke Shields."
    assert verdict(typed, ["Charlotte Thornton"]) is Verdict.CORRECT


def test_extra_words_after_a_comma_do_not_change_the_answer() -> None:
    typed = "G. Sankara Kurup, an author from Malayalam, was the first recipient."
    assert verdict(typed, ["Malayalam"]) is Verdict.CORRECT


def test_a_direction_before_the_answer_still_counts_across_a_comma() -> None:
    assert verdict("North, South Korea", ["South Korea"]) is not Verdict.CORRECT


def test_a_number_after_the_answer_still_counts_across_punctuation() -> None:
    assert verdict("Bill Russell (11 rings)", ["Bill Russell"]) is Verdict.INCORRECT


def test_a_qualifier_that_modifies_another_word_does_not_change_the_answer() -> None:
    typed = "The first Chief Minister of West Bengal was Prafulla Chandra Ghosh."
    assert verdict(typed, ["Prafulla Chandra Ghosh"]) is Verdict.CORRECT
    assert verdict("former President Moon", ["President Moon"]) is Verdict.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Dave Gahan", "David Gahan"), ("Harry Connick Jr.", "Harry Connick Jnr"),
     ("6th century BC", "6th century BCE"), ("9:15", "09:15")],
)  # fmt: skip
def test_customary_short_forms_of_names_eras_and_suffixes_are_correct(
    typed: str, expected: str
) -> None:
    assert verdict(typed, [expected]) is Verdict.CORRECT


def test_a_short_form_never_bridges_two_different_given_names() -> None:
    assert verdict("Dave Gahan", ["Daniel Gahan"]) is not Verdict.CORRECT
    assert verdict("Harry Connick Sr.", ["Harry Connick Jnr"]) is Verdict.INCORRECT


def test_the_singular_of_a_common_noun_is_correct() -> None:
    assert verdict("the local authority", ["local authorities"]) is Verdict.CORRECT
    assert verdict("churches", ["a church"]) is Verdict.CORRECT


def test_a_plural_is_not_forgiven_on_a_short_word_or_a_capitalised_name() -> None:
    assert verdict("cats", ["cat"]) is not Verdict.CORRECT
    assert verdict("Cha", ["Chas"]) is not Verdict.CORRECT
    assert verdict("Golden Authority", ["Golden Authorities"]) is not Verdict.CORRECT


def test_initials_for_every_given_name_are_correct_both_ways() -> None:
    assert verdict("B. R. Ambedkar", ["Bhimrao Ramji Ambedkar"]) is Verdict.CORRECT
    assert verdict("B.R. Ambedkar", ["Bhimrao Ramji Ambedkar"]) is Verdict.CORRECT
    assert verdict("Bhimrao Ramji Ambedkar", ["B. R. Ambedkar"]) is Verdict.CORRECT


def test_an_initial_or_a_name_left_out_is_not_the_same_person() -> None:
    assert verdict("G. Bush", ["George W. Bush"]) is not Verdict.CORRECT
    assert verdict("John Adams", ["John Quincy Adams"]) is not Verdict.CORRECT


def test_a_parenthetical_that_leaves_only_a_small_word_is_not_an_answer() -> None:
    assert verdict("in", ["In (unit)"]) is not Verdict.CORRECT
