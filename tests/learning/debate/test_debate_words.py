"""The word tools behind derived cues, hints and one-word prompts."""

from __future__ import annotations

from tutor.grading import KeyPoint as GradedPoint
from tutor.grading import Verdict, grade_keypoints
from tutor.learning.debate.words import blank_word, derived_cues, gist

CLAIM = "Korea costs American taxpayers billions every year."


def test_derived_cues_pair_the_longest_content_words() -> None:
    cues = derived_cues(CLAIM)
    assert "costs billions" in cues and "american taxpayers" in cues
    assert all(len(cue.split()) == 2 for cue in cues)


def test_a_derived_cue_needs_two_words_so_one_common_word_does_not_count() -> None:
    point = GradedPoint(CLAIM, derived_cues(CLAIM))
    assert grade_keypoints("it costs billions", [point]).verdict is Verdict.CORRECT
    assert grade_keypoints("Korea", [point]).verdict is Verdict.INCORRECT


def test_gist_keeps_the_start_of_a_point() -> None:
    assert gist("The nuclear umbrella deters without troops") == "The nuclear umbrella…"


def test_blank_word_hides_a_cue_word_inside_the_point() -> None:
    shown, word = blank_word("The troops act as a tripwire", ["tripwire"])
    assert (shown, word) == ("The troops act as a ____", "tripwire")


def test_blank_word_falls_back_to_the_first_letter_and_length() -> None:
    assert blank_word("A point", ["deterrence"]) == ("d_________ (10 letters)", "deterrence")
