"""What a session says and what it expects back: the protocol every front end drives.

A session (quiz, review, debate) is a conversation. Each call returns a list of
:class:`Turn` objects for the front end to show, and the last turn's ``expects``
says what input the session wants next. The Textual app renders turns as chat
bubbles, cards and option lists; the plain mode prints them line by line. Neither
holds any rule: both hand the learner's input back to the session.

All text in a turn may come from an untrusted pack: front ends must show it as
plain text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.grading import GradeResult
    from tutor.learning.feedback import Feedback


class TurnKind(StrEnum):
    """What a turn is, so a front end can style it."""

    SAY = "say"  # the tutor talks (framing, transitions, explanations)
    PHASE = "phase"  # a new phase of a debate starts; text is the phase name
    QUESTION = "question"  # the tutor asks something; see Turn.expects
    FEEDBACK = "feedback"  # the verdict on the learner's last answer; see Turn.grade
    MOVE = "move"  # a tutoring move after a partial answer (pump, hint, prompt, ...)
    CARD = "card"  # an evidence card; see Turn.card
    ARGUMENT = "argument"  # an argument read out (e.g. the opponent's); see Turn.argument_id
    FLOW = "flow"  # the flow sheet, as text
    SUMMARY = "summary"  # end-of-session summary / debrief
    ERROR = "error"  # the input could not be used (e.g. "type a number from 1 to 4")


class InputKind(StrEnum):
    """The shape of answer a question wants."""

    NONE = "none"  # nothing: the session is over, or the turn needs no answer
    TEXT = "text"  # free typing (short answer, numeric, cloze blanks, free text, rebuttal)
    CHOICE = "choice"  # pick one of Expects.options (answer: its 1-based number or text)
    ORDER = "order"  # put Expects.options in order (answer: numbers, e.g. "3 1 2")
    MATCH = "match"  # match Expects.options to Expects.targets (answer: e.g. "1b 2a 3c")
    CONTINUE = "continue"  # press Enter to go on


@dataclass(frozen=True)
class Expects:
    """What the session wants next, and how a front end may offer it."""

    kind: InputKind
    options: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    placeholder: str = ""
    blanks: int = 0  # for a cloze with several blanks: answers separated by ";"


@dataclass(frozen=True)
class CardView:
    """An evidence card as shown: tag, citation, quote and how far to trust the source."""

    tag: str
    quote: str
    citation: str
    reliability: str


@dataclass(frozen=True)
class Turn:
    """One thing the tutor shows."""

    kind: TurnKind
    text: str
    move: str = ""  # for MOVE turns: pump | hint | prompt | assertion | summary | correction
    expects: Expects | None = None
    grade: GradeResult | None = None
    feedback: Feedback | None = None  # FEEDBACK turns: the plain data front ends render
    card: CardView | None = None
    argument_id: str | None = None
    item_id: str | None = None
    answer_id: int | None = None  # the stored answer this feedback belongs to (for appeals)
    progress: tuple[int, int] | None = None  # (done, total) where that makes sense
    extra: dict[str, str] = field(default_factory=dict)
