"""How one tutor turn looks: a chat bubble, an evidence card, feedback with highlights.

Each turn is ONE widget whose content is assembled from pack text (always plain) and
our own styles: a transcript of a long debate holds hundreds of turns, and layout
cost grows with the number of widgets.
"""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from tutor.learning.debrief import due_text
from tutor.learning.feedback import Feedback, PointFeedback
from tutor.learning.turns import Turn, TurnKind
from tutor.ui.safe import highlighted, plain, styled

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


def feedback_content(feedback: Feedback) -> Content:
    """The verdict, the coaching, the points made and missed (with cards), the answer."""
    verdict = feedback.verdict.value
    score = f" · {feedback.score:.0%}" if feedback.points else ""
    head = Content.styled(f"{feedback.label}{score}", VERDICT_STYLE.get(verdict, "bold"))
    parts = [Content.assemble(head, ". ", plain(feedback.message)) if feedback.message else head]
    if feedback.coaching:
        parts.append(styled(feedback.coaching, "bold $warning"))
    parts += [_made(p) for p in feedback.made]
    parts += [_missed(p) for p in feedback.missed]
    if feedback.right_answer and verdict != "correct":
        parts.append(
            Content.assemble(Content.styled("Answer: ", "bold"), plain(feedback.right_answer))
        )
    if feedback.explanation:
        parts.append(plain(feedback.explanation))
    if feedback.cite:
        parts.append(styled(f"Source: {feedback.cite}", "dim"))
    if feedback.source_note:
        parts.append(styled(f"Reliability: {feedback.source_note}", "$warning"))
    if feedback.scheduled is not None:
        parts.append(styled(f"Comes back for review: {due_text(feedback.scheduled.due)}", "dim"))
    return Content("\n").join(parts)


def _made(point: PointFeedback) -> Content:
    said = f" — you said “{point.words}”" if point.words else ""
    return styled(f"✓ {point.text}{said}", "$success")


def _missed(point: PointFeedback) -> Content:
    parts = [styled(f"✗ Missed: {point.text}", "$warning")]
    if point.note:
        parts.append(plain(f"    {point.note}"))
    if point.card is not None:
        parts.append(styled(f"    Card: “{point.card.quote}” — {point.card.citation}", "italic"))
    return Content("\n").join(parts)


class CardView(Static):
    """An evidence card, drawn as a card."""

    def __init__(self, turn: Turn) -> None:
        super().__init__(card_content(turn), classes="card")
        self.turn = turn


class FeedbackView(Static):
    """The verdict on the learner's answer, coloured by verdict."""

    def __init__(self, turn: Turn, feedback: Feedback) -> None:
        verdict = feedback.verdict.value
        super().__init__(feedback_content(feedback), classes=f"feedback verdict-{verdict}")
        self.turn = turn
        self.feedback = feedback


def render_turn(turn: Turn) -> Widget:
    """The widget for one turn."""
    if turn.kind is TurnKind.CARD and turn.card is not None:
        return CardView(turn)
    if turn.kind is TurnKind.FEEDBACK and turn.feedback is not None:
        return FeedbackView(turn, turn.feedback)
    text = turn.text
    if turn.kind is TurnKind.QUESTION and turn.progress is not None:
        done, total = turn.progress
        text = f"Question {min(done + 1, total)} of {total}\n{text}"
    return Static(plain(text), classes=f"bubble tutor kind-{turn.kind.value}")


def learner_bubble(text: str, typed: str = "", feedback: Feedback | None = None) -> Widget:
    """The learner's own message, once: the words that earned points highlighted.

    Spans index into what the engine got (``typed``); they are shown only when the
    message reads as typed (a choice shown as "2. Busan" is not highlighted).
    """
    spans = [(s.start, s.end) for s in feedback.spans] if feedback is not None else []
    if spans and text == typed:
        return Static(highlighted(text, spans, HIGHLIGHT), classes="bubble learner")
    return Static(plain(text), classes="bubble learner")


def turn_content(widget: Widget) -> Content:
    """A turn widget's text with its highlights and colours, for folding older turns.

    The learner's own messages are set in italics, since the fold has no bubbles.
    """
    visual = widget.visual if isinstance(widget, Static) else None
    content = visual if isinstance(visual, Content) else Content("")
    return content.stylize("italic") if widget.has_class("learner") else content
