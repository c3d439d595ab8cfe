"""The plain renderer prints turns as clean text and the driver stops at end of input."""

from __future__ import annotations

import io
import random
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "learning"))
from engine_packs import make_pack

from tutor.learning.drill.quiz import quiz_session
from tutor.learning.drill.session import DrillSession
from tutor.learning.turns import CardView, Expects, InputKind, Turn, TurnKind
from tutor.plain.driver import run_plain
from tutor.plain.render import render
from tutor.store import ProgressStore

NOW = datetime(2025, 11, 3, 9, 0, tzinfo=UTC)


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


def test_a_finished_quiz_reads_on_until_a_blank_line() -> None:
    session = quiz_session(make_pack(), None, count=1, rng=random.Random(2))
    out = io.StringIO()
    run_plain(session, io.StringIO("/skip\nextra line\n\nnot read\n"), out)
    text = out.getvalue()
    assert "Done: 0 of 1 right." in text and "end of input" not in text
    assert text.count("This session is over.") == 1  # "extra line"; the blank line ends


def _quiz_on(*ids: str, store: ProgressStore | None = None) -> DrillSession:
    session = quiz_session(make_pack(), store, count=20, rng=random.Random(2), clock=lambda: NOW)
    session.items = [i for i in session.items if i.question and i.question.id in ids]
    return session


def _played(session: DrillSession, lines: str) -> list[str]:
    out = io.StringIO()
    run_plain(session, io.StringIO(lines), out)
    return out.getvalue().splitlines()


def test_a_miss_is_one_verdict_line_the_answer_the_explanation_and_a_cite() -> None:
    lines = _played(_quiz_on("short"), "North Korea\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("[incorrect]"))
    assert lines[at] == "[incorrect] Not quite. The troops are in the South."
    assert lines[at + 1 : at + 4] == [
        "Answer: South Korea",
        "Explanation of short.",
        'Source: "Troops explainer" — Test Outlet, 2025-10-31',
    ]
    text = "\n".join(lines)
    assert "Not correct" not in text and "That is not the answer" not in text


def test_a_right_answer_says_correct_once() -> None:
    lines = _played(_quiz_on("short"), "South Korea\n")
    [verdict] = [line for line in lines if line.startswith("[correct]")]
    assert verdict == "[correct] Correct."
    assert not any(line.startswith("Answer:") for line in lines)  # nothing to correct


def test_a_sources_reliability_is_told_once_a_session_and_again_on_why() -> None:
    lines = _played(_quiz_on("short", "num"), "North Korea\n/why\n4500\n/why\n")
    notes = [line for line in lines if "Reliability of explainer." in line]
    assert notes[0].strip() == "Reliability: Reliability of explainer."
    assert len(notes) == 3  # with the first cite, then on each /why
    assert sum(line.strip().startswith("Reliability:") for line in lines) == 1


def test_a_wrong_after_the_last_question_is_recorded_pending(tmp_path: Path) -> None:
    with ProgressStore.open(tmp_path) as store:
        lines = _played(
            _quiz_on("short", store=store), "North Korea\n/wrong Pyongyang hosts them\n"
        )
        [said] = [line for line in lines if "pending" in line]
        assert "stands until an instructor accepts it" in said
        assert [a["reason"] for a in store.list_appeals()] == ["Pyongyang hosts them"]


def test_bidi_controls_in_pack_text_never_reach_plain_output() -> None:
    turn = Turn(
        TurnKind.QUESTION,
        "Open \u202egnp.exe\u202c?",
        expects=Expects(InputKind.CHOICE, options=("\u2067one\u2069", "two\u200f")),
    )
    text = render(turn)
    assert text.splitlines()[:3] == ["Open gnp.exe?", "  1. one", "  2. two"]
    assert not any("\u2000" <= ch <= "\u206f" or ch == "\u061c" for ch in text)
