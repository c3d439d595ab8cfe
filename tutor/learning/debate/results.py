"""The debrief: scores by skill, what was missed, and what comes back in review.

Skills are the pack's four (facts, structure, rebuttal, evidence); weighing counts
as structure. A miss is any step not answered right (an appeal counts as right).
Misses on questions, warrants and rebuttals are scheduled for review; a missed
card folds into its argument's warrant item; weighing has no review item.
"""

from __future__ import annotations

from collections.abc import Sequence

from tutor.learning.debate.flow import FlowSheet
from tutor.learning.debate.state import Outcome


def scores_by_skill(outcomes: Sequence[Outcome]) -> dict[str, float]:
    """Mean (corrected) score per skill, in the order skills first appeared."""
    totals: dict[str, list[float]] = {}
    for o in outcomes:
        totals.setdefault(o.skill, []).append(1.0 if o.appealed else o.score)
    return {skill: sum(v) / len(v) for skill, v in totals.items()}


def misses(outcomes: Sequence[Outcome]) -> list[str]:
    """The steps not answered right, learner-facing."""
    return [o.label for o in outcomes if not o.right]


def summary_text(outcomes: Sequence[Outcome], flow: FlowSheet) -> str:
    right = sum(o.right for o in outcomes)
    lines = [f"Debate done: {right} of {len(outcomes)} steps right."]
    counts: dict[str, list[int]] = {}
    for o in outcomes:
        tally = counts.setdefault(o.skill, [0, 0])
        tally[0] += o.right
        tally[1] += 1
    scores = scores_by_skill(outcomes)
    lines += [f"  {s:<10} {ok}/{n}  {scores[s]:.0%}" for s, (ok, n) in counts.items()]
    dropped = flow.dropped()
    if dropped:
        lines.append(f"Dropped arguments (a judge counts them as conceded): {len(dropped)}")
        lines += [f"  • {e.text}" for e in dropped]
    review = [o.label for o in outcomes if not o.right and o.scheduled]
    rest = [o.label for o in outcomes if not o.right and not o.scheduled]
    if review:
        lines.append("Scheduled for review:")
        lines += [f"  • {label}" for label in review]
    if rest:
        lines.append("To think over (no review item):")
        lines += [f"  • {label}" for label in rest]
    if not review and not rest:
        lines.append("Nothing missed: well argued.")
    return "\n".join(lines)
