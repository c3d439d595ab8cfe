"""Short answers: forgive typos and formatting, never a wrong fact (the issue's traps)."""

from __future__ import annotations

import pytest

from tutor.grading import Verdict, WrongAnswer, grade_short, normalize


def verdict(
    answer: str, accept: list[str], reject: list[WrongAnswer | str] | None = None
) -> Verdict:
    return grade_short(answer, accept, reject or []).verdict


def test_normalize_folds_case_punctuation_dashes_quotes_and_filler() -> None:
    assert normalize("I think it’s the Stryker‐Brigade!") == "stryker brigade"


def test_normalize_folds_unicode_compatibility_forms_and_accents() -> None:
    assert normalize("ＵＳＦＫ") == "usfk"
    assert normalize("P'yŏngyang") == "pyongyang"


def test_a_name_with_one_typo_is_correct() -> None:
    assert verdict("Striker Brigade", ["Stryker Brigade"]) is Verdict.CORRECT


def test_a_long_name_forgives_a_transposition() -> None:
    assert verdict("Pyongayng", ["Pyongyang"]) is Verdict.CORRECT


def test_romanisation_variants_of_a_name_are_correct() -> None:
    for typed in ("Kim Jong Un", "kim jong-un", "Kim Jongun", "Kim Jong-Unn"):
        assert verdict(typed, ["Kim Jong-un"]) is Verdict.CORRECT, typed


def test_multi_word_answer_forgives_word_order() -> None:
    assert verdict("Brigade Stryker", ["Stryker Brigade"]) is Verdict.CORRECT


def test_multi_word_answer_forgives_a_missing_small_word() -> None:
    assert verdict("Bank England", ["Bank of England"]) is Verdict.CORRECT


def test_north_korea_is_not_south_korea() -> None:
    result = grade_short("North Korea", ["South Korea"])
    assert result.verdict is Verdict.INCORRECT
    assert any("direction" in line for line in result.trace)


def test_a_different_given_name_is_incorrect() -> None:
    result = grade_short("Kim Jong-il", ["Kim Jong-un"])
    assert result.verdict is Verdict.INCORRECT
    assert "name token differs" in result.trace[0]


def test_a_different_military_unit_is_incorrect() -> None:
    result = grade_short("Stryker Battalion", ["Stryker Brigade"])
    assert result.verdict is Verdict.INCORRECT
    assert "unit differs" in result.trace[0]


@pytest.mark.parametrize(("typed", "expected"), [("Chan", "Cha"), ("Cha", "Chan")])
def test_an_extra_letter_that_makes_another_short_name_is_incorrect(
    typed: str, expected: str
) -> None:
    assert verdict(typed, [expected]) is Verdict.INCORRECT


def test_acronyms_must_match_exactly() -> None:
    assert verdict("USFJ", ["USFK"]) is Verdict.INCORRECT
    assert verdict("THAD", ["THAAD"]) is not Verdict.CORRECT
    assert verdict("usfk", ["USFK"]) is Verdict.CORRECT


def test_a_different_number_inside_a_name_is_incorrect() -> None:
    assert verdict("3rd Infantry Division", ["2nd Infantry Division"]) is Verdict.INCORRECT


def test_a_negated_answer_is_incorrect() -> None:
    assert verdict("not South Korea", ["South Korea"]) is Verdict.INCORRECT


def test_an_answer_embedded_in_a_sentence_is_correct() -> None:
    assert verdict("It was Wilhelm Röntgen in 1901", ["Wilhelm Rontgen"]) is Verdict.CORRECT


def test_a_direction_word_next_to_the_answer_makes_it_incorrect() -> None:
    assert verdict("North Korea", ["Korea"]) is Verdict.INCORRECT


def test_hedging_between_a_right_and_a_known_wrong_answer_is_incorrect() -> None:
    assert (
        verdict("South Korea or North Korea", ["South Korea"], ["North Korea"]) is Verdict.INCORRECT
    )
    assert verdict("North Korea / South Korea", ["South Korea"]) is Verdict.INCORRECT


def test_naming_both_a_right_and_a_known_wrong_answer_is_incorrect() -> None:
    assert (
        verdict("Kim Jong-un and Kim Jong-il", ["Kim Jong-un"], ["Kim Jong-il"])
        is Verdict.INCORRECT
    )


def test_a_known_wrong_answer_gets_its_own_feedback() -> None:
    wrong = WrongAnswer("Kim Jong-il", "Kim Jong-il died in 2011; his son leads now.")
    result = grade_short("kim jong il", ["Kim Jong-un"], [wrong])
    assert result.verdict is Verdict.INCORRECT
    assert result.matched == "Kim Jong-il"
    assert "died in 2011" in result.feedback


def test_a_typo_of_a_known_wrong_answer_is_still_incorrect() -> None:
    assert verdict("Kim Jong-ill", ["Kim Jong-un"], ["Kim Jong-il"]) is Verdict.INCORRECT


def test_a_partial_answer_in_the_right_direction_is_close_with_be_more_specific() -> None:
    result = grade_short("Korea", ["South Korea"])
    assert result.verdict is Verdict.CLOSE
    assert "more specific" in result.hint


def test_a_partial_answer_to_a_how_many_question_is_close() -> None:
    result = grade_short("U.S. troops", ["28,500 U.S. troops"])
    assert result.verdict is Verdict.CLOSE
    assert "more specific" in result.hint


def test_a_misspelling_just_beyond_tolerance_is_close_with_check_the_spelling() -> None:
    result = grade_short("Humfreez", ["Humphreys"])
    assert result.verdict is Verdict.CLOSE
    assert result.hint == "Check the spelling."


def test_the_right_person_in_the_wrong_office_is_close() -> None:
    result = grade_short("Prime Minister Moon Jae-in", ["President Moon Jae-in"])
    assert result.verdict is Verdict.CLOSE
    assert result.hint == "Right person, wrong office."


def test_the_right_person_without_a_title_is_correct() -> None:
    assert verdict("Moon Jae-in", ["President Moon Jae-in"]) is Verdict.CORRECT


def test_a_parenthetical_in_an_accepted_answer_is_optional() -> None:
    assert verdict("Peter Townsend", ["(Group Captain) Peter Townsend"]) is Verdict.CORRECT


def test_the_trace_says_which_alias_matched() -> None:
    result = grade_short("USFK", ["United States Forces Korea", "USFK"])
    assert result.matched == "USFK"
    assert "alias" in result.trace[0]


def test_an_empty_answer_is_incorrect() -> None:
    assert verdict("   ", ["South Korea"]) is Verdict.INCORRECT


def test_an_empty_accept_list_grades_incorrect_instead_of_raising() -> None:
    assert verdict("anything", []) is Verdict.INCORRECT


def test_a_correct_result_passes_and_has_no_hint() -> None:
    result = grade_short("south korea", ["South Korea"])
    assert result.passed
    assert result.hint == ""
