"""Turns and feedback as plain text, one block per turn.

Options are numbered (targets of a matching are lettered), cards show tag, citation,
quote and reliability, and feedback is one verdict line, the points made and missed,
the right answer, the explanation and a one-line cite (the source's reliability note
only the first time the session cites it). Every string passes through
:func:`tutor.text.clean`.
"""

from __future__ import annotations

from tutor.learning.answers import LETTERS
from tutor.learning.feedback import Feedback, PointFeedback
from tutor.learning.turns import InputKind, Turn, TurnKind
from tutor.text import clean

_HOW = {
    InputKind.CHOICE: "(type a number, a letter or the option)",
    InputKind.ORDER: "(type the numbers in the right order, e.g. 3 1 2)",
    InputKind.MATCH: "(type pairs, e.g. 1b 2a)",
    InputKind.CONTINUE: "(press Enter to go on)",
}
PREFIX = {TurnKind.PHASE: "== ", TurnKind.ERROR: "! ", TurnKind.MOVE: "Tutor: "}


def render(turn: Turn) -> str:
    """One turn as plain text (several lines for questions, cards and feedback)."""
    text = clean(turn.text)
    if turn.kind is TurnKind.QUESTION:
        return _question(turn, text)
    if turn.kind is TurnKind.FEEDBACK and turn.feedback is not None:
        return feedback_text(turn.feedback)
    if turn.kind is TurnKind.CARD and turn.card is not None:
        return _card(turn)
    suffix = " ==" if turn.kind is TurnKind.PHASE else ""
    return f"{PREFIX.get(turn.kind, '')}{text}{suffix}"


def verdict_line(feedback: Feedback) -> str:
    score = f" ({feedback.score:.0%})" if feedback.points else ""
    said = f" {clean(feedback.message)}" if feedback.message else ""
    return f"[{feedback.verdict.value}] {feedback.label}{score}.{said}"


def feedback_text(feedback: Feedback) -> str:
    """The verdict line, then only what adds to it."""
    lines = [verdict_line(feedback)]
    if feedback.coaching:
        lines.append(clean(feedback.coaching))
    lines += [_made(p) for p in feedback.made]
    lines += [line for p in feedback.missed for line in _missed(p)]
    if feedback.right_answer and feedback.verdict.value != "correct":
        lines.append(f"Answer: {clean(feedback.right_answer)}")
    if feedback.explanation:
        lines.append(clean(feedback.explanation))
    if feedback.cite:
        lines.append(f"Source: {clean(feedback.cite)}")
    if feedback.source_note:
        lines.append(f"  Reliability: {clean(feedback.source_note)}")
    return "\n".join(lines)


def _made(point: PointFeedback) -> str:
    words = f" — you said “{clean(point.words)}”" if point.words else ""
    return f"  ✓ {clean(point.text)}{words}"


def _missed(point: PointFeedback) -> list[str]:
    lines = [f"  ✗ Missed: {clean(point.text)}"]
    if point.note:
        lines.append(f"    {clean(point.note)}")
    if point.card is not None:
        lines.append(f"    Card: “{clean(point.card.quote)}” ({clean(point.card.citation)})")
    return lines


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
