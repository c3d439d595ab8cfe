"""The coaching sentences a learner reads when a key point was not earned.

A silent zero teaches nothing. Each reason the judge can have for not crediting a point
gets one plain sentence that says what happened and what a rebuttal needs instead; the
whole-answer feedback leads with the most important of them.
"""

from __future__ import annotations

from collections.abc import Sequence

from tutor.grading.result import KeyPoint, KeyPointResult, Stance
from tutor.grading.verdicts import TRUNCATED_NOTE

OUTWEIGH = "A rebuttal must deny or outweigh the claim."
PRIORITY = ("conceded", "other-side", "denied", "thin", "echo", "question", "hedge")
"""Reasons in the order the whole-answer feedback mentions them."""


def note(reason: str, words: str, kp: KeyPoint) -> str:
    """One sentence of coaching for a point not earned ("" when it simply was not made)."""
    quoted = f"\u201c{words}\u201d"
    notes = {
        "conceded": f"You agreed with your opponent here: {quoted}. {OUTWEIGH}",
        "other-side": f"You argued your opponent's side here: {quoted}. {OUTWEIGH}",
        "denied": f"You said the opposite of this point: {quoted}.",
        "thin": f"Say why: {quoted} names the point but makes no claim. Argue it: {kp.text}",
        "echo": "You typed back what the tutor showed; say it in your own words.",
        "question": f"You asked {quoted} but did not claim it: state it and say why.",
        "hedge": f"You hedged ({quoted}): commit to the point and give its reason.",
    }
    return notes.get(reason, "")


def feedback(results: Sequence[KeyPointResult], reasons: Sequence[str], cut: bool) -> str:
    """Whole-answer coaching: the count, then the most important note."""
    covered = sum(r.covered for r in results)
    text = f"You covered {covered} of {len(results)} key points."
    for wanted in PRIORITY:
        hit = next((r for r, why in zip(results, reasons, strict=True) if why == wanted), None)
        if hit is not None and hit.note:
            text += f" {hit.note}"
            break
    if cut:
        text += f" {TRUNCATED_NOTE}"
    return text


def hint(results: Sequence[KeyPointResult], kps: Sequence[KeyPoint], close: bool) -> str:
    """The first point still missing, for a close answer."""
    missing = [kps[r.index].text for r in results if r.stance is not Stance.ASSERTED]
    return f"Not yet covered: {missing[0]}" if close and missing else ""
