"""The judge's ballot at the end of a round, built from the flow sheet and pack text only.

A debate judge decides on the flow: every opposing argument the learner answered is a
clash won, every one dropped (left unanswered) or conceded (granted in the learner's
own words) is a clash lost, and a dropped argument is taken as true. The ballot says
so argument by argument, names the learner's own arguments that were extended (made
well in the constructive), gives the clash that decided the round and a reason for
decision of 3 to 5 sentences, and ends with one concrete redo.

Nothing here invents a fact or a cite: every sentence is a pack claim, impact, key
point or weighing note, or a count from the flow. The rule of decision is plain: the
learner wins when they answered more opposing arguments than they lost, conceded none,
and extended at least one of their own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tutor.grading.result import Stance
from tutor.learning.debate.flow import FlowSheet
from tutor.learning.feedback import Ballot, BallotLine, ClashResult, Feedback, Redo
from tutor.packs import models as m
from tutor.text import clean

EXTENDED = "extended"
NOT_EXTENDED = "not extended"
_MADE = ("correct", "close")
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\.[A-Z]\.)\s+(?=[A-Z0-9“\"'(])")  # not after "U.S."


@dataclass(frozen=True)
class _Clash:
    """One opposing argument and what the learner did with it."""

    argument: m.Argument
    result: ClashResult
    feedback: Feedback | None

    @property
    def score(self) -> float:
        return self.feedback.score if self.feedback is not None else 0.0


def build_ballot(
    flow: FlowSheet, motion: m.Motion, side: str, rebuttals: Mapping[str, Feedback]
) -> Ballot:
    """The ballot for the learner on ``side``; ``rebuttals`` by opposing argument id."""
    clashes = [_clash(flow, a, rebuttals.get(a.id)) for a in _theirs(flow, motion, side)]
    extended = tuple(_extension(flow, a) for a in _flowed(flow, motion, side, mine=True))
    wins = _learner_wins(clashes, extended)
    deciding = _deciding(clashes, wins)
    return Ballot(
        opponents=tuple(
            BallotLine(c.argument.id, clean(c.argument.claim), c.result) for c in clashes
        ),
        extended=extended,
        decision=_decision(motion, side, wins),
        clash=_clash_line(deciding),
        reason=_reason(motion, side, clashes, extended, deciding, wins),
        redo=_redo(clashes),
    )


def _flowed(flow: FlowSheet, motion: m.Motion, side: str, *, mine: bool) -> list[m.Argument]:
    """The arguments of one side that were made in this round (they are on the flow)."""
    return [
        a for a in motion.arguments if (a.side == side) == mine and flow.argument(a.id) is not None
    ]


def _theirs(flow: FlowSheet, motion: m.Motion, side: str) -> list[m.Argument]:
    return _flowed(flow, motion, side, mine=False)


def _clash(flow: FlowSheet, argument: m.Argument, feedback: Feedback | None) -> _Clash:
    if feedback is not None and any(p.stance is Stance.CONCEDED for p in feedback.points):
        return _Clash(argument, ClashResult.CONCEDED, feedback)
    made = flow.argument(argument.id)
    answered = any(e.responds_to == argument.id for e in flow.entries)
    if made is None or made.dropped or not answered:
        return _Clash(argument, ClashResult.DROPPED, feedback)
    return _Clash(argument, ClashResult.ANSWERED, feedback)


def _extension(flow: FlowSheet, argument: m.Argument) -> BallotLine:
    entry = flow.argument(argument.id)
    made = entry is not None and entry.verdict in _MADE
    return BallotLine(argument.id, clean(argument.claim), EXTENDED if made else NOT_EXTENDED)


def _learner_wins(clashes: Sequence[_Clash], extended: Sequence[BallotLine]) -> bool:
    won = sum(c.result is ClashResult.ANSWERED for c in clashes)
    conceded = any(c.result is ClashResult.CONCEDED for c in clashes)
    kept = any(line.result == EXTENDED for line in extended)
    return kept and not conceded and won > len(clashes) - won


def _deciding(clashes: Sequence[_Clash], wins: bool) -> _Clash | None:
    """The learner's best answer when they win; their worst clash when they lose."""
    if not clashes:
        return None
    order = {ClashResult.CONCEDED: 0, ClashResult.DROPPED: 1, ClashResult.ANSWERED: 2}
    if wins:
        return max(clashes, key=lambda c: (order[c.result], c.score))
    return min(clashes, key=lambda c: (order[c.result], c.score))


