"""A word every prompt repeats cannot make lint quadratic: a few giveaways per question."""

from __future__ import annotations

from tutor.authoring.giveaways import MAX_OTHERS, giveaway_pairs


def test_a_prompt_giving_away_many_questions_is_reported_for_the_first_few() -> None:
    questions = [
        {"id": f"q{i}", "type": "short_answer", "prompt": f"Is the shared answer {i} right?",
         "accept": ["shared answer"]}
        for i in range(50)
    ]  # fmt: skip
    found = list(giveaway_pairs(questions))
    assert len(found) == 50 * MAX_OTHERS
    assert all(q != o for q, o, _ in found)
    assert {q for q, _, _ in found} == set(range(50))
