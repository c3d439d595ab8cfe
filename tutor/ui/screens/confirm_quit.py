"""Asked before quitting in the middle of a drill: a dialog that returns True to quit.

Answers are committed as they are graded, so quitting loses nothing; the dialog says
so and guards against a stray ctrl+q ending a session the learner meant to finish.
Enter on the focused button or y / n answer it; Escape stays.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class ConfirmQuit(ModalScreen[bool]):
    """'Quit now?' with Quit and Stay; dismisses with True to quit."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Quit", id="confirm-quit", tooltip="Quit the tutor"),
        Binding("n,escape", "answer(False)", "Stay", id="stay", tooltip="Back to the session"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="quit-dialog"):
            yield Static("Quit debate-tutor?", classes="dialog-title")
            yield Static("Your answers so far are saved; this session stops here.")
            with Horizontal(id="quit-buttons"):
                yield Button("Quit (y)", id="quit", variant="error")
                yield Button("Stay (n)", id="stay", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#stay", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "quit")

    def action_answer(self, quit_now: bool) -> None:
        self.dismiss(quit_now)
