"""Plain mode: print turns as text and read answers line by line.

The same sessions the Textual app drives, for pipes, scripts, screen readers and
tests. Options are numbered (targets of a matching are lettered), cards show tag,
citation, quote and reliability, feedback shows the verdict and any hint. Every
string passes through :func:`tutor.text.clean`. End of input ends the session
cleanly: answers are recorded as they are given, so nothing is lost.
"""

from __future__ import annotations

from typing import Protocol, TextIO

from tutor.learning.answers import LETTERS
from tutor.learning.turns import InputKind, Turn, TurnKind
from tutor.text import clean, valid_text

_HOW = {
    InputKind.CHOICE: "(type a number, a letter or the option)",
    InputKind.ORDER: "(type the numbers in the right order, e.g. 3 1 2)",
    InputKind.MATCH: "(type pairs, e.g. 1b 2a)",
    InputKind.CONTINUE: "(press Enter to go on)",
}
_VERDICT = {"correct": "[correct]", "close": "[close]", "incorrect": "[incorrect]"}


class Session(Protocol):
    """What the plain driver needs of a session."""

    def start(self) -> list[Turn]: ...
    def respond(self, text: str) -> list[Turn]: ...
    @property
    def finished(self) -> bool: ...


def render(turn: Turn) -> str:
    """One turn as plain text (several lines for questions and cards)."""
    text = clean(turn.text)
    if turn.kind is TurnKind.QUESTION:
        return _question(turn, text)
    if turn.kind is TurnKind.FEEDBACK:
        verdict = turn.grade.verdict.value if turn.grade is not None else ""
        lines = [f"{_VERDICT.get(verdict, '')} {text}".strip()]
        if turn.grade is not None and turn.grade.hint and verdict != "correct":
            lines.append(f"Hint: {clean(turn.grade.hint)}")
        return "\n".join(lines)
    if turn.kind is TurnKind.CARD and turn.card is not None:
        return _card(turn)
    prefix = {TurnKind.PHASE: "== ", TurnKind.ERROR: "! ", TurnKind.MOVE: "Tutor: "}
    suffix = " ==" if turn.kind is TurnKind.PHASE else ""
    return f"{prefix.get(turn.kind, '')}{text}{suffix}"


def _question(turn: Turn, text: str) -> str:
    head = f"[{turn.progress[0] + 1}/{turn.progress[1]}] " if turn.progress else ""
    lines = [f"{head}{text}"]
    expects = turn.expects
    if expects is not None:
        lines.extend(f"  {i}. {clean(o)}" for i, o in enumerate(expects.options, 1))
        lines.extend(f"  {LETTERS[i]}) {clean(t)}" for i, t in enumerate(expects.targets))
        if expects.kind is InputKind.TEXT and expects.blanks > 1:
            lines.append(f"(fill {expects.blanks} blanks, separated by ;)")
        elif expects.kind in _HOW:
            lines.append(_HOW[expects.kind])
    return "\n".join(lines)


def _card(turn: Turn) -> str:
    card = turn.card
    assert card is not None
    lines = [f"Card: {clean(card.tag)}", f"  {clean(card.citation)}", f"  “{clean(card.quote)}”"]
    if card.reliability:
        lines.append(f"  Reliability: {clean(card.reliability)}")
    return "\n".join(lines)


def show(turns: list[Turn], out: TextIO) -> None:
    """Print ``turns`` and flush, so a reader of the pipe sees them at once."""
    for turn in turns:
        out.write(render(turn) + "\n")
    out.flush()


def run_plain(session: Session, stdin: TextIO, stdout: TextIO, *, prompt: bool = False) -> int:
    """Drive ``session`` from ``stdin`` until it finishes or input ends; returns 0."""
    show(session.start(), stdout)
    while not session.finished:
        if prompt:
            stdout.write("> ")
            stdout.flush()
        line = stdin.readline()
        if not line:
            stdout.write("(end of input: your answers so far are saved)\n")
            stdout.flush()
            break
        show(session.respond(valid_text(line.rstrip("\r\n"))), stdout)
    return 0
