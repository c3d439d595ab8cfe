"""The judge's pen: what each concluded step writes on the flow sheet.

Arguments go down as they are made; each answer goes beside what it answers. An
opposing argument that was skipped or answered with nothing that counts is marked
dropped, as a judge would. Free-text answers given over several replies are
flowed together; a choice is flowed as the option's text, not its number.
"""

from __future__ import annotations

from tutor.grading import Verdict
from tutor.learning.answers import parse_choice
from tutor.learning.debate.flow import FlowEntry, FlowSheet
from tutor.learning.debate.game import Asked, Round
from tutor.learning.debate.phases import Step
from tutor.text import clean


def flow_argument(flow: FlowSheet, game: Round, argument_id: str) -> None:
    """The tutor makes an opposing argument (before the learner answers it)."""
    argument = game.argument(argument_id)
    flow.add(FlowEntry("rebuttal", game.theirs, clean(argument.claim), argument.id))


def flow_step(
    flow: FlowSheet,
    game: Round,
    step: Step,
    asked: Asked,
    text: str,
    verdict: Verdict,
    skipped: bool,
) -> None:
    """Write the concluded ``step`` on the sheet."""
    mine = game.mine
    said = "(skipped)" if skipped else _said(asked, text)
    mark = "skipped" if skipped else verdict.value
    if step.kind == "case":
        flow.add(
            FlowEntry(
                "constructive", mine, clean(game.argument(step.ref).claim), step.ref, verdict=mark
            )
        )
    elif step.kind == "evidence":
        flow.add(FlowEntry("constructive", mine, f"Card: {said}", verdict=mark))
    elif step.kind == "crossex":
        qid = f"question:{step.ref}"
        flow.add(FlowEntry("cross-ex", game.theirs, clean(game.question(step.ref).prompt), qid))
        flow.add(FlowEntry("cross-ex", mine, said, responds_to=qid, verdict=mark))
    elif step.kind == "rebuttal":
        if not skipped:
            flow.add(FlowEntry("rebuttal", mine, said, responds_to=step.ref, verdict=mark))
        if skipped or verdict is Verdict.INCORRECT:
            flow.mark_dropped(step.ref)
    elif step.kind == "weigh":
        flow.add(FlowEntry("weighing", mine, f"Weighs most: {said}", verdict=mark))
    else:
        flow.add(FlowEntry("weighing", mine, said, verdict=mark))


def _said(asked: Asked, text: str) -> str:
    """What the learner said: every reply of a dialogue, or the chosen option's text."""
    if asked.dialogue is not None and asked.dialogue.said:
        return clean(" / ".join(asked.dialogue.said))
    expects = asked.presented.turn.expects if asked.presented else None
    if expects is not None and expects.options:
        index = parse_choice(text, expects.options)
        if index is not None:
            return expects.options[index]
    return clean(" ".join(text.split()))
