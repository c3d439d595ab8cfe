"""Ask the tutor: free questions answered from the glossary or a card, with a citation."""

from __future__ import annotations

import pytest
from engine_packs import make_pack

from tutor.learning.ask import NOT_KNOWN, AskIndex
from tutor.learning.turns import TurnKind

INDEX = AskIndex([make_pack()])


def test_who_called_korea_a_fixed_aircraft_carrier_finds_the_brunson_card() -> None:
    turns = INDEX.answer("who called Korea a fixed aircraft carrier?")
    assert [t.kind for t in turns] == [TurnKind.SAY, TurnKind.CARD]
    card = turns[1].card
    assert card is not None and "Brunson" in card.quote
    assert card.citation == '"Brunson on posture" — Jane Doe, Test Outlet, 2025-10-31'


def test_what_is_the_ncg_finds_the_glossary_entry() -> None:
    match = INDEX.best("what is the NCG?")
    assert match is not None and match.kind == "glossary"
    assert match.card.tag == "NCG"
    assert "nuclear deterrence" in match.card.quote


def test_an_alias_finds_its_glossary_entry() -> None:
    match = INDEX.best("What does Nuclear Consultative Group mean")
    assert match is not None and match.card.tag == "NCG"


def test_glossary_entry_without_source_is_cited_as_background() -> None:
    match = INDEX.best("what is a tripwire")
    assert match is not None and match.card.tag == "tripwire"
    assert match.card.citation == "background (glossary)"


@pytest.mark.parametrize(
    "question",
    ["what is the capital of France?", "who won the 1998 world cup", "how do I bake bread", "?"],
)
def test_questions_the_pack_cannot_answer_say_so(question: str) -> None:
    turns = INDEX.answer(question)
    assert [t.text for t in turns] == [NOT_KNOWN]


def test_how_many_troops_finds_the_troop_card() -> None:
    match = INDEX.best("how many troops does US Forces Korea have")
    assert match is not None and "28,500" in match.card.quote


def test_a_glossary_answer_is_never_shown_as_a_quoted_card() -> None:
    pack = make_pack()
    turns = AskIndex([pack]).answer("what is the NCG?")
    assert "From the glossary" in turns[0].text
    definitions = {g.definition for g in pack.glossary}
    shown_as_quotes = {t.card.quote for t in turns if t.kind is TurnKind.CARD and t.card}
    assert not shown_as_quotes & definitions
