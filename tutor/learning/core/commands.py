"""Slash commands a learner can type in any session instead of an answer.

``/hint``, ``/evidence``, ``/skip``, ``/flow`` (debate), ``/ask <question>``,
``/why`` (how far to trust the source), ``/wrong <reason>`` (appeal the last verdict)
and ``/help``. This module reads the
command and builds the turns that do not depend on a session; each session decides
what ``/hint``, ``/evidence``, ``/skip`` and ``/flow`` mean for it. Both the quiz
and the debate engine use it, so the commands behave the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from tutor.learning.turns import Expects, Turn, TurnKind

COMMANDS: dict[str, str] = {
    "hint": "a hint for the current question",
    "evidence": "show the evidence for the current item",
    "skip": "skip this item (it comes back in review)",
    "flow": "show the flow sheet (debates)",
    "ask": "/ask <question>: ask the tutor, answered from the pack",
    "why": "how far to trust the source behind the last answer",
    "wrong": "/wrong <reason>: I was right — appeal the last verdict to an instructor",
    "help": "list these commands",
}


@dataclass(frozen=True)
class SlashCommand:
    """A command typed by the learner: its name (lower case, no slash) and the rest."""

    name: str
    arg: str = ""


def parse_command(text: str) -> SlashCommand | None:
    """The command in ``text`` if it starts with "/", else None (an ordinary answer)."""
    stripped = text.strip()
    if not stripped.startswith("/") or stripped.startswith("//"):
        return None
    name, _, arg = stripped[1:].partition(" ")
    return SlashCommand(name.lower(), arg.strip())


def help_text(names: Iterable[str] = COMMANDS) -> str:
    """One line per command."""
    return "\n".join(f"/{name:<9} {COMMANDS[name]}" for name in names if name in COMMANDS)


def help_turn(names: Iterable[str] = COMMANDS, expects: Expects | None = None) -> Turn:
    """A SAY turn listing the commands."""
    return Turn(TurnKind.SAY, "Commands:\n" + help_text(names), expects=expects)


def unknown_command_turn(
    name: str, names: Sequence[str] = tuple(COMMANDS), expects: Expects | None = None
) -> Turn:
    """An ERROR turn for a command that does not exist (or not here), listing the others."""
    listed = ", ".join(f"/{n}" for n in names)
    return Turn(TurnKind.ERROR, f"Unknown command /{name}. Try: {listed}.", expects=expects)


def with_expects(turns: list[Turn], expects: Expects | None) -> list[Turn]:
    """``turns`` with the last one asking again for ``expects`` (the pending question)."""
    if not turns or expects is None:
        return turns
    return [*turns[:-1], replace(turns[-1], expects=expects)]


class AskCommand:
    """``/ask <question>`` for any session: the pack index is built on the first question."""

    def __init__(self, packs: Iterable[Any]) -> None:
        self._packs = list(packs)
        self._index: Any = None

    def __call__(self, question: str) -> list[Turn]:
        if not question:
            return [Turn(TurnKind.ERROR, "Ask a question after /ask, e.g. /ask what is the NCG?")]
        if self._index is None:
            from tutor.learning.ask import AskIndex

            self._index = AskIndex(self._packs)
        answer: list[Turn] = self._index.answer(question)
        return answer
