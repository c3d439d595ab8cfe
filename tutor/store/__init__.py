"""The progress store: every answer, appeal and review card, kept in SQLite.

``from tutor.store import ProgressStore``; see :mod:`tutor.store.progress`.
"""

from tutor.store.progress import ProgressStore
from tutor.store.schema import StoreError
from tutor.store.stats import Stats

__all__ = ["ProgressStore", "Stats", "StoreError"]
