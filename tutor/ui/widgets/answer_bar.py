"""Where the learner answers: the widget each question type is best answered with.

Options to pick, items to reorder, pairs to match, one box per cloze blank, and
always a text input with slash-command completion (``/hint``, ``/evidence``,
``/flow``, ``/skip``, ``/ask …``) and a line listing the commands that match.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.suggester import SuggestFromList
from textual.widget import Widget
from textual.widgets import Input, Static

from tutor.learning.core.commands import COMMANDS
from tutor.learning.turns import Expects, InputKind
from tutor.ui.messages import AnswerSubmitted
from tutor.ui.widgets.pickers import ChoiceList, MatchBoard, ReorderList

SLASH_COMMANDS = [f"/{name}" + (" " if name in ("ask", "wrong") else "") for name in COMMANDS]

PLACEHOLDERS = {
    InputKind.TEXT: "Type your answer · /hint /evidence /skip /ask …",
    InputKind.CHOICE: "Pick above (↑↓ Enter, or its number) · Tab to type",
    InputKind.ORDER: "shift+↑↓ to move, Enter to submit · or type e.g. 3 1 2",
    InputKind.MATCH: "Press each item's letter, Enter to submit · or type 1b 2a",
    InputKind.CONTINUE: "Press Enter to go on",
    InputKind.NONE: "Session finished",
}


class BlanksRow(Horizontal):
    """One input per cloze blank; Enter moves on, and on the last one submits all."""

    def show_blanks(self, count: int) -> None:
        self.remove_children()
        self.mount_all(
            [
                Input(placeholder=f"blank {n}", classes="blank", compact=True)
                for n in range(1, count + 1)
            ]
        )

    @on(Input.Submitted, ".blank")
    def _next(self, event: Input.Submitted) -> None:
        event.stop()
        boxes = list(self.query(".blank").results(Input))
        here = boxes.index(event.input)
        if here + 1 < len(boxes):
            boxes[here + 1].focus()
            return
        answer = "; ".join(box.value.strip() for box in boxes)
        self.post_message(AnswerSubmitted(answer, answer))


class AnswerBar(Vertical):
    """The answer widgets; :meth:`expect` shows those the session wants next."""

    def compose(self) -> ComposeResult:
        yield ChoiceList(id="choices")
        yield ReorderList(id="reorder")
        yield MatchBoard(id="match")
        yield BlanksRow(id="blanks")
        yield Input(
            placeholder=PLACEHOLDERS[InputKind.TEXT],
            suggester=SuggestFromList(SLASH_COMMANDS, case_sensitive=False),
            id="answer",
        )
        yield Static("", id="command-hints", markup=False)

    def on_mount(self) -> None:
        self._hide_pickers()
        self.query_one("#command-hints").display = False

    def _hide_pickers(self) -> None:
        for picker in ("#choices", "#reorder", "#match", "#blanks"):
            self.query_one(picker).display = False

    def expect(self, expects: Expects | None) -> None:
        """Show the input the session wants next and focus it."""
        kind = expects.kind if expects else InputKind.NONE
        answer = self.query_one("#answer", Input)
        answer.placeholder = (
            expects.placeholder
            if kind is InputKind.CONTINUE and expects and expects.placeholder
            else PLACEHOLDERS[kind]
        )
        self._hide_pickers()
        focus: Widget = answer
        if expects is not None:
            focus = self._show_picker(expects) or answer
        focus.focus()

    def _show_picker(self, expects: Expects) -> Widget | None:
        if expects.kind is InputKind.CHOICE:
            choices = self.query_one(ChoiceList)
            choices.show_options(expects.options)
            return _shown(choices)
        if expects.kind is InputKind.ORDER:
            reorder = self.query_one(ReorderList)
            reorder.show_items(expects.options)
            return _shown(reorder)
        if expects.kind is InputKind.MATCH:
            board = self.query_one(MatchBoard)
            board.show_pairs(expects.options, expects.targets)
            return _shown(board)
        if expects.kind is InputKind.TEXT and expects.blanks > 1:
            blanks = self.query_one(BlanksRow)
            blanks.show_blanks(expects.blanks)
            blanks.display = True
            self.call_after_refresh(lambda: blanks.query(".blank").first(Input).focus())
            return blanks
        return None

    @on(Input.Changed, "#answer")
    def _hint_commands(self, event: Input.Changed) -> None:
        hints = self.query_one("#command-hints", Static)
        typed = event.value.strip().lower()
        hints.display = typed.startswith("/") and " " not in typed
        if hints.display:
            found = [f"/{n} {COMMANDS[n]}" for n in COMMANDS if f"/{n}".startswith(typed)]
            hints.update("   ".join(found[:3]) or "no such command: /help lists them")

    @on(Input.Submitted, "#answer")
    def _submit_text(self, event: Input.Submitted) -> None:
        event.stop()
        event.input.value = ""
        self.post_message(AnswerSubmitted(complete_command(event.value)))


def complete_command(text: str) -> str:
    """``/fl`` becomes ``/flow`` when exactly one command starts that way."""
    typed = text.strip().lower()
    if not typed.startswith("/") or " " in typed:
        return text
    found = [c.strip() for c in SLASH_COMMANDS if c.startswith(typed)]
    return found[0] if len(found) == 1 else text


def _shown(widget: Widget) -> Widget:
    widget.display = True
    return widget
