"""How each step of the round is asked, graded and closed.

:func:`ask` turns a :class:`~tutor.learning.debate.phases.Step` into an
:class:`Asked`: the turns to show, the item its answers are recorded under, a grader
(a choice or a pack question) or a :class:`Dialogue` (free text), and the turns that
close it (the full argument, the model rebuttal, the explanation with its card).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

from tutor.grading import GradeResult, Verdict
from tutor.learning import items
from tutor.learning.answers import parse_choice
from tutor.learning.cards import card_turn
from tutor.learning.core.keys import ItemKey, argument_key
from tutor.learning.debate.dialogue import Dialogue, Point
from tutor.learning.debate.framing import source_kind
from tutor.learning.debate.game import Asked, Round
from tutor.learning.debate.phases import Step
from tutor.learning.debate.words import completion_cues, derived_cues, gist, reason_cues
from tutor.learning.questions import AnswerFormatError, Presented, _choice, make_result, present
from tutor.learning.turns import Expects, InputKind, Turn, TurnKind
from tutor.packs import models as m
from tutor.packs.topic import topic_words
from tutor.text import clean

CONTINUE = Expects(InputKind.CONTINUE, placeholder="press Enter to go on")
WEIGHING_THRESHOLD = 0.5  # half the weighing points: a short answer can make two of four
WEIGHING_POINTS = 4  # the first sentences of the motion's weighing note


def ask(game: Round, step: Step, rng: random.Random) -> Asked:
    """The step, ready to show and grade."""
    if step.kind == "continue":
        turn = Turn(TurnKind.QUESTION, "Ready? Press Enter to build your case.", expects=CONTINUE)
        return Asked([turn])
    return _ASKERS[step.kind](game, step, rng)


def _question(presented: Presented, text: str, item: items.DrillItem) -> Presented:
    presented.turn = replace(presented.turn, text=clean(text), item_id=item.key)
    return presented


def _case(game: Round, step: Step, rng: random.Random) -> Asked:
    argument = game.argument(step.ref)
    item = items.argument_items(game.pack, game.motion, argument)[1]  # ":warrant"
    start, rest = split_claim(clean(argument.claim))
    common = topic_words(game.pack)
    points = [
        Point(
            rest,
            completion_cues(rest, start, common),
            hint=f"The claim goes on: “{gist(clean(argument.claim), 0.6)}”",
            shown=f"The claim: {clean(argument.claim)}",
        ),
        Point(
            clean(argument.warrant),
            reason_cues(argument.warrant, start, common),
            hint=f"Say WHY it is true: “{gist(clean(argument.warrant), 0.4)}”",
            shown=f"The warrant: {clean(argument.warrant)}",
        ),
    ]
    text = (
        f"Your argument ({argument.stock_issue}). Complete the claim and give its warrant "
        f"(why it is true):\n“{start} …”"
    )
    presented = _text(text, item, argument.claim + " " + argument.warrant)
    closing = [
        Turn(
            TurnKind.SAY,
            clean(
                f"Your argument in full.\nClaim: {argument.claim}\n"
                f"Warrant: {argument.warrant}\nImpact: {argument.impact}"
            ),
            argument_id=argument.id,
        )
    ]
    opening = f"{start} …"
    dialogue = Dialogue(points, game.misconceptions(), shown=[opening], copyable=[opening])
    return Asked(
        [presented.turn],
        item,
        presented,
        dialogue,
        clean(f"Warrant of: {argument.claim}"),
        closing=closing,
        cards=list(argument.evidence),
        point_cards=list(argument.evidence),
    )


def split_claim(claim: str) -> tuple[str, str]:
    """The start of a claim the tutor reads out, and the rest the learner completes."""
    words = claim.split()
    cut = max(2, len(words) // 3) if len(words) > 3 else 1
    return " ".join(words[:cut]), " ".join(words[cut:]) or claim


def _evidence(game: Round, step: Step, rng: random.Random) -> Asked:
    argument = game.argument(step.ref)
    item = items.DrillItem(
        argument_key(game.pack.metadata.id, argument.id, "evidence"),
        game.pack,
        "evidence",
        "evidence",
        (game.motion.id, argument.stock_issue),
        clean(f"Evidence for: {argument.claim}"),
        argument=argument,
        motion=game.motion,
    )
    cards = [game.card(k) for k in step.options]
    shown = [f"{c.tag} ({source_kind(game.pack, c.source)})" for c in cards]
    prompt = f"Pick the strongest evidence for your claim:\n“{argument.claim}”"
    presented = _choice(
        None,
        prompt,
        shown,
        step.options.index(f"{argument.id}:0"),
        "The card must say what the claim says.",
    )
    closing = [card_turn(game.pack, argument.evidence[0], item.key)]
    return Asked(
        [_question(presented, prompt, item).turn],
        item,
        presented,
        label=item.label,
        closing=closing,
        cards=cards,
    )


def _crossex(game: Round, step: Step, rng: random.Random) -> Asked:
    question = game.question(step.ref)
    item = items.question_item(game.pack, question)
    presented = present(
        question,
        random.Random(step.ref),  # one order per step: a resumed debate grades what it shows
        sides=(clean(game.motion.aff.label), clean(game.motion.neg.label)),
        item_id=item.key,
        variants=game.pack.variants,
    )
    _question(presented, f"{game.theirs} asks: {question.prompt}", item)
    return Asked(
        [presented.turn],
        item,
        presented,
        label=item.label,
        cards=list(question.evidence),
        explanation=clean(question.explanation),
    )


def _rebuttal(game: Round, step: Step, rng: random.Random) -> Asked:
    argument = game.argument(step.ref)
    item = items.argument_items(game.pack, game.motion, argument)[0]  # ":rebuttal"
    read = Turn(
        TurnKind.ARGUMENT,
        clean(
            f"{game.theirs} argues: {argument.claim}\nWarrant: {argument.warrant}\n"
            f"Impact: {argument.impact}"
        ),
        argument_id=argument.id,
        item_id=item.key,
    )
    card = card_turn(game.pack, argument.evidence[0], item.key)
    presented = _text(
        f"Your rebuttal: answer {game.theirs}'s argument “{argument.claim.rstrip('.')}”.",
        item,
        argument.model_rebuttal or argument.key_points[0].text,
    )
    points = [
        Point(
            clean(k.text),
            tuple(k.cues),
            k.weight,
            clean(k.hint or ""),
            examples=tuple(k.examples),
            counterexamples=tuple(k.counterexamples),
        )
        for k in argument.key_points
    ]
    quote = clean(argument.evidence[0].quote)
    claim = clean(argument.claim)
    dialogue = Dialogue(
        points,
        game.misconceptions(),
        shown=[claim, clean(argument.warrant), quote],
        copyable=[quote],
        opposing=claim,
    )
    return Asked(
        [read, card, presented.turn],
        item,
        presented,
        dialogue,
        item.label,
        closing=_model_rebuttal(game, argument, item.key),
        cards=list(argument.evidence),
        point_cards=item.point_cards(),
    )


def _model_rebuttal(game: Round, argument: m.Argument, key: str) -> list[Turn]:
    turns = []
    if argument.model_rebuttal:
        turns.append(
            Turn(TurnKind.SAY, clean(f"Model rebuttal: {argument.model_rebuttal}"), item_id=key)
        )
    answering = [a for a in game.motion.arguments if argument.id in a.answers]
    if answering:
        turns.append(card_turn(game.pack, answering[0].evidence[0], key))
    return turns


def _weigh(game: Round, step: Step, rng: random.Random) -> Asked:
    chosen = [game.argument(a) for a in step.options]
    item = _weighing_item(game, "Which impact matters most")
    shown = [f"{game.who(a)}: {a.impact}" for a in chosen]
    prompt = "Which impact matters most in this round?"
    presented = _choice(None, prompt, shown, 0, f"Weigh an impact of your own side ({game.mine}).")
    mine = {i for i, a in enumerate(chosen) if a.side == game.side}
    presented.grader = _weigh_grader(presented, shown, mine, game)
    return Asked(
        [_question(presented, prompt, item).turn],
        item,
        presented,
        label=item.label,
        scheduled=False,
    )


def _weigh_grader(
    presented: Presented, shown: list[str], mine: set[int], game: Round
) -> Callable[[str], GradeResult]:
    options = presented.turn.expects.options if presented.turn.expects else ()

    def grade(text: str) -> GradeResult:
        index = parse_choice(text, options)
        if index is None:
            raise AnswerFormatError(f"Type a number from 1 to {len(shown)}.")
        if index in mine:
            return make_result(
                Verdict.CORRECT,
                1.0,
                f"You weigh your own impact: {shown[index]}.",
                "",
                shown[index],
            )
        return make_result(
            Verdict.INCORRECT,
            0.0,
            f"That is {game.theirs}'s impact: in weighing you explain why yours outweighs theirs.",
        )

    return grade


def _why(game: Round, step: Step, rng: random.Random) -> Asked:
    item = _weighing_item(game, "Why that impact matters most")
    guidance = clean(game.motion.weighing or "")
    sentences = [s.strip() for s in guidance.replace("\n", " ").split(". ") if s.strip()]
    points = [Point(s.rstrip("."), derived_cues(s)) for s in sentences[:WEIGHING_POINTS]]
    presented = _text(
        "And why does it matter most? Compare it with the other side's impacts "
        "(probability, size, time frame).",
        item,
        guidance,
    )
    closing = [Turn(TurnKind.SAY, f"How to weigh this motion: {guidance}")]
    return Asked(
        [presented.turn],
        item,
        presented,
        Dialogue(points, game.misconceptions(), WEIGHING_THRESHOLD),
        item.label,
        scheduled=False,
        closing=closing,
    )


def _weighing_item(game: Round, label: str) -> items.DrillItem:
    return items.DrillItem(
        ItemKey(game.pack.metadata.id, "motion", game.motion.id, "weighing"),
        game.pack,
        "weighing",
        "structure",
        (game.motion.id, "weighing"),
        clean(f"{label}: {game.motion.title}"),
        motion=game.motion,
    )


def _text(prompt: str, item: items.DrillItem, answer: str) -> Presented:
    expects = Expects(InputKind.TEXT, placeholder="explain in your own words")
    turn = Turn(TurnKind.QUESTION, clean(prompt), expects=expects, item_id=item.key)
    return Presented(
        None, turn, lambda _t: make_result(Verdict.INCORRECT, 0.0, ""), "", clean(answer)
    )


_ASKERS = {
    "case": _case,
    "evidence": _evidence,
    "crossex": _crossex,
    "rebuttal": _rebuttal,
    "weigh": _weigh,
    "why": _why,
}
