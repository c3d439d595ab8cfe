"""A point made in the learner's own words is found from the point's text and examples,
by word stems from a library, and never credited when the learner denies it."""

from __future__ import annotations

from judge_motion import stances

from tutor.grading import Stance
from tutor.grading.stems import stem


def test_a_paraphrase_of_the_key_points_text_is_found_without_any_cue() -> None:
    answer = "Private cars carry far fewer people per lane than a tram line does."
    assert stances(answer)[1] is Stance.ASSERTED


def test_a_paraphrase_of_an_example_phrasing_is_found() -> None:
    answer = "Whenever a city widens a road, people start driving more until it jams again."
    assert stances(answer)[0] is Stance.ASSERTED


def test_a_plain_english_synonym_meets_the_key_points_word() -> None:
    answer = "The cash should go to maintaining the roads the city already owns."
    assert stances(answer)[2] is Stance.ASSERTED


def test_a_paraphrase_said_in_the_negative_is_denied_not_credited() -> None:
    answer = "The money is not better spent maintaining the roads the city already has."
    assert stances(answer)[2] is Stance.DENIED


def test_sharing_only_the_topic_words_of_the_claim_is_not_a_point() -> None:
    assert stances("The city centre needs a ring road to cut congestion.") == [
        Stance.ABSENT
    ] * 3 or all(
        s is not Stance.ASSERTED
        for s in stances("The city centre needs a ring road to cut congestion.")
    )


def test_the_stemmer_joins_inflections_and_british_spellings() -> None:
    assert stem("deters") == stem("deterred") == stem("deter")
    assert stem("modernise") == stem("modernize")
    assert stem("defence") == stem("defense") == stem("defend")
    assert stem("smaller") == stem("small")
    assert stem("advocacy") == stem("advocate")
    assert stem("closest") != stem("closer")
