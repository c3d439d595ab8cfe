"""The plain renderer prints turns as clean text and the driver stops at end of input."""

from __future__ import annotations

import io
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "learning"))
from engine_packs import make_pack

from tutor.learning.drill.quiz import quiz_session
from tutor.learning.turns import CardView, Expects, InputKind, Turn, TurnKind
from tutor.plain.driver import run_plain
from tutor.plain.render import render


def test_choices_are_numbered_and_matching_targets_lettered() -> None:
    turn = Turn(
        TurnKind.QUESTION,
        "Who said it?",
        progress=(1, 4),
        expects=Expects(
            InputKind.MATCH, options=("Brunson", "Maxwell"), targets=("carrier", "retreat")
        ),
    )
    assert render(turn).splitlines() == [
        "[2/4] Who said it?",
        "  1. Brunson",
        "  2. Maxwell",
        "  a) carrier",
        "  b) retreat",
        "(type pairs, e.g. 1b 2a)",
    ]


def test_cards_show_tag_citation_quote_and_reliability_without_escapes() -> None:
    card = CardView("Tag\x1b[31m", "Quote", '"T" — A, O, 2025', "Solid.")
    text = render(Turn(TurnKind.CARD, "Tag", card=card))
    assert text.splitlines() == [
        "Card: Tag",
        '  "T" — A, O, 2025',
        "  “Quote”",
        "  Reliability: Solid.",
    ]


def test_a_whole_quiz_runs_from_lines_and_ends_at_end_of_input() -> None:
    session = quiz_session(make_pack(), None, count=3, rng=random.Random(2))
    out = io.StringIO()
    assert run_plain(session, io.StringIO("/skip\n/skip\n"), out) == 0
    text = out.getvalue()
    assert "[1/3]" in text and "[3/3]" in text
    assert text.rstrip().endswith("(end of input: your answers so far are saved)")
    assert not session.finished


def test_a_finished_quiz_stops_reading() -> None:
    session = quiz_session(make_pack(), None, count=1, rng=random.Random(2))
    out = io.StringIO()
    run_plain(session, io.StringIO("/skip\nextra line\n"), out)
    assert "Done: 0 of 1 right." in out.getvalue() and "end of input" not in out.getvalue()
