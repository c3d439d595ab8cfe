"""Command palette: open a pack, start a quiz or a debate, review what is due, stats, theme."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from tutor.learning.services import LibraryEntry
from tutor.text import clean
from tutor.ui.safe import plain

if TYPE_CHECKING:
    from tutor.ui.app import TutorApp


def palette_label(entry: LibraryEntry, pack_title: str) -> str:
    """How an entry reads in the palette (pack text is cleaned, never markup)."""
    if entry.kind in ("quiz", "pack"):
        return clean(f"Start quiz: {pack_title}")
    return clean(f"{entry.label} ({pack_title})")


class TutorCommands(Provider):
    """Every library entry, plus review, stats and the theme, as palette commands."""

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        app = cast("TutorApp", self.app)
        found: list[tuple[str, Callable[[], object], str]] = [
            ("Review due items", app.start_review, "Review what is due today"),
            ("Show progress", app.show_stats, "Accuracy over time and mastery"),
            ("Toggle light/dark theme", app.action_toggle_theme, "Switch the colour theme"),
        ]
        if app.services.library is None:
            return found
        title = ""
        for entry in app.services.library_entries():
            if entry.kind == "pack":
                title = entry.label
                continue
            if entry.enabled and entry.kind in ("quiz", "debate"):
                label = palette_label(entry, title)
                found.append((label, partial(app.open_entry, entry), entry.detail))
        return found

    async def discover(self) -> Hits:
        for label, action, help_text in self._commands():
            yield DiscoveryHit(plain(label), action, text=label, help=plain(help_text))  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, action, help_text in self._commands():
            score = matcher.match(label)
            if score > 0:
                yield Hit(
                    score,
                    _highlight(matcher, query, label),
                    action,
                    text=label,
                    help=plain(help_text),  # type: ignore[arg-type]
                )


def _highlight(matcher: Matcher, query: str, label: str) -> Content:
    """The label as plain content with the matched letters styled (never parsed as markup)."""
    content = plain(label)
    _score, offsets = matcher.fuzzy_search.match(query, label)
    for offset in offsets:
        content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
