"""How one tutor turn looks: a chat bubble, an evidence card, feedback with highlights."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Static

from tutor.learning.turns import Turn, TurnKind
from tutor.ui.safe import highlighted, plain, styled

VERDICT_LABEL = {"correct": "✓ Correct", "close": "≈ Close", "incorrect": "✗ Not quite"}


class CardView(Vertical):
    """An evidence card: tag line, citation, quote and the source's reliability note."""

    def __init__(self, turn: Turn) -> None:
        super().__init__(classes="card")
        self.turn = turn

    def compose(self) -> ComposeResult:
        card = self.turn.card
        assert card is not None
        yield Static(styled(card.tag, "bold"), classes="card-tag")
        yield Static(plain(card.citation), classes="card-citation")
        yield Static(plain(f"“{card.quote}”"), classes="card-quote")
        yield Static(plain(f"Source note: {card.reliability}"), classes="card-note")


class FeedbackView(Vertical):
    """The verdict, the learner's answer with the spans that covered key points, feedback."""

    def __init__(self, turn: Turn, answer: str) -> None:
        verdict = turn.grade.verdict.value if turn.grade else "info"
        super().__init__(classes=f"feedback verdict-{verdict}")
        self.turn = turn
        self.answer = answer

    def compose(self) -> ComposeResult:
        grade = self.turn.grade
        if grade is not None:
            label = VERDICT_LABEL.get(grade.verdict.value, grade.verdict.value)
            yield Static(plain(f"{label} · score {grade.score:.0%}"), classes="verdict")
            spans = [(s.start, s.end) for s in grade.spans if s.end <= len(self.answer)]
            if spans and self.answer:
                yield Static(highlighted(self.answer, spans, "reverse"), classes="answer-spans")
        yield Static(plain(self.turn.text), classes="feedback-text")


def render_turn(turn: Turn, last_answer: str) -> Widget:
    """The widget for one turn."""
    if turn.kind is TurnKind.CARD and turn.card is not None:
        return CardView(turn)
    if turn.kind is TurnKind.FEEDBACK:
        return FeedbackView(turn, last_answer)
    text = turn.text
    if turn.kind is TurnKind.MOVE and turn.move:
        text = f"[{turn.move}] {text}"
    return Static(plain(text), classes=f"bubble tutor kind-{turn.kind.value}")


def learner_bubble(text: str) -> Widget:
    """The learner's own message."""
    return Static(plain(text), classes="bubble learner")
