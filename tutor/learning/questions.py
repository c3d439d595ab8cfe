"""How each of the eleven question types is asked and graded.

:func:`present` turns a pack question into a :class:`Presented` question: the QUESTION
turn a front end shows (with what input it expects), and a ``grade`` method that reads
the learner's reply and returns a :class:`~tutor.grading.GradeResult`. Typed answers
go to the grader; choices, orderings and matchings are graded here, with partial
credit and feedback that says how much was right. Shuffles use the injected Random.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial

from tutor import grading
from tutor.grading import GradeResult, Verdict
from tutor.learning.answers import LETTERS, parse_choice, parse_match, parse_order
from tutor.learning.turns import Expects, InputKind, Turn, TurnKind
from tutor.packs import models as m
from tutor.text import clean

ANATOMY = ("claim", "warrant", "impact")
_BLANK = re.compile(r"\{\{(\d+)\}\}")


class AnswerFormatError(ValueError):
    """The reply cannot be read for this question; the message says how to answer."""


def make_result(
    verdict: Verdict, score: float, feedback: str, hint: str = "", matched: str | None = None
) -> GradeResult:
    """A GradeResult for an answer graded outside the text grader."""
    return GradeResult(
        verdict=verdict,
        score=round(max(0.0, min(1.0, score)), 4),
        matched=matched,
        feedback=feedback,
        hint=hint,
        trace=(),
        spans=(),
        keypoints=(),
    )


@dataclass
class Presented:
    """A question as asked: its turn, how to grade a reply, and a hint on request."""

    question: m.Question | None
    turn: Turn
    grader: Callable[[str], GradeResult]
    hint: str = ""
    answer_text: str = ""  # the right answer in words, for summaries and exports
    data: dict[str, object] = field(default_factory=dict)
    choices: tuple[str, ...] = ()  # the options in the order shown, for choice questions

    def grade(self, text: str) -> GradeResult:
        """Grade a reply; raises AnswerFormatError when it cannot be read."""
        return self.grader(text)

    def response(self, text: str) -> str:
        """What the learner answered, as stored: the chosen option's text, not "2" or "b".

        Options are shuffled per attempt, so a typed number means nothing once the
        attempt is over; the option text is what exports and item analysis need.
        """
        if not self.choices:
            return text
        index = parse_choice(text, self.choices)
        return text if index is None else self.choices[index]


def blanks_text(cloze: m.Cloze) -> str:
    """The cloze text with each blank shown as "_____ (n)"."""
    return _BLANK.sub(lambda match: f"_____ ({match.group(1)})", cloze.text)


def present(
    question: m.Question,
    rng: random.Random,
    *,
    sides: tuple[str, str] = ("Affirmative", "Negative"),
    item_id: str | None = None,
    variants: Sequence[Sequence[str]] = (),
) -> Presented:
    """Ask ``question``: build its turn and its grader (``variants``: the pack's table)."""
    builder = _BUILDERS[question.type]
    if variants and isinstance(question, m.ShortAnswer):
        builder = partial(_short, variants=variants)
    presented = builder(question, rng, sides)
    presented.turn = _with_item(presented.turn, item_id)
    return presented


def _with_item(turn: Turn, item_id: str | None) -> Turn:
    return replace(turn, item_id=item_id)


def _ask(text: str, expects: Expects) -> Turn:
    return Turn(TurnKind.QUESTION, clean(text), expects=expects)


# -- choices -------------------------------------------------------------------------
def _choice(
    question: m.Question | None, prompt: str, options: Sequence[str], answer: int, hint: str = ""
) -> Presented:
    shown = tuple(clean(o) for o in options)
    expects = Expects(InputKind.CHOICE, options=shown, placeholder="number, letter or text")

    def grade(text: str) -> GradeResult:
        index = parse_choice(text, shown)
        if index is None:
            raise AnswerFormatError(
                f"Type a number from 1 to {len(shown)}, a letter or the option's text."
            )
        right = f"{answer + 1}. {shown[answer]}"
        if index == answer:
            return make_result(Verdict.CORRECT, 1.0, f"Right: {right}.", matched=shown[answer])
        return make_result(
            Verdict.INCORRECT,
            0.0,
            f"You chose {index + 1}. {shown[index]}; the answer is {right}.",
            matched=shown[index],
        )

    wrong = [i for i in range(len(shown)) if i != answer]
    hint = hint or (f"It is not {wrong[-1] + 1}. {shown[wrong[-1]]}." if wrong else "")
    return Presented(question, _ask(prompt, expects), grade, hint, shown[answer], choices=shown)


def _multiple_choice(q: m.Question, rng: random.Random, sides: tuple[str, str]) -> Presented:
    """Options in a fresh order each attempt (from the session's rng, so a replay matches)."""
    assert isinstance(q, m.MultipleChoice | m.EvidenceQuality)
    order = list(range(len(q.options)))
    rng.shuffle(order)  # shown position -> index in the pack
    options = [q.options[i] for i in order]
    return _choice(q, q.prompt, options, order.index(q.answer))


def _true_false(q: m.Question, rng: random.Random, sides: tuple[str, str]) -> Presented:
    assert isinstance(q, m.TrueFalse)
    return _choice(q, q.prompt, ("True", "False"), 0 if q.answer else 1, "Check the evidence.")


def _side(q: m.Question, rng: random.Random, sides: tuple[str, str]) -> Presented:
    assert isinstance(q, m.SideIdentification)
    prompt = f"{q.prompt}\n\n“{q.statement}”"
    return _choice(
        q, prompt, sides, 0 if q.answer == "aff" else 1, "Ask who gains if the statement is true."
    )


def _anatomy(q: m.Question, rng: random.Random, sides: tuple[str, str]) -> Presented:
    assert isinstance(q, m.ArgumentAnatomy)
    prompt = f"{q.prompt}\n\n“{q.excerpt}”"
    hint = "A claim asserts, a warrant explains why, an impact says why it matters."
    return _choice(q, prompt, ANATOMY, ANATOMY.index(q.answer), hint)


# -- typed answers ---------------------------------------------------------------------
def _text(
    q: m.Question | None,
    prompt: str,
    grade: Callable[[str], GradeResult],
    hint: str,
    answer: str,
    placeholder: str = "type your answer",
    blanks: int = 0,
) -> Presented:
    expects = Expects(InputKind.TEXT, placeholder=placeholder, blanks=blanks)
    return Presented(q, _ask(prompt, expects), grade, hint, clean(answer))


def _short(
    q: m.Question,
    rng: random.Random,
    sides: tuple[str, str],
    variants: Sequence[Sequence[str]] = (),
) -> Presented:
    assert isinstance(q, m.ShortAnswer)
    reject = [grading.WrongAnswer(r.answer, r.feedback) for r in q.reject]
    first = q.accept[0]
    hint = f"It starts with “{first[: max(1, len(first) // 4)]}…”."

    def grade(text: str) -> GradeResult:
        return grading.grade_short(text, q.accept, reject, variants=variants)

    return _text(q, q.prompt, grade, hint, first)


SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def readable_number(value: float, unit: str | None = None) -> str:
    """28500 -> '28,500'; 3.5e11 -> '350 billion'; a bare 2006 stays a year (never 3.5e+11)."""
    if unit is None and value == int(value) and 1000 <= value < 3000:
        return str(int(value))
    for size, word in SCALES:
        if abs(value) >= size:
            return f"{value / size:,.4g} {word}"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.6g}"


