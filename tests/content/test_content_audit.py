"""The audit of issue 12's fixes: what the articles do not say is marked, never stated as fact.

Each test pins one correction made when the fixed packs were read again against the five
articles: a fact from outside them must say so, a paraphrase must keep its source's
condition, and an explanation must talk about the options the question really offers.
"""

from __future__ import annotations

import re

from shipped import PACK_FILES, load, source_texts
from test_content_fixes import argument, pack_text

from tutor.packs.library import check_pack
from tutor.packs.models import Pack, Question

PACKS = [p.stem for p in PACK_FILES]


def question(pack: Pack, question_id: str) -> Question:
    return next(q for q in pack.questions if q.id == question_id)


def all_articles() -> str:
    return "\n".join(source_texts(load(PACKS[0])).values())


def test_the_shipped_packs_validate_without_a_single_warning() -> None:
    for path in PACK_FILES:
        assert check_pack(path) == [], path.name


def test_no_pack_claims_the_modernisation_talks_have_settled_or_negotiated_nothing() -> None:
    for name in PACKS:
        for text in pack_text(name):
            assert "nothing has been negotiated" not in text, f"{name}: {text}"
    point = argument(load("force-posture"), "fp-aff-already-moving").key_points[1].text
    assert "no article reports" in point


def test_the_2006_veto_is_not_said_to_have_been_made_for_a_peninsula_only_threat() -> None:
    assert "peninsula-only threat" not in all_articles()
    for name in PACKS:
        for text in pack_text(name):
            assert "for a peninsula-only threat" not in text, f"{name}: {text}"
            assert "for the threat of 2006" not in text, f"{name}: {text}"
    precedent = argument(load("strategic-flexibility"), "sf-aff-2006-precedent")
    assert "attached to it in 2006" in precedent.claim
    assert "retained veto power over regional deployments" in all_articles()


def test_every_map_distance_says_it_comes_from_a_map_not_the_articles() -> None:
    assert "590" not in all_articles()
    for name in PACKS:
        pack = load(name)
        options = {o: q for q in pack.questions for o in getattr(q, "options", [])}
        for text in pack_text(name):
            if re.search(r"\b590\b", text) and len(text) > 120:
                where = options[text].explanation if text in options else text
                assert "map" in where, f"{name}: {text}"


def test_colbys_2018_strategy_is_marked_as_background_from_outside_the_articles() -> None:
    assert "2018 National Defense Strategy" not in all_articles()
    for name in PACKS:
        for text in pack_text(name):
            if "2018 one" in text:
                assert "Background from outside these articles" in text, f"{name}: {text}"


def test_the_pyongyang_guests_are_marked_as_outside_the_articles() -> None:
    articles = all_articles()
    assert "Li Qiang" not in articles and "Medvedev" not in articles
    seen = 0
    for name in PACKS:
        for text in pack_text(name):
            if "Li Qiang" in text or "Medvedev" in text:
                seen += 1
                assert "outside these articles" in text, f"{name}: {text}"
    assert seen >= 4


def test_the_free_text_facts_attribute_the_pyongyang_appearance_to_sejong() -> None:
    northern = question(load("strategic-flexibility"), "sf-q-free-northern")
    facts = northern.key_points[0].text  # type: ignore[union-attr]
    assert "Pyongyang" in facts and "Sejong reports" in facts


def test_the_neutrality_warning_keeps_sejongs_condition_when_it_answers_the_veto() -> None:
    sentence = "the perception of neutrality can erode trust if Seoul’s principles"
    assert sentence in all_articles()
    rebuttal = argument(load("strategic-flexibility"), "sf-neg-veto-precedent").model_rebuttal
    assert "if Seoul's principles are not clearly articulated" in (rebuttal or "")


def test_the_explainer_distractor_quotes_only_what_the_explainer_says() -> None:
    best = question(load("strategic-flexibility"), "sf-q-eq-best-axis")
    option = best.options[0]  # type: ignore[union-attr]
    assert option.startswith("Troop explainer")
    assert "1953" not in option
    assert (
        "altered the security calculus."
        in source_texts(load("strategic-flexibility"))["troop-explainer"]
    )


def test_explanations_speak_of_the_options_the_questions_offer() -> None:
    best = question(load("strategic-flexibility"), "sf-q-eq-best-axis")
    assert "explainer" in best.explanation and "digest" not in best.explanation
    card = question(load("force-posture"), "fp-q-eq-best-card")
    assert "More on these topics" not in card.explanation
    assert "second-hand summary" in card.explanation
    summit = question(load("alliance-economics"), "ae-mc-summit")
    assert "DMZ" not in summit.explanation
    view = question(load("strategic-flexibility"), "sf-q-sea-view")
    assert "tension only" in view.explanation
