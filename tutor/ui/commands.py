"""Command palette: open a pack, start a quiz or a debate, review what is due."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tutor.ui.safe import plain


class TutorCommands(Provider):
    """Every library entry, plus review and stats, as palette commands."""

    def _commands(self) -> list[tuple[str, object]]:
        app = self.app
        services = app.services  # type: ignore[attr-defined]
        found: list[tuple[str, object]] = [
            ("Review due items", app.start_review),  # type: ignore[attr-defined]
            ("Show progress", app.show_stats),  # type: ignore[attr-defined]
        ]
        for entry in services.library_entries():
            if entry.enabled:
                found.append((entry.label, partial(app.open_entry, entry)))  # type: ignore[attr-defined]
        return found

    async def discover(self) -> Hits:
        for label, action in self._commands():
            yield DiscoveryHit(plain(label), action, text=label)  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, action in self._commands():
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, matcher.highlight(label), action, text=label)  # type: ignore[arg-type]
