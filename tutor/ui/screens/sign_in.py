"""Who is answering? Asked once, in class mode, before the library opens.

A shared store (``--store``) or ``tutor serve`` with no ``--learner`` asks for a name;
the dialog returns it (already checked by the services) and the app opens the library
for that learner. One person on their own machine never sees it.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tutor.errors import UserError
from tutor.learning.services import TutorServices


class SignIn(ModalScreen[str]):
    """Type your name, press Enter."""

    def __init__(self, services: TutorServices) -> None:
        super().__init__()
        self.services = services

    def compose(self) -> ComposeResult:
        with Vertical(id="sign-in-dialog"):
            yield Static("Sign in", classes="dialog-title")
            yield Static("Your name, as your instructor knows you:")
            yield Input(placeholder="name", id="learner-name", max_length=64)
            yield Static("", id="sign-in-problem", markup=False)

    @on(Input.Submitted, "#learner-name")
    def _submitted(self, event: Input.Submitted) -> None:
        try:
            name = self.services.sign_in(event.value)
        except UserError as problem:
            self.query_one("#sign-in-problem", Static).update(str(problem))
            return
        self.dismiss(name)
