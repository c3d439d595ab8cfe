"""Issue 12's misstatements stay fixed: each is checked against the article it misread."""

from __future__ import annotations

import re
from collections.abc import Iterator

from shipped import PACK_FILES, load, source_texts

from tutor.packs.models import EvidenceQuality, Numeric, Pack

PACKS = [p.stem for p in PACK_FILES]


def strings(value: object) -> Iterator[str]:
    """Every string in a dumped pack, except verbatim quotes (they say what the source says)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key != "quote":
                yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
    elif isinstance(value, str):
        yield value


def pack_text(name: str) -> list[str]:
    return list(strings(load(name).model_dump()))


def argument(pack: Pack, argument_id: str):  # type: ignore[no-untyped-def]
    return next(a for m in pack.motions for a in m.arguments if a.id == argument_id)


def test_the_free_trade_card_quotes_sejongs_whole_sentence_with_no_longer() -> None:
    values = argument(load("alliance-economics"), "ae-aff-values")
    sentence = values.evidence[0].quote
    assert sentence.startswith("The United States is no longer the same America")
    assert sentence.endswith("in which South Korea thrived for decades.")
    assert sentence in source_texts(load("alliance-economics"))["sejong-focus"]


def test_no_pack_states_colbys_2022_strategy_as_fact_outside_an_attribution() -> None:
    for name in PACKS:
        for text in pack_text(name):
            for match in re.finditer(r"2022 (National Defense Strategy|NDS|strategy)", text):
                before = text[: match.start()]
                assert "Sejong calls" in before[-120:], f"{name}: unattributed '2022': {text}"


def test_every_colby_2022_mention_also_names_the_2018_strategy() -> None:
    for name in PACKS:
        for text in pack_text(name):
            if "2022 National Defense Strategy" in text:
                assert "2018" in text, f"{name}: {text}"


def test_the_colby_question_no_longer_asserts_what_its_explanation_doubts() -> None:
    question = next(q for q in load("strategic-flexibility").questions if q.id == "sf-q-colby")
    assert "2022" not in question.prompt
    assert "slip" in question.explanation


def test_maxwells_interests_key_point_quotes_where_he_weighs_seouls_interests() -> None:
    pack = load("strategic-flexibility")
    agility = argument(pack, "sf-aff-agility-platform")
    texts = [k.text for k in agility.key_points] + [agility.model_rebuttal or ""]
    assert not any("never weighs" in t for t in texts)
    assert "protects U.S. and ROK interests" in source_texts(pack)["upi-maxwell"]
    assert any("protects U.S. and ROK interests" in t for t in texts)


def test_300_miles_is_asked_as_evidence_to_check_not_as_a_number_to_recall() -> None:
    for name, qid in (("force-posture", "fp-q-300-miles"), ("strategic-flexibility", "sf-q-miles")):
        question = next(q for q in load(name).questions if q.id == qid)
        assert isinstance(question, EvidenceQuality)
        assert "590" in question.options[question.answer]
    for name in PACKS:
        for q in load(name).questions:
            assert not (isinstance(q, Numeric) and q.value == 300), f"{name}: {q.id}"


def test_every_300_miles_outside_a_quote_comes_with_the_real_distance() -> None:
    for name in PACKS:
        for text in pack_text(name):
            if "300 miles" in text and len(text) > 40:
                assert "590" in text or "check" in text or text.endswith("?"), f"{name}: {text}"


def test_the_modernisation_talks_are_said_to_be_signalled_not_underway() -> None:
    moving = argument(load("force-posture"), "fp-aff-already-moving")
    text = moving.key_points[1].text
    assert "to begin" in text and "opened" not in text and "underway" not in text
    assert "Discussions are to begin" in source_texts(load("force-posture"))["upi-maxwell"]


def test_the_pyongyang_appearance_is_attributed_to_sejong_with_its_reliability() -> None:
    for name in PACKS:
        for q in load(name).questions:
            items = getattr(q, "items", [])
            for item in items:
                if "Pyongyang" in item and "appear" in item:
                    assert "Sejong" in item, f"{name}: {q.id}: {item}"
                    assert "only source" in q.explanation, q.id
