"""Answer widgets for questions best answered by picking: choices, orderings, matchings.

Each widget turns key presses into the same text a learner could type (``"2"``,
``"3 1 2"``, ``"1b 2a"``) and posts :class:`~tutor.ui.messages.AnswerSubmitted`;
grading stays in the engine.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tutor.learning.answers import LETTERS
from tutor.ui.messages import AnswerSubmitted
from tutor.ui.safe import plain


class ChoiceList(OptionList):
    """Options to pick: arrows and Enter, or the option's number."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.options_text: tuple[str, ...] = ()

    def show_options(self, options: tuple[str, ...]) -> None:
        self.options_text = options
        self.clear_options()
        self.add_options([Option(plain(f"{n}. {t}"), id=str(n)) for n, t in enumerate(options, 1)])
        self.highlighted = 0

    def on_key(self, event: events.Key) -> None:
        if event.character and event.character.isdigit():
            number = int(event.character)
            if 1 <= number <= len(self.options_text):
                event.stop()
                self._post(number)

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._post(int(event.option.id or "1"))

    def _post(self, number: int) -> None:
        shown = f"{number}. {self.options_text[number - 1]}"
        self.post_message(AnswerSubmitted(str(number), shown))


class ReorderList(OptionList):
    """Items to put in order: shift+↑/↓ (or ctrl+↑/↓) moves the highlighted item."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "shift+up,ctrl+up,u",
            "move(-1)",
            "Move up",
            id="move-up",
            tooltip="Move the highlighted item up",
        ),
        Binding(
            "shift+down,ctrl+down,d",
            "move(1)",
            "Move down",
            id="move-down",
            tooltip="Move the highlighted item down",
        ),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.items: tuple[str, ...] = ()
        self.order: list[int] = []

    def show_items(self, items: tuple[str, ...]) -> None:
        self.items = items
        self.order = list(range(len(items)))
        self._redraw(0)

    def _redraw(self, highlight: int) -> None:
        self.clear_options()
        self.add_options(
            [
                Option(plain(f"{pos}. {self.items[i]}"), id=str(i))
                for pos, i in enumerate(self.order, 1)
            ]
        )
        self.highlighted = highlight

    def action_move(self, step: int) -> None:
        here = self.highlighted
        if here is None or not 0 <= here + step < len(self.order):
            return
        there = here + step
        self.order[here], self.order[there] = self.order[there], self.order[here]
        self._redraw(there)

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        answer = " ".join(str(i + 1) for i in self.order)
        shown = " → ".join(self.items[i] for i in self.order)
        self.post_message(AnswerSubmitted(answer, shown))


class MatchBoard(OptionList):
    """Pairs to match: on each left item press the letter of its partner; Enter submits."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.lefts: tuple[str, ...] = ()
        self.targets: tuple[str, ...] = ()
        self.chosen: dict[int, int] = {}

    def show_pairs(self, lefts: tuple[str, ...], targets: tuple[str, ...]) -> None:
        self.lefts, self.targets, self.chosen = lefts, targets, {}
        self._redraw(0)

    def _line(self, index: int) -> str:
        right = self.chosen.get(index)
        pick = f"{LETTERS[right]}) {self.targets[right]}" if right is not None else "?"
        return f"{index + 1}. {self.lefts[index]}  →  {pick}"

    def _redraw(self, highlight: int) -> None:
        self.clear_options()
        self.add_options([Option(plain(self._line(i)), id=str(i)) for i in range(len(self.lefts))])
        self.highlighted = highlight

    def on_key(self, event: events.Key) -> None:
        letter = (event.character or "").lower()
        here = self.highlighted
        if here is None or not letter or letter not in LETTERS[: len(self.targets)]:
            return
        event.stop()
        self.chosen[here] = LETTERS.index(letter)
        self._redraw(min(here + 1, len(self.lefts) - 1))

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        missing = [i for i in range(len(self.lefts)) if i not in self.chosen]
        if missing:
            self.highlighted = missing[0]
            self.app.bell()
            return
        answer = " ".join(f"{i + 1}{LETTERS[self.chosen[i]]}" for i in range(len(self.lefts)))
        self.post_message(AnswerSubmitted(answer, answer))
