"""Finding a card's quote in its source text, exactly as ``tutor validate`` does.

Authoring tools draft quotes and must only emit ones the validator will find, so they
ask the validator's own matcher (whitespace, typographic quotes and dashes are the
only differences it forgives).
"""

from __future__ import annotations

from tutor.packs.quotes import find_quote


def quote_found(source_text: str, quote: str) -> bool:
    """True when ``quote`` occurs in ``source_text`` as the pack checks require."""
    return find_quote(source_text, quote) is not None