def magnitude_words(value: float) -> str:
    """A hint on size that does not give the answer away: 'in the thousands', ..."""
    for size, word in SCALES:
        if abs(value) >= size:
            return f"in the {word}s"
    for size, word in ((1e3, "thousands"), (1e2, "hundreds"), (10, "tens")):
        if abs(value) >= size:
            return f"in the {word}"
    return "below ten"


def _numeric(q: m.Question, rng: random.Random, sides: tuple[str, str]) -> Presented:
    assert isinstance(q, m.Numeric)
    unit = f" {q.unit}" if q.unit else ""
    hint = f"Think of the order of magnitude: {magnitude_words(q.value)}."
    return _text(
        q,
        q.prompt,
        lambda t: grading.grade_numeric(t, q.value, q.tolerance, q.unit),
        hint,
        f"{readable_number(q.value, q.unit)}{unit}",
        placeholder=f"a number{unit}",
    )


def _cloze(q: m.Question, rng: random.Random, sides: tuple[str, str]) -> Presented:
    assert isinstance(q, m.Cloze)
    count = len(q.blanks)
    prompt = f"{q.prompt}\n\n{blanks_text(q)}"
    answer = "; ".join(b.accept[0] for b in q.blanks)
    hint = "First letters: " + ", ".join(
        f"({i}) {b.accept[0][0]}…" for i, b in enumerate(q.blanks, 1)
    )

    def grade(text: str) -> GradeResult:
        parts = [p.strip() for p in text.split(";")] if count > 1 else [text.strip()]
        if len(parts) != count:
            raise AnswerFormatError(f"Fill {count} blanks, separated by “;”.")
        results = [grading.grade_short(p, b.accept) for p, b in zip(parts, q.blanks, strict=True)]
        if count == 1:
            return results[0]
        return _combine_blanks(results)

    placeholder = "answer" if count == 1 else "answers separated by ;"
    return _text(q, prompt, grade, hint, answer, placeholder=placeholder, blanks=count)


