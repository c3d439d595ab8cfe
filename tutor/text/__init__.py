"""Make untrusted pack text safe to print: no terminal control sequences.

Pack strings reach plain-mode output and the terminal directly, so ESC sequences
(colour, cursor moves, OSC titles and hyperlinks) and other C0/C1 control characters
are removed. Newline and tab are kept. Markup-looking text such as ``[bold]`` is left
alone: it is literal text here, and the Textual front end renders it as such.
"""

from __future__ import annotations

import re

# ESC-led sequences: CSI (ESC [ ... final), OSC/DCS/SOS/PM/APC strings ended by BEL or
# ST, and two-character escapes. The 8-bit CSI (0x9b) form is handled the same way.
_ESCAPES = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]          # CSI
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])  # OSC, DCS, SOS, PM, APC ...
      .*?(?:\x07|\x1b\\|\x9c|$)                #   ... up to BEL or ST
    | \x1b[ -/]*[0-~]?                         # other escapes (and a lone ESC)
    """,
    re.VERBOSE | re.DOTALL,
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """Return ``text`` without ESC sequences or control characters (``\\n`` and ``\\t`` kept)."""
    if text.isprintable():
        return text
    return _CONTROLS.sub("", _ESCAPES.sub("", text))
