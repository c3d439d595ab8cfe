"""One facade over packs, sessions and the store, for front ends to drive.

The Textual app talks only to :class:`TutorServices`: it never builds sessions,
reads the store or applies a rule itself. Tests build the same facade with a
temporary data folder (or an injected store), explicit pack paths, a fixed clock
and a seed. The pack library, the store and the sessions are imported when first
needed, so the app paints its first frame before paying for pydantic and SQLite.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tutor.errors import UserError
from tutor.learning import service_views as views
from tutor.learning.core.session import Session, SessionStatus
from tutor.learning.feedback import Debrief
from tutor.learning.service_views import LibraryEntry, StatsView, best_entry, filter_entries
from tutor.learning.turns import Turn

Clock = Callable[[], datetime]
Progress = Callable[[int, int], None]

__all__ = [
    "LibraryEntry",
    "Session",
    "SessionStatus",
    "StatsView",
    "TutorServices",
    "best_entry",
    "filter_entries",
]


def utc_now() -> datetime:
    return datetime.now(UTC)


class TutorServices:
    """Packs, store and session factories behind one object."""

    def __init__(
        self,
        *,
        data_dir: Path | None = None,
        pack_paths: Sequence[Path] = (),
        builtin: bool = True,
        user_packs: bool = True,
        clock: Clock = utc_now,
        seed: int | None = None,
        store: Any = None,
        quiz_size: int = 10,
        learner: str | None = None,
        store_url: str | None = None,
        sign_in: bool = False,
    ) -> None:
        self.data_dir = data_dir
        self.learner = learner
        self.store_url = store_url
        self.sign_in_wanted = sign_in
        self.pack_paths = tuple(pack_paths)
        self.builtin = builtin
        self.user_packs = user_packs
        self.clock = clock
        self.seed = seed
        self.quiz_size = quiz_size
        self.library: Any = None
        self.notices: list[str] = []
        self._store = store
        self._store_tried = store is not None
        self._store_injected = store is not None

    # -- loading -----------------------------------------------------------------
    @property
    def store(self) -> Any:
        """The progress store, opened on first use."""
        if not self._store_tried:
            self._store_tried = True
            self._store = self._open_store()
        return self._store

    def _open_store(self) -> Any:
        from tutor.store import ProgressStore

        store = ProgressStore.open(self.data_dir, learner=self.learner, url=self.store_url)
        self.notices.extend(str(n) for n in store.notices)
        return store

    # -- learners ----------------------------------------------------------------
    def needs_learner(self) -> bool:
        """True in class mode (a shared store, or ``tutor serve``) while nobody signed in."""
        from tutor.store.learners import learner_name, store_url

        asked = self.sign_in_wanted or store_url(self.store_url) is not None
        return asked and not learner_name(self.learner)

    def sign_in(self, name: str) -> str:
        """Answer as ``name`` from now on (a UserError if it cannot be a name)."""
        from tutor.store.learners import check_name

        clean = check_name(name)
        if not clean:
            raise UserError("type your name to sign in")
        self.learner = clean
        if self._store is not None and self._store_injected:
            self._store = self._store.for_learner(clean)
        elif self._store is not None:  # opened for nobody: open again for the learner
            self._store.close()
            self._store, self._store_tried = None, False
        return clean

    def load(self, on_progress: Progress | None = None) -> Any:
        """Load the packs (once) and open the store; returns the pack library."""
        if self.library is None:
            self.library = self._load_library(on_progress)
        _ = self.store
        return self.library

    def _load_library(self, on_progress: Progress | None) -> Any:
        from tutor.packs.library import load_library

        return load_library(
            self.pack_paths, builtin=self.builtin, user=self.user_packs, on_progress=on_progress
        )

    def reload(self) -> Any:
        """Load the packs again (preview mode, after the file changed)."""
        self.library = None
        return self.load()

    def close(self) -> None:
        """Close the store (answers are already committed as they are given)."""
        if self._store is not None:
            self._store.close()

    def rng(self) -> random.Random:
        return random.Random(self.seed)

    # -- library -----------------------------------------------------------------
    def library_entries(self) -> list[LibraryEntry]:
        """Everything the learner can open, with progress and what is due."""
        library = self.load()
        now = self.clock()
        due = views.due_by_pack(self.store, now)
        answered = views.answered_by_pack(self.store.stats(now))
        entries = [views.review_entry(sum(due.values()))]
        for loaded in library.packs:
            pid = loaded.pack.metadata.id
            entries += views.pack_entries(loaded.pack, due.get(pid, 0), answered.get(pid))
        entries += [views.failure_entry(f) for f in library.failures]
        return entries

    def summary_line(self) -> str:
        library = self.load()
        failed = f" · {len(library.failures)} failed to load" if library.failures else ""
        return f"{len(library.packs)} pack(s){failed} · {self.due_count()} item(s) due today"

    def due_count(self) -> int:
        return int(self.store.due_count(self.clock()))

    # -- sessions ----------------------------------------------------------------
    def new_quiz(self, pack_id: str, count: int | None = None) -> Session:
        from tutor.learning.drill.quiz import quiz_session

        return quiz_session(
            [self._pack(pack_id)],
            self.store,
            count=count or self.quiz_size,
            rng=self.rng(),
            clock=self.clock,
        )

    def new_debate(self, pack_id: str, motion_id: str, side: str) -> Session:
        from tutor.learning.debate import DebateSession

        pack = self._pack(pack_id)
        return DebateSession(pack, motion_id, side, self.store, rng=self.rng(), clock=self.clock)

    def new_review(self) -> Session:
        from tutor.learning.drill.review import review_session

        packs = self.load().packs
        return review_session(packs, self.store, rng=self.rng(), clock=self.clock)

    def _pack(self, pack_id: str) -> Any:
        loaded = self.load().get(pack_id)
        if loaded is None:
            raise KeyError(f"no loaded pack has id {pack_id!r}")
        return loaded

    def start(self, session: Session) -> list[Turn]:
        return session.start()

    def respond(self, session: Session, text: str) -> list[Turn]:
        return session.respond(text)

    def is_finished(self, session: Session) -> bool:
        return session.finished

    def status(self, session: Session) -> SessionStatus:
        return session.status()

    def debrief(self, session: Session) -> Debrief:
        return session.finish()

    def redo(self, session: Session) -> Session | None:
        """The debrief's redo as a new session (a debate's missed rebuttal), if any."""
        return session.redo()

    def exports_dir(self) -> Path:
        """Where exported transcripts go."""
        return (self.data_dir or Path.cwd()) / "exports"

    # -- stats -------------------------------------------------------------------
    def stats_view(self) -> StatsView:
        return views.stats_view(self.store.stats(self.clock()))
