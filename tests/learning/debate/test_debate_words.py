"""The word tools behind derived cues, hints and one-word prompts."""

from __future__ import annotations

from tutor.grading import KeyPoint as GradedPoint
from tutor.grading import Verdict, grade_keypoints
from tutor.learning.debate.words import (
    blank_word,
    completion_cues,
    derived_cues,
    gist,
    reason_cues,
)

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


SHOWN = "Reducing the Korea garrison frees U.S. forces"
REST = (
    "for the wider Indo-Pacific contest with China, while Seoul takes on more of its own defence."
)


def covers(answer: str, cues: tuple[str, ...]) -> bool:
    return grade_keypoints(answer, [GradedPoint(text=REST, cues=cues)]).keypoints[0].covered


def test_a_completion_naming_one_distinctive_hidden_word_counts() -> None:
    assert covers("to focus on China, the bigger threat", completion_cues(REST, SHOWN))


def test_words_already_shown_or_too_common_never_count_alone() -> None:
    cues = completion_cues(REST, SHOWN)
    assert not covers("it frees the troops", cues)
    assert not covers("for Korea", cues)


def test_a_name_in_the_warrant_counts_but_a_sentence_start_does_not() -> None:
    warrant = "Washington is reassessing. Strategists such as Elbridge Colby argue for China first."
    cues = reason_cues(warrant, SHOWN)
    assert "colby" in cues and "strategists" not in cues
