"""The judge's ballot at the end of a round, from :mod:`tutor.learning.debate.ballot`.

The ballot itself is built by ``build_ballot`` (a pure function of the flow sheet,
the motion, the side and the final feedback on each rebuttal). This module is the one
place the session asks for it, so a tutor without that module still ends its rounds
(with the flow sheet's dropped arguments and no redo).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping

from tutor.learning.debate.flow import FlowSheet
from tutor.learning.feedback import Ballot, Feedback
from tutor.packs import models as m


def ballot_for(
    flow: FlowSheet, motion: m.Motion, side: str, rebuttals: Mapping[str, Feedback]
) -> Ballot | None:
    """The round's ballot, or None while the ballot module is not installed."""
    try:
        module = importlib.import_module("tutor.learning.debate.ballot")
    except ModuleNotFoundError:
        return None
    found: Ballot = module.build_ballot(flow, motion, side, rebuttals)
    return found
