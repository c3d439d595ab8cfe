"""Where the learner answers: an input with slash-command completion, and options to pick."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.suggester import SuggestFromList
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from tutor.learning.turns import Expects, InputKind
from tutor.ui.messages import AnswerSubmitted
from tutor.ui.safe import plain

SLASH_COMMANDS = ["/hint", "/evidence", "/skip", "/flow", "/ask ", "/wrong ", "/help"]

PLACEHOLDERS = {
    InputKind.TEXT: "Type your answer, or /hint, /evidence, /skip, /ask …",
    InputKind.CHOICE: "Pick an option above (↑↓ Enter) or type its number",
    InputKind.ORDER: "Type the numbers in order, e.g. 3 1 2",
    InputKind.MATCH: "Type pairs, e.g. 1b 2a 3c",
    InputKind.CONTINUE: "Press Enter to go on",
    InputKind.NONE: "Session finished",
}


class AnswerBar(Vertical):
    """Answer input plus an option list shown for multiple-choice questions."""

    def compose(self) -> ComposeResult:
        yield OptionList(id="choices", markup=False)
        yield Input(
            placeholder=PLACEHOLDERS[InputKind.TEXT],
            suggester=SuggestFromList(SLASH_COMMANDS, case_sensitive=False),
            id="answer",
        )

    def on_mount(self) -> None:
        self.query_one("#choices", OptionList).display = False

    def expect(self, expects: Expects | None) -> None:
        """Show the input the session wants next."""
        kind = expects.kind if expects else InputKind.NONE
        answer = self.query_one("#answer", Input)
        answer.placeholder = PLACEHOLDERS[kind]
        answer.disabled = kind is InputKind.NONE
        choices = self.query_one("#choices", OptionList)
        choices.clear_options()
        choices.display = kind is InputKind.CHOICE and expects is not None
        if choices.display and expects is not None:
            choices.add_options(
                [Option(plain(f"{n}. {text}"), id=str(n)) for n, text in
                 enumerate(expects.options, 1)]
            )
            choices.highlighted = 0
            choices.focus()
        else:
            answer.focus()

    @on(Input.Submitted, "#answer")
    def _submit_text(self, event: Input.Submitted) -> None:
        event.stop()
        event.input.value = ""
        self.post_message(AnswerSubmitted(event.value))

    @on(OptionList.OptionSelected, "#choices")
    def _submit_choice(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(AnswerSubmitted(event.option.id or ""))
