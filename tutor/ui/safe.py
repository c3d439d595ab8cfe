"""The one door pack text goes through on its way to the screen.

Pack strings are untrusted: Textual parses plain ``str`` as markup (``[@click=app.quit]``
would become a live action), raw escape sequences would reach the terminal and bidi
controls would reorder what is shown. So every pack string is cleaned of control and
bidi characters (:func:`tutor.text.clean`) and wrapped in ``Content`` (never markup,
never Markdown); ``Text`` for ``DataTable`` cells.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

from tutor.text import clean

NBSP = "\u00a0"


def plain(text: str) -> Content:
    """Pack text as inert content: no markup, no control characters."""
    return Content(clean(text))


def indented(text: str) -> Content:
    """Like :func:`plain`, keeping each line's leading spaces (wrapping would drop them)."""
    lines = clean(text).split("\n")
    return Content("\n".join(NBSP * (len(x) - len(x.lstrip(" "))) + x.lstrip(" ") for x in lines))


def styled(text: str, style: str) -> Content:
    """Pack text in one of our own styles (the style is ours, the text is not parsed)."""
    return Content.styled(clean(text), style)


def cell(text: str) -> Text:
    """Pack text for a DataTable cell."""
    return Text(clean(text))


def highlighted(text: str, spans: list[tuple[int, int]], style: str) -> Content:
    """Pack text with the given character spans (offsets into ``text``) highlighted."""
    content = Content(clean_keep_length(text))
    for start, end in spans:
        content = content.stylize(style, start, end)
    return content


def clean_keep_length(text: str) -> str:
    """Replace control and bidi characters by spaces so grader offsets still line up."""
    return "".join(ch if ch in "\n\t" or ch.isprintable() else " " for ch in text)
