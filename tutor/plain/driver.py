"""Plain mode: print turns as text and read answers line by line.

The same sessions the Textual app drives. End of input ends the session cleanly:
answers are recorded as they are given, so nothing is lost. After the last question
the driver still reads lines until a blank one, so a ``/wrong`` typed then is answered,
and a debate's redo ("Rebut X again") can be taken at once with ``/redo``.
"""

from __future__ import annotations

from typing import TextIO

from tutor.learning.core.session import Session
from tutor.learning.turns import Turn
from tutor.plain.render import render
from tutor.text import valid_text

AFTER = "(the session is over: /wrong <reason> appeals the last verdict; a blank line ends)"
REDO = "(type /redo to do the redo now)"


def show(turns: list[Turn], out: TextIO) -> None:
    """Print ``turns`` and flush, so a reader of the pipe sees them at once."""
    for turn in turns:
        out.write(render(turn) + "\n")
    out.flush()


def run_plain(session: Session, stdin: TextIO, stdout: TextIO, *, prompt: bool = False) -> int:
    """Drive ``session`` from ``stdin`` until it finishes and input ends; returns 0."""
    show(session.start(), stdout)
    while not session.finished:
        line = _read(stdin, stdout, prompt)
        if line is None:
            stdout.write("(end of input: your answers so far are saved)\n")
            stdout.flush()
            return 0
        show(session.respond(line), stdout)
    return _after(session, stdin, stdout, prompt)


def _after(session: Session, stdin: TextIO, stdout: TextIO, prompt: bool) -> int:
    """Lines after the end: appeals, and the redo of a debate."""
    redo = session.redo()
    if prompt:
        stdout.write((REDO + "\n" if redo is not None else "") + AFTER + "\n")
    while (line := _read(stdin, stdout, prompt)) not in (None, ""):
        assert line is not None
        if line.strip() == "/redo" and redo is not None:
            return run_plain(redo, stdin, stdout, prompt=prompt)
        show(session.respond(line), stdout)
    return 0


def _read(stdin: TextIO, stdout: TextIO, prompt: bool) -> str | None:
    if prompt:
        stdout.write("> ")
        stdout.flush()
    line = stdin.readline()
    return valid_text(line.rstrip("\r\n")) if line else None
