"""Choose a side before a debate: a dialog that returns 'aff' or 'neg' (or None)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

if TYPE_CHECKING:
    from tutor.packs.models import Motion
from tutor.ui.safe import plain


class SidePicker(ModalScreen[str | None]):
    """Shows the resolution and both sides; Enter picks one, Escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="cancel")]

    def __init__(self, motion: Motion) -> None:
        super().__init__()
        self.motion = motion

    def compose(self) -> ComposeResult:
        with Vertical(id="side-dialog"):
            yield Static(plain(self.motion.resolution), classes="dialog-title")
            yield Static("Which side will you argue?")
            yield OptionList(
                Option(
                    plain(f"{self.motion.aff.label} (for): {self.motion.aff.summary}"), id="aff"
                ),
                None,
                Option(
                    plain(f"{self.motion.neg.label} (against): {self.motion.neg.summary}"), id="neg"
                ),
                id="sides",
                markup=False,
            )

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