def _label(motion: m.Motion, side: str) -> str:
    info = motion.aff if side == "aff" else motion.neg
    name = "affirmative" if side == "aff" else "negative"
    return f"the {name} ({clean(info.label)})"


def _other(side: str) -> str:
    return "neg" if side == "aff" else "aff"


def _decision(motion: m.Motion, side: str, wins: bool) -> str:
    winner = side if wins else _other(side)
    who = "you" if wins else "your opponent"
    return f"Decision: I vote for {_label(motion, winner)}: {who} won the round."


def _clash_line(clash: _Clash | None) -> str:
    if clash is None:
        return "No opposing argument was made, so there was no clash."
    return f"The clash on “{clean(clash.argument.claim)}”: you {clash.result.value} it."


def first_sentence(text: str) -> str:
    """The first sentence of a pack text, ending with its stop."""
    head = _SENTENCE_END.split(clean(" ".join(text.split())), maxsplit=1)[0].strip()
    return head if head.endswith((".", "!", "?")) else f"{head}."


def _reason(
    motion: m.Motion,
    side: str,
    clashes: Sequence[_Clash],
    extended: Sequence[BallotLine],
    deciding: _Clash | None,
    wins: bool,
) -> str:
    """3 to 5 sentences: the count, the deciding clash, a kept argument, the weighing,
    the decision."""
    sentences = [_count(clashes), _on_the_clash(deciding)]
    kept = next((line for line in extended if line.result == EXTENDED), None)
    if kept is not None:
        sentences.append(f"Your argument “{kept.claim}” stands.")
    if motion.weighing:
        sentences.append(f"Weighing: {first_sentence(motion.weighing)}")
    winner = side if wins else _other(side)
    sentences.append(f"So the ballot goes to {_label(motion, winner)}.")
    return " ".join(sentences)


def _count(clashes: Sequence[_Clash]) -> str:
    counts = {r: sum(c.result is r for c in clashes) for r in ClashResult}
    parts = [f"answered {counts[ClashResult.ANSWERED]} of {len(clashes)} opposing arguments"]
    parts += [f"{r.value} {counts[r]}" for r in (ClashResult.DROPPED, ClashResult.CONCEDED)]
    return f"You {parts[0]}, {parts[1]} and {parts[2]}."


def _on_the_clash(clash: _Clash | None) -> str:
    if clash is None:
        return "Your opponent made no argument for you to answer."
    claim = clean(clash.argument.claim)
    if clash.result is ClashResult.ANSWERED:
        made = clash.feedback.made if clash.feedback is not None else ()
        point = first_sentence(made[0].text) if made else first_sentence(claim)
        return f"On “{claim}” your answer held: {point}"
    how = "conceded" if clash.result is ClashResult.CONCEDED else "dropped"
    return f"You {how} “{claim}”, so its impact stands: {first_sentence(clash.argument.impact)}"


def _redo(clashes: Sequence[_Clash]) -> Redo | None:
    """Rebut again the clash lost worst, aiming at the first key point not made."""
    order = {ClashResult.CONCEDED: 0, ClashResult.DROPPED: 1, ClashResult.ANSWERED: 2}
    for clash in sorted(clashes, key=lambda c: (order[c.result], c.score)):
        missed = _missed_point(clash)
        if missed:
            claim = clean(clash.argument.claim)
            text = f"Rebut “{claim}” again; the point you missed was: {missed}"
            return Redo(clash.argument.id, claim, missed, text)
    return None


def _missed_point(clash: _Clash) -> str:
    if clash.feedback is not None and clash.feedback.points:
        missed = clash.feedback.missed
        return first_sentence(missed[0].text) if missed else ""
    points = clash.argument.key_points
    return first_sentence(points[0].text) if points else ""
