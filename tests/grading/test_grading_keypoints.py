"""Free-text answers are graded by which key points they cover, and where."""

from __future__ import annotations

from tutor.grading import KeyPoint, Verdict, grade_keypoints

DETER = KeyPoint("US troops deter North Korean aggression", ("deter", "deterrence"))
COST = KeyPoint("Withdrawal saves money", ("saves money", "cost"))
ALLIES = KeyPoint("Allies doubt US commitment", ("allies doubt", "credibility"), weight=2.0)


def test_covered_key_points_report_the_span_of_the_learners_words() -> None:
    answer = "Troops there deter aggression, and withdrawal saves money."
    result = grade_keypoints(answer, [DETER, COST])
    assert [k.covered for k in result.keypoints] == [True, True]
    spans = [answer[s.start : s.end] for s in result.spans]
    assert spans == ["deter", "saves money"]
    assert result.verdict is Verdict.CORRECT


def test_a_negated_cue_does_not_cover_its_key_point() -> None:
    result = grade_keypoints("Keeping troops would not deter anyone.", [DETER])
    assert result.keypoints[0].covered is False
    assert result.keypoints[0].negated is True
    assert "opposite" in result.feedback


def test_a_contracted_negation_also_counts() -> None:
    result = grade_keypoints("They wouldn't deter Pyongyang.", [DETER])
    assert result.keypoints[0].negated is True


def test_negation_before_a_clause_break_does_not_reach_the_cue() -> None:
    result = grade_keypoints("Not cheap, but troops deter attacks.", [DETER])
    assert result.keypoints[0].covered is True


def test_a_cue_that_itself_says_not_is_covered_by_a_negative_answer() -> None:
    point = KeyPoint("Troops do not deter", ("not deter",))
    assert grade_keypoints("they do not deter at all", [point]).keypoints[0].covered
    assert not grade_keypoints("they deter", [point]).keypoints[0].covered


def test_cue_words_may_be_inflected_or_misspelled() -> None:
    result = grade_keypoints("their presense is a deterrent that deters aggresion", [DETER])
    assert result.keypoints[0].covered


def test_the_score_is_weighted_by_key_point_weight() -> None:
    result = grade_keypoints("It saves money.", [COST, ALLIES])
    assert abs(result.score - 1 / 3) < 1e-9


def test_some_but_not_enough_points_is_close_with_a_hint_for_a_missing_point() -> None:
    result = grade_keypoints("It saves money.", [DETER, COST, ALLIES])
    assert result.verdict is Verdict.CLOSE
    assert result.hint.startswith("Not yet covered")


def test_no_point_covered_is_incorrect() -> None:
    assert grade_keypoints("I like turtles.", [DETER, COST]).verdict is Verdict.INCORRECT


def test_the_threshold_decides_pass_or_fail() -> None:
    answer = "Withdrawal saves money."
    assert grade_keypoints(answer, [DETER, COST], threshold=0.5).passed
    assert not grade_keypoints(answer, [DETER, COST], threshold=0.6).passed


def test_a_key_point_without_cues_is_found_by_its_own_words() -> None:
    point = KeyPoint("the battery terminals are not connected")
    result = grade_keypoints("because the terminals of the battery are not connected", [point])
    assert result.keypoints[0].covered


def test_no_key_points_scores_zero_without_raising() -> None:
    result = grade_keypoints("anything", [])
    assert result.score == 0.0
    assert result.verdict is Verdict.INCORRECT


def test_not_only_is_emphasis_and_still_covers_the_point() -> None:
    points = [KeyPoint(text="troops deter North Korea", cues=("deter",))]
    result = grade_keypoints("the troops not only deter Pyongyang but reassure Seoul", points)
    assert result.keypoints[0].covered


def test_double_negation_cancels_and_covers_the_point() -> None:
    points = [KeyPoint(text="troops deter North Korea", cues=("deter",))]
    assert grade_keypoints("it does not fail to deter", points).keypoints[0].covered
    assert not grade_keypoints("they never deter anyone", points).keypoints[0].covered


VETO = KeyPoint("Seoul has a veto", ("say no",))
EXTENDED = KeyPoint("Commitment runs through extended deterrence", ("extended deterrence",))
TRADE = KeyPoint("Aligning is compatible with trade", ("keep trading",))


def covers(answer: str, point: KeyPoint) -> bool:
    return grade_keypoints(answer, [point]).keypoints[0].covered


def test_a_cue_ending_in_a_negator_is_covered_when_the_answer_says_it() -> None:
    assert covers("Korea can say no to the US", VETO)
    assert covers("Seoul says no.", VETO)


def test_a_cue_ending_in_a_negator_is_not_covered_by_a_distant_or_negated_no() -> None:
    assert not covers("I say there is no reason to worry", VETO)
    result = grade_keypoints("Korea cannot say no to Washington", [VETO])
    assert result.keypoints[0].negated is True


def test_a_noun_cue_followed_by_a_negated_verb_is_negated() -> None:
    for answer in (
        "Extended deterrence is not credible.",
        "extended deterrence doesnt work without troops",
        "Extended deterrence really isn't enough",
        "Extended deterrence never works",
    ):
        result = grade_keypoints(answer, [EXTENDED])
        assert result.keypoints[0].negated is True, answer


def test_a_not_after_a_comma_or_as_a_contrast_does_not_negate_the_cue_before_it() -> None:
    assert covers("Extended deterrence, not troops, keeps the peace.", EXTENDED)
    assert covers("extended deterrence and not troop numbers keeps the peace", EXTENDED)
    assert covers("Extended deterrence not troops keeps the peace", EXTENDED)


def test_a_negation_about_something_after_the_cue_leaves_the_cue_covered() -> None:
    assert covers("Extended deterrence doesn't need troops on the ground", EXTENDED)
    assert covers("Extended deterrence is not only cheap but credible", EXTENDED)


def test_a_negated_it_is_possible_to_reaches_a_cue_at_the_end_of_its_clause() -> None:
    negated = "It is not compatible to align with the US and keep trading."
    assert grade_keypoints(negated, [TRADE]).keypoints[0].negated is True
    assert covers("It is compatible to align with the US and keep trading.", TRADE)
    assert covers("It is not hard to see why Seoul would align with the US and keep trading", TRADE)
    assert covers("It is not possible to ignore China, so Seoul should keep trading", TRADE)
    assert covers("It isn't possible to cut trade so Seoul will keep trading", TRADE)
    untrue = grade_keypoints("It is not true that Seoul will keep trading", [TRADE])
    assert untrue.keypoints[0].negated is True


def test_british_and_american_spellings_and_the_verb_defend_meet() -> None:
    point = KeyPoint("Korea can defend itself", ("defence spending", "defend itself"))
    assert covers("Korea raises its defense spending", point)
    assert covers("Seoul is defending itself already", point)
    assert covers("Seoul puts more spending on defences", KeyPoint("x", ("defence spending",)))


def test_comparatives_plurals_and_noun_forms_meet_their_base_word() -> None:
    assert covers("a smaller footprint can do more", KeyPoint("x", ("small footprint",)))
    assert covers("it is one-sided advocacy", KeyPoint("x", ("advocate",)))
    assert covers("troops reassure allies", KeyPoint("x", ("reassurance",)))
    assert covers("Seoul sees the threat", KeyPoint("x", ("see the threat",)))


def test_a_superlative_is_not_taken_for_the_comparative() -> None:
    assert not covers("the lines are closer together", KeyPoint("x", ("closest together",)))
