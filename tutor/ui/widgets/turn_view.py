"""How one tutor turn looks: a chat bubble, an evidence card, feedback with highlights.

Each turn is ONE widget whose content is assembled from pack text (always plain) and
our own styles: a transcript of a long debate holds hundreds of turns, and layout
cost grows with the number of widgets.
"""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from tutor.learning.turns import Turn, TurnKind
from tutor.ui.safe import highlighted, plain, styled

VERDICT_LABEL = {"correct": "✓ Correct", "close": "≈ Close", "incorrect": "✗ Not quite"}
VERDICT_STYLE = {"correct": "bold $success", "close": "bold $warning", "incorrect": "bold $error"}
HIGHLIGHT = "bold reverse"


def card_content(turn: Turn) -> Content:
    """Tag line, citation, quote and the source's reliability note."""
    card = turn.card
    assert card is not None
    parts = [
        styled(card.tag, "bold"),
        styled(card.citation, "dim"),
        styled(f"  “{card.quote}”", "italic"),
    ]
    if card.reliability:
        parts.append(styled(f"Reliability: {card.reliability}", "$warning"))
    return Content("\n").join(parts)


def feedback_content(turn: Turn, answer: str, missed: list[str]) -> Content:
    """The verdict, the answer with the spans that covered key points, and what was missed."""
    grade = turn.grade
    parts: list[Content] = []
    if grade is not None:
        verdict = grade.verdict.value
        label = f"{VERDICT_LABEL.get(verdict, verdict)} · {grade.score:.0%}"
        parts.append(Content.styled(label, VERDICT_STYLE.get(verdict, "bold")))
        spans = [(s.start, s.end) for s in grade.spans if s.end <= len(answer)]
        if spans:
            parts.append(highlighted(answer, spans, HIGHLIGHT))
    parts.append(plain(turn.text))
    if missed:
        listed = "\n".join(f"  • {point}" for point in missed)
        parts.append(styled(f"Missed:\n{listed}", "$warning"))
    return Content("\n").join(parts)


class CardView(Static):
    """An evidence card, drawn as a card."""

    def __init__(self, turn: Turn) -> None:
        super().__init__(card_content(turn), classes="card")
        self.turn = turn


class FeedbackView(Static):
    """The verdict on the learner's answer, coloured by verdict."""

    def __init__(self, turn: Turn, answer: str, missed: list[str]) -> None:
        verdict = turn.grade.verdict.value if turn.grade else "info"
        super().__init__(
            feedback_content(turn, answer, missed), classes=f"feedback verdict-{verdict}"
        )
        self.turn = turn
        self.missed = missed


def render_turn(turn: Turn, last_answer: str, missed: list[str]) -> Widget:
    """The widget for one turn."""
    if turn.kind is TurnKind.CARD and turn.card is not None:
        return CardView(turn)
    if turn.kind is TurnKind.FEEDBACK:
        return FeedbackView(turn, last_answer, missed)
    text = turn.text
    if turn.kind is TurnKind.QUESTION and turn.progress is not None:
        done, total = turn.progress
        text = f"Question {min(done + 1, total)} of {total}\n{text}"
    return Static(plain(text), classes=f"bubble tutor kind-{turn.kind.value}")


def learner_bubble(text: str) -> Widget:
    """The learner's own message."""
    return Static(plain(text), classes="bubble learner")


def turn_content(widget: Widget) -> Content:
    """A turn widget's text with its highlights and colours, for folding older turns.

    The learner's own messages are set in italics, since the fold has no bubbles.
    """
    visual = widget.visual if isinstance(widget, Static) else None
    content = visual if isinstance(visual, Content) else Content("")
    return content.stylize("italic") if widget.has_class("learner") else content
