"""Slash commands in a debate, and the flow sheet a judge would keep."""

from __future__ import annotations

from debate_helpers import debate, kinds, skip_to

from tutor.learning.debate import DebateSession
from tutor.learning.debate.flow import FlowEntry, FlowSheet
from tutor.learning.turns import InputKind, TurnKind


def started(kind: str, ref: str | None = None) -> DebateSession:
    session = debate()
    session.start()
    skip_to(session, kind, ref)
    return session


def test_hint_in_a_rebuttal_aims_at_one_missing_point_and_keeps_the_question() -> None:
    session = started("rebuttal", "deter")
    session.respond("the nuclear umbrella deters")
    turns = session.respond("/hint")
    assert turns[0].move == "hint"
    assert turns[0].text == "Hint: Think about the South's own armed forces."
    assert turns[-1].expects is not None and turns[-1].expects.kind is InputKind.TEXT


def test_hint_on_a_choice_gives_the_questions_hint() -> None:
    session = started("evidence")
    turns = session.respond("/hint")
    assert turns[0].text == "Hint: The card must say what the claim says."
    assert turns[-1].expects is not None and turns[-1].expects.kind is InputKind.CHOICE


def test_evidence_shows_the_opposing_arguments_card_with_its_reliability() -> None:
    session = started("rebuttal", "deter")
    turns = session.respond("/evidence")
    assert kinds(turns) == [TurnKind.CARD]
    card = turns[0].card
    assert card is not None
    assert card.quote == "The troops act as a tripwire that guarantees American involvement."
    assert card.reliability == "Reliability note of think."
    assert "Think piece" in card.citation


def test_skip_records_a_miss_shows_the_points_and_moves_on() -> None:
    session = started("rebuttal", "deter")
    turns = session.respond("/skip")
    assert turns[0].kind is TurnKind.FEEDBACK and "Skipped." in turns[0].text
    assert turns[1].move == "summary"
    assert session.core.card.outcomes[-1].verdict == "incorrect"
    assert session.step is not None and session.step.ref == "alliance"


def test_a_skipped_opposing_argument_is_marked_dropped_on_the_flow() -> None:
    session = started("rebuttal", "deter")
    session.respond("/skip")
    entry = session.flow.argument("deter")
    assert entry is not None and entry.dropped
    assert "The troops deter a North Korean attack.  DROPPED" in session.flow.to_text()


def test_a_failed_rebuttal_leaves_the_argument_dropped() -> None:
    session = started("rebuttal", "alliance")
    for reply in ("no", "no", "no"):
        session.respond(reply)
    assert [e.argument_id for e in session.flow.dropped()] == ["deter", "alliance"]  # deter skipped
    response = session.flow.column("rebuttal")[-1]
    assert response.responds_to == "alliance" and response.verdict == "incorrect"


def test_an_answered_argument_is_not_dropped_and_the_replies_are_flowed() -> None:
    session = started("rebuttal", "deter")
    session.respond("the nuclear umbrella deters")
    session.respond("and South Korea's own military is strong")
    assert session.flow.dropped() == []
    answer = next(e for e in session.flow.column("rebuttal") if e.responds_to == "deter")
    assert answer.text == "the nuclear umbrella deters / and South Korea's own military is strong"


def test_flow_shows_the_sheet_by_speech_and_asks_the_question_again() -> None:
    session = started("crossex", "count")
    turns = session.respond("/flow")
    assert turns[0].kind is TurnKind.FLOW
    text = turns[0].text
    for title in ("[Constructive]", "[Cross-examination]", "[Rebuttal]", "[Weighing]"):
        assert title in text
    assert "Withdraw: Keeping troops in Korea costs American taxpayers" in text
    assert turns[-1].expects is not None and turns[-1].expects.kind is InputKind.TEXT


def test_ask_answers_from_the_pack_with_a_citation() -> None:
    session = started("case")
    turns = session.respond("/ask what is the NCG?")
    assert turns[0].text.startswith("From the glossary: NCG")
    assert "Defined from:" in turns[0].text
    assert session.respond("/ask what is the capital of France?")[0].text.startswith("I don't know")


def test_help_lists_the_commands_and_an_unknown_one_is_an_error() -> None:
    session = started("case")
    assert "/flow" in session.respond("/help")[0].text
    assert session.respond("/dance")[0].kind is TurnKind.ERROR


def test_wrong_without_a_store_is_refused_and_the_miss_stands() -> None:
    session = started("rebuttal", "deter")
    session.respond("/skip")
    turns = session.respond("/wrong my answer was fine")
    assert turns[0].kind is TurnKind.ERROR and "nothing was recorded" in turns[0].text
    assert session.core.card.outcomes[-1].verdict == "incorrect"


def test_a_flow_sheet_keeps_its_rows_through_plain_data() -> None:
    sheet = FlowSheet("Resolved: x")
    sheet.add(FlowEntry("rebuttal", "Stay", "Troops deter.", "deter"))
    sheet.add(FlowEntry("rebuttal", "Withdraw", "Umbrella.", responds_to="deter", verdict="close"))
    again = FlowSheet.from_rows(sheet.resolution, sheet.rows())
    assert again == sheet
    assert "    → Withdraw: Umbrella. ~" in again.to_text()


def test_an_empty_answer_is_not_graded_and_the_question_stays() -> None:
    session = started("crossex", "host")
    turns = session.respond("   ")
    assert turns[0].kind is TurnKind.ERROR
    assert turns[0].expects is not None and turns[0].expects.kind is InputKind.TEXT
    assert (
        session.core.card.outcomes == []
        or session.core.card.outcomes[-1].key != "debate-test:question:host"
    )
    assert session.step is not None and session.step.ref == "host"
