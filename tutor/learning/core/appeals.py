"""``/wrong reason``: the learner says a verdict was wrong; an instructor decides.

An appeal is recorded as *pending* and the original score stands until an instructor
accepts it (``tutor appeals --accept ID``). Every ``/wrong`` gets an answer: either
"recorded, pending" or a refusal that says why (nothing graded yet, no reason given,
already appealed, already right, no store to keep it in).
"""

from __future__ import annotations

from tutor.grading import Verdict
from tutor.learning.core.recorder import Recorder
from tutor.learning.feedback import Feedback
from tutor.learning.turns import Turn, TurnKind

NOTHING = "There is no verdict to appeal yet."
NO_REASON = (
    "Say why after /wrong, e.g. “/wrong the pack's own card says so”: an instructor reads it."
)
TWICE = "You already appealed that verdict: it is waiting for an instructor."
RIGHT = "That answer was graded correct: there is nothing to appeal."
NO_STORE = "Appeals need the progress store, and this session has none: nothing was recorded."


def refusal(last: Feedback | None, reason: str, appealed: set[int], recorder: Recorder) -> str:
    """Why this appeal cannot be taken ("" when it can)."""
    if last is None:
        return NOTHING
    if last.verdict is Verdict.CORRECT:
        return RIGHT
    if not reason.strip():
        return NO_REASON
    if last.answer_id is None or not recorder.enabled:
        return NO_STORE
    if last.answer_id in appealed:
        return TWICE
    return ""


def appeal(last: Feedback | None, reason: str, appealed: set[int], recorder: Recorder) -> Turn:
    """Record a pending appeal of the last verdict, or refuse it saying why."""
    refused = refusal(last, reason, appealed, recorder)
    if refused or last is None:
        return Turn(TurnKind.ERROR, refused or NOTHING)
    appeal_id = recorder.appeal(last.answer_id, reason.strip())
    assert last.answer_id is not None
    appealed.add(last.answer_id)
    text = (
        f"Appeal {appeal_id} recorded, pending: your score of {last.score:.0%} for that answer "
        f"stands until an instructor accepts it. Your reason: {reason.strip()}"
    )
    return Turn(TurnKind.SAY, text, answer_id=last.answer_id, item_id=last.item_key or None)
