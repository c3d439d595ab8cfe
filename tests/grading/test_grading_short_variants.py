"""Short answers: typos told from other words, variants and abbreviations, surnames."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tutor.cli import main
from tutor.grading import Verdict, WrongAnswer, grade_short
from tutor.grading.wordlist import another_word, frequency


def verdict(answer: str, accept: list[str], reject: list[str] | None = None) -> Verdict:
    return grade_short(answer, accept, [WrongAnswer(r) for r in reject or []]).verdict


def test_a_slip_that_makes_another_real_word_is_not_accepted() -> None:
    assert verdict("deference", ["deterrence"]) is not Verdict.CORRECT
    assert verdict("Tainan", ["Taiwan"], ["China"]) is not Verdict.CORRECT
    assert verdict("Soul", ["Seoul"]) is not Verdict.CORRECT


def test_the_feedback_names_the_other_word() -> None:
    result = grade_short("deference", ["deterrence"])
    assert "deference" in result.feedback + result.hint + " ".join(result.trace)


def test_a_genuine_typo_is_still_accepted() -> None:
    assert verdict("Pyongayng", ["Pyongyang"], ["Seoul"]) is Verdict.CORRECT
    assert verdict("deterrance", ["deterrence"]) is Verdict.CORRECT
    assert verdict("Striker Brigade", ["Stryker Brigade"]) is Verdict.CORRECT


def test_a_slip_onto_a_far_rarer_word_is_still_a_typo() -> None:
    assert frequency("rial") * 100 < frequency("rail")
    assert verdict("light rial", ["light rail"]) is Verdict.CORRECT


def test_forms_and_spellings_of_one_word_are_not_other_words() -> None:
    assert not another_word("theatre", "theater")
    assert not another_word("troop", "troops")
    assert not another_word("colombian", "colombia")
    assert another_word("deference", "deterrence")


def test_a_non_word_gets_one_edit_more_than_a_real_word() -> None:
    assert verdict("recieveing", ["receiving"]) is Verdict.CORRECT
    assert verdict("burden shearing", ["burden sharing"]) is not Verdict.CORRECT


def test_another_entity_sharing_a_word_is_not_the_answer() -> None:
    assert verdict("One China", ["One Theater"], ["Northern Triangle"]) is not Verdict.CORRECT
    assert verdict("Stryker Battalion", ["Stryker Brigade"]) is not Verdict.CORRECT
    assert verdict("Mutual Security Treaty", ["Mutual Defense Treaty"]) is not Verdict.CORRECT


def test_romanisations_of_a_name_are_accepted() -> None:
    assert verdict("Lee Jae-myeong", ["Lee Jae-myung"]) is Verdict.CORRECT
    assert verdict("Kyongju", ["Gyeongju"], ["Busan"]) is Verdict.CORRECT
    assert verdict("Yun Suk-yeol", ["Yoon Suk Yeol"]) is Verdict.CORRECT
    assert verdict("Joseon Ilbo", ["Chosun Ilbo"]) is Verdict.CORRECT


def test_a_romanisation_never_joins_two_different_cities() -> None:
    assert verdict("Gwangju", ["Gyeongju"]) is not Verdict.CORRECT
    assert verdict("Tainan", ["Taiwan"]) is not Verdict.CORRECT


def test_romanisation_applies_to_names_not_common_words() -> None:
    assert verdict("buk", ["book"]) is not Verdict.CORRECT


def test_a_surname_alone_is_accepted_when_it_names_one_person() -> None:
    accept, reject = ["Yoon Suk Yeol"], ["Roh Moo-hyun", "Lee Jae-myung"]
    assert verdict("yoon", accept, reject) is Verdict.CORRECT
    assert verdict("Lincoln", ["Abraham Lincoln"], ["Andrew Johnson"]) is Verdict.CORRECT


def test_a_given_name_alone_is_not_the_answer() -> None:
    assert verdict("George", ["George Washington"], ["John Adams"]) is not Verdict.CORRECT


def test_a_surname_shared_with_a_known_wrong_answer_asks_which_one() -> None:
    result = grade_short("Lee", ["Lee Sang Hyun"], [WrongAnswer("Lee Jae-myung")])
    assert result.verdict is Verdict.CLOSE
    assert "Which Lee" in result.hint


def test_a_title_before_a_surname_is_accepted() -> None:
    assert verdict("President Xi", ["Xi Jinping"], ["Hu Jintao"]) is Verdict.CORRECT
    assert verdict("Sec. Hegseth", ["Pete Hegseth"], ["Elbridge Colby"]) is Verdict.CORRECT


def test_another_office_than_the_accepted_one_is_not_accepted() -> None:
    accept = ["Yoon Suk Yeol", "President Yoon"]
    assert verdict("Prime Minister Yoon", accept) is not Verdict.CORRECT


def test_abbreviations_are_read_as_the_words_the_answer_uses() -> None:
    assert verdict("S. Korea", ["South Korea"], ["North Korea"]) is Verdict.CORRECT
    assert verdict("350 bil", ["$350 billion"], ["$35 billion"]) is Verdict.CORRECT
    assert verdict("nuclear subs", ["nuclear submarines"]) is Verdict.CORRECT


def test_an_abbreviation_of_the_wrong_word_is_still_wrong() -> None:
    assert verdict("N. Korea", ["South Korea"], ["North Korea"]) is Verdict.INCORRECT
    assert verdict("350 mil", ["$350 billion"]) is not Verdict.CORRECT


def test_the_trace_says_how_an_abbreviation_was_read() -> None:
    result = grade_short("350 bil", ["$350 billion"])
    assert "'bil' read as 'billion'" in result.trace[0]


def test_a_pack_can_add_its_own_variant_group() -> None:
    accept = ["United States Forces Korea"]
    assert verdict("USFK", accept) is not Verdict.CORRECT
    groups = [["USFK", "United States Forces Korea"]]
    assert grade_short("USFK", accept, variants=groups).verdict is Verdict.CORRECT


def test_one_doubled_letter_is_forgiven_but_not_a_run() -> None:
    assert verdict("Seoull", ["Seoul"]) is Verdict.CORRECT
    assert verdict("Kim Jong-unn", ["Kim Jong-un"]) is Verdict.CORRECT
    assert verdict("Seoullllllll", ["Seoul"]) is Verdict.INCORRECT
    assert verdict("xxxxxxxx", ["x"]) is Verdict.INCORRECT
    assert verdict("xx", ["x"]) is Verdict.INCORRECT


def test_an_answer_naming_a_second_entity_is_close_and_asks_which_one() -> None:
    result = grade_short("Chosun Ilbo and JoongAng", ["Chosun Ilbo"], [WrongAnswer("UPI")])
    assert result.verdict is Verdict.CLOSE
    assert "Which one" in result.hint
    assert verdict("Hanwha Ocean & Samsung", ["Hanwha Ocean"]) is Verdict.CLOSE


def test_extra_information_after_the_answer_is_not_a_second_entity() -> None:
    assert verdict("Gyeongju, South Korea", ["Gyeongju"]) is Verdict.CORRECT
    assert verdict("Chosun Ilbo newspaper", ["Chosun Ilbo"]) is Verdict.CORRECT


def test_tutor_grade_does_not_accept_a_run_of_one_letter(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for key, answer in (("x", "xxxxxxxx"), ("Seoul", "Seoullllllll")):
        try:
            code = main(["grade", "--accept", key, answer])
        except SystemExit as exc:
            code = int(exc.code or 0)
        assert code == 1
        assert capsys.readouterr().out.startswith("incorrect")


def test_a_doubled_letter_is_never_read_across_two_words() -> None:
    assert verdict("Margaret Hatcher", ["Margaret Thatcher"]) is not Verdict.CORRECT


@settings(max_examples=200, deadline=None)
@given(
    word=st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=10),
    extra=st.integers(min_value=2, max_value=12),
)
def test_a_run_of_repeated_letters_is_never_accepted(word: str, extra: int) -> None:
    assert verdict(word + word[-1] * extra, [word]) is not Verdict.CORRECT
