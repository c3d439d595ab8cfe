"""The tutor's dialogue after a free-text answer: AutoTutor's expectation loop.

Each free-text question has expectations (key points) and may have misconceptions
(known wrong answers). A complete answer gets positive feedback. A partial one is
worked on in turns, each saying what it is: a *pump* ("What else?"), a *hint* aimed
at one missing point, a *prompt* for a single missing word, and then an *assertion*
of what is still missing with a short *summary*. A misconception gets a *correction*
on the spot. Coverage adds up over the replies, and every reply is graded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from tutor import grading
from tutor.grading import GradeResult, KeyPointResult, Stance, Verdict
from tutor.grading.echo import is_echo
from tutor.learning.debate.words import blank_word, gist
from tutor.learning.turns import Expects, InputKind, Turn, TurnKind

STAGES = ("pump", "hint", "prompt", "assertion")
TEXT = Expects(InputKind.TEXT, placeholder="say more")
ECHO = "That repeats what I showed you. Say it in your own words: what do you add, and why?"


@dataclass(frozen=True)
class Point:
    """An expectation: what a full answer says, with the phrases that show it."""

    text: str
    cues: tuple[str, ...]
    weight: float = 1.0
    hint: str = ""
    shown: str = ""  # what the learner reads, when the graded text is only part of it
    examples: tuple[str, ...] = ()  # the pack's self-tests, handed on to the judge
    counterexamples: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return self.shown or self.text

    def as_keypoint(self) -> grading.KeyPoint:
        return grading.KeyPoint(
            self.text,
            self.cues,
            self.weight,
            examples=self.examples,
            counterexamples=self.counterexamples,
        )


@dataclass(frozen=True)
class Misconception:
    """A known wrong answer; ``unless`` lists right answers that excuse the phrase."""

    phrase: str
    feedback: str
    unless: tuple[str, ...] = ()


@dataclass
class Reply:
    """What the dialogue made of one reply: turns to show, the grade so far, done or not."""

    turns: list[Turn]
    grade: GradeResult
    done: bool


@dataclass
class Dialogue:
    """One free-text question's loop; its counters are saved for resume."""

    points: Sequence[Point]
    misconceptions: Sequence[Misconception] = ()
    threshold: float = 0.6
    covered: set[int] = field(default_factory=set)
    moves: int = 0  # tutoring moves made so far (index into STAGES)
    target: int | None = None  # the point the hint and prompt aim at
    word: str = ""  # the word the prompt asks for
    said: list[str] = field(default_factory=list)  # the learner's replies, for the flow
    shown: list[str] = field(default_factory=list)
    """What the tutor showed for this question (the claim, its opening, the card, hints):
    the judge credits nothing for typing it back."""
    copyable: list[str] = field(default_factory=list)
    opposing: str = ""
    """The opponent's claim this reply rebuts: restating it as one's own concedes it."""
    """What of that a reply may not merely copy (the claim's opening, the card, hints)."""

    # -- the loop --------------------------------------------------------------------
    def reply(self, text: str) -> Reply:
        """Grade one reply; ``turns`` are the tutor's moves after the feedback."""
        self.said.append(" ".join(text.split()))
        echo = is_echo(text, self.copyable)
        own = grading.grade_keypoints(
            text,
            [p.as_keypoint() for p in self.points],
            self.threshold,
            shown=self.shown,
            opposing=self.opposing,
        )
        if echo:
            own = _echoed(own)
        else:
            self._cover(own, text)
        grade = self._combined(own, ECHO if echo else "")
        turns: list[Turn] = []
        correction = "" if echo else self._correction(text, own)
        if correction:
            turns.append(Turn(TurnKind.MOVE, correction, move="correction"))
        if grade.verdict is Verdict.CORRECT:
            return Reply(turns, grade, True)
        stage = self._next_stage()
        turns.extend(self._move(stage))
        return Reply(turns, grade, stage == "assertion")

    def missing(self) -> list[int]:
        return [i for i in range(len(self.points)) if i not in self.covered]

    def hint_text(self) -> str:
        """A hint aimed at one missing point (for /hint as well as the hint move)."""
        missing = self.missing()
        if not missing:
            return "You have covered every point."
        index = self.target if self.target in missing else self._pick(missing)
        point = self.points[index]
        hint = point.hint or f"Think about this: “{gist(point.text)}”"
        if hint not in self.copyable:
            self.shown.append(hint)
            self.copyable.append(hint)
        return hint

    def summary_text(self) -> str:
        lines = "\n".join(f"• {p.label}" for p in self.points)
        return f"Summary: a full answer covers {len(self.points)} point(s):\n{lines}"

    # -- grading ---------------------------------------------------------------------
    def _cover(self, own: GradeResult, text: str) -> None:
        self.covered |= {r.index for r in own.keypoints if r.covered}
        if self.word and self.target is not None:
            said = grading.grade_short(text, [self.word])
            if said.verdict is not Verdict.INCORRECT:
                self.covered.add(self.target)

    def _combined(self, own: GradeResult, said: str = "") -> GradeResult:
        total = sum(p.weight for p in self.points) or 1.0
        score = min(1.0, sum(self.points[i].weight for i in self.covered) / total)
        if score >= self.threshold and self.points:
            verdict = Verdict.CORRECT
        else:
            verdict = Verdict.CLOSE if self.covered else Verdict.INCORRECT
        results = tuple(self._result(r) for r in own.keypoints)
        feedback = said or self._feedback_text(verdict)
        return GradeResult(
            verdict, round(score, 4), None, feedback, "", own.trace, own.spans, results
        )

    def _result(self, r: KeyPointResult) -> KeyPointResult:
        if r.covered or r.index not in self.covered:
            return r
        return KeyPointResult(
            r.index, True, None, "(an earlier reply)", False, 1.0, Stance.ASSERTED, r.words
        )

    def _feedback_text(self, verdict: Verdict) -> str:
        text = f"You have covered {len(self.covered)} of {len(self.points)} key points."
        missing = self.missing()
        if verdict is Verdict.CORRECT and missing:
            text += f" A judge would also like: {self.points[missing[0]].label}"
        return text

    def _correction(self, text: str, own: GradeResult) -> str:
        negated = [r for r in own.keypoints if r.negated and not r.covered]
        if negated:
            point = self.points[negated[0].index].label
            return f"Careful: that says the opposite of a key point. In fact: {point}"
        said = grading.normalize(text)
        for wrong in self.misconceptions:
            if _says(said, wrong.phrase) and not any(_says(said, u) for u in wrong.unless):
                return f"Correction: “{wrong.phrase}” is a known mix-up. {wrong.feedback}".strip()
        return ""

    # -- moves -----------------------------------------------------------------------
    def _next_stage(self) -> str:
        if self.moves == 0 and not self.covered:
            self.moves = 1  # nothing to build on: skip the pump, start with a hint
        stage = STAGES[min(self.moves, len(STAGES) - 1)]
        self.moves += 1
        return stage

    def _move(self, stage: str) -> list[Turn]:
        if stage == "pump":
            return [Turn(TurnKind.MOVE, "Good start. What else? Say more.", "pump", TEXT)]
        if stage == "hint":
            self.target = self._pick(self.missing())
            lead = "Close." if self.covered else "Not yet."
            return [Turn(TurnKind.MOVE, f"{lead} One hint: {self.hint_text()}", "hint", TEXT)]
        if stage == "prompt":
            return [Turn(TurnKind.MOVE, self._prompt_text(), "prompt", TEXT)]
        self.word = ""
        said = "; ".join(self.points[i].label for i in self.missing())
        return [
            Turn(TurnKind.MOVE, f"Let me say what was still missing: {said}", "assertion"),
            Turn(TurnKind.MOVE, self.summary_text(), "summary"),
        ]

    def _prompt_text(self) -> str:
        missing = self.missing()
        if self.target not in missing:
            self.target = self._pick(missing)
        assert self.target is not None
        point = self.points[self.target]
        shown, self.word = blank_word(point.text, point.cues)
        lead = "Nearly there." if self.covered else "Let's start with one word."
        return f"{lead} One word is missing: “{shown}” Which word?"

    def _pick(self, missing: list[int]) -> int:
        return max(missing, key=lambda i: (self.points[i].weight, -i))

    # -- resume ----------------------------------------------------------------------
    def to_state(self) -> dict[str, Any]:
        return {
            "covered": sorted(self.covered),
            "moves": self.moves,
            "target": self.target,
            "word": self.word,
            "said": list(self.said),
            "shown": list(self.shown),
            "copyable": list(self.copyable),
        }

    def restore(self, state: dict[str, Any]) -> None:
        self.covered = set(state.get("covered", []))
        self.moves = int(state.get("moves", 0))
        self.target = state.get("target")
        self.word = str(state.get("word", ""))
        self.said = [str(x) for x in state.get("said", [])]
        self.shown = [str(x) for x in state.get("shown", self.shown)]
        self.copyable = [str(x) for x in state.get("copyable", self.copyable)]


def _echoed(own: GradeResult) -> GradeResult:
    """``own`` with nothing earned: the reply only typed back what the tutor showed."""
    results = tuple(
        KeyPointResult(r.index, False, None, None, False, 0.0, Stance.ABSENT, "", ECHO)
        for r in own.keypoints
    )
    return GradeResult(Verdict.INCORRECT, 0.0, None, ECHO, "", own.trace, (), results)


def _says(normalized_text: str, phrase: str) -> bool:
    """Whether the (normalized) text contains ``phrase`` as whole words."""
    wanted = grading.normalize(phrase)
    if len(wanted) < 4:
        return False
    return f" {wanted} " in f" {normalized_text} "