def _combine_blanks(results: Sequence[GradeResult]) -> GradeResult:
    right = sum(r.verdict == Verdict.CORRECT for r in results)
    near = sum(r.verdict == Verdict.CLOSE for r in results)
    notes = " ".join(
        f"({i}) {r.feedback}" for i, r in enumerate(results, 1) if r.verdict != Verdict.CORRECT
    )
    if right == len(results):
        verdict = Verdict.CORRECT
    elif right + near == len(results):
        verdict = Verdict.CLOSE
    else:
        verdict = Verdict.INCORRECT
    score = sum(r.score for r in results) / len(results)
    feedback = f"{right} of {len(results)} blanks right." + (f" {notes}" if notes else "")
    return make_result(verdict, score, feedback)


def _free_text(q: m.Question, rng: random.Random, sides: tuple[str, str]) -> Presented:
    assert isinstance(q, m.FreeText)
    points = [
        grading.KeyPoint(
            k.text,
            tuple(k.cues),
            k.weight,
            examples=tuple(k.examples),
            counterexamples=tuple(k.counterexamples),
        )
        for k in q.key_points
    ]
    hint = (
        next((k.hint for k in q.key_points if k.hint), "") or f"Think about: {q.key_points[0].text}"
    )
    return _text(
        q,
        q.prompt,
        lambda t: grading.grade_keypoints(t, points, q.threshold),
        hint,
        q.model_answer,
        placeholder="explain in your own words",
    )


# -- orderings and matchings -------------------------------------------------------------
def _ordering(q: m.Question, rng: random.Random, sides: tuple[str, str]) -> Presented:
    assert isinstance(q, m.Ordering)
    n = len(q.items)
    shown_index = _shuffled(n, rng)  # shown position -> index in the right order
    shown = tuple(clean(q.items[i]) for i in shown_index)
    expects = Expects(InputKind.ORDER, options=shown, placeholder="e.g. 3 1 2")
    right_order = [shown_index.index(i) for i in range(n)]

    def grade(text: str) -> GradeResult:
        order = parse_order(text, n)
        if order is None:
            raise AnswerFormatError(f"Type the numbers 1 to {n} in order, e.g. “3 1 2”.")
        given = [shown_index[i] for i in order]  # the learner's sequence, as true indexes
        placed = sum(g == i for i, g in enumerate(given))
        answer = " ".join(str(i + 1) for i in right_order)
        if placed == n:
            return make_result(Verdict.CORRECT, 1.0, f"All {n} in the right place.")
        feedback = f"{placed} of {n} in the right place. The right order is {answer}."
        verdict = Verdict.CLOSE if _one_adjacent_swap(given) and n >= 3 else Verdict.INCORRECT
        return make_result(verdict, placed / n, feedback)

    hint = f"The first is: {clean(q.items[0])}."
    text = " → ".join(clean(i) for i in q.items)
    return Presented(q, _ask(q.prompt, expects), grade, hint, text)


def _one_adjacent_swap(given: Sequence[int]) -> bool:
    wrong = [i for i, g in enumerate(given) if g != i]
    return len(wrong) == 2 and wrong[1] == wrong[0] + 1


def _matching(q: m.Question, rng: random.Random, sides: tuple[str, str]) -> Presented:
    assert isinstance(q, m.Matching)
    n = len(q.pairs)
    right_index = _shuffled(n, rng)  # shown right letter -> pair index
    lefts = tuple(clean(p.left) for p in q.pairs)
    rights = tuple(clean(q.pairs[i].right) for i in right_index)
    expects = Expects(InputKind.MATCH, options=lefts, targets=rights, placeholder="e.g. 1b 2a")
    key = " ".join(f"{i + 1}{LETTERS[right_index.index(i)]}" for i in range(n))

    def grade(text: str) -> GradeResult:
        pairs = parse_match(text, n, n)
        if pairs is None:
            raise AnswerFormatError(f"Match each of 1 to {n} with a letter, e.g. “1b 2a”.")
        good = sum(right_index[r] == left for left, r in pairs.items())
        if good == n:
            return make_result(Verdict.CORRECT, 1.0, f"All {n} pairs right.")
        verdict = Verdict.CLOSE if good == n - 2 and n >= 4 else Verdict.INCORRECT
        return make_result(verdict, good / n, f"{good} of {n} pairs right. The answer is {key}.")

    hint = f"1 goes with {LETTERS[right_index.index(0)]}. {rights[right_index.index(0)]}."
    return Presented(q, _ask(q.prompt, expects), grade, hint, key)


def _shuffled(n: int, rng: random.Random) -> list[int]:
    order = list(range(n))
    for _ in range(3):  # avoid showing the answer as-is when a shuffle leaves it in place
        rng.shuffle(order)
        if order != list(range(n)):
            break
    return order


_BUILDERS: dict[str, Callable[[m.Question, random.Random, tuple[str, str]], Presented]] = {
    "multiple_choice": _multiple_choice,
    "evidence_quality": _multiple_choice,
    "true_false": _true_false,
    "side_identification": _side,
    "argument_anatomy": _anatomy,
    "short_answer": _short,
    "numeric": _numeric,
    "cloze": _cloze,
    "free_text": _free_text,
    "ordering": _ordering,
    "matching": _matching,
}
