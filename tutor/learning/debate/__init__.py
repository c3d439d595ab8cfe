"""The guided debate round: phases, the tutor's dialogue, the flow sheet, resume.

Pure Python (no UI import): the Textual app, plain mode and tests drive
:class:`DebateSession` through the turn protocol of :mod:`tutor.learning.turns`.
"""

from __future__ import annotations

from tutor.learning.debate.flow import FlowEntry, FlowSheet
from tutor.learning.debate.phases import Phase, Step
from tutor.learning.debate.session import DebateSession

__all__ = ["DebateSession", "FlowEntry", "FlowSheet", "Phase", "Step"]
