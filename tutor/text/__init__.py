"""Make untrusted pack text safe to print: no terminal control sequences, no bidi tricks.

Pack strings reach plain-mode output and the terminal directly, so ESC sequences
(colour, cursor moves, OSC titles and hyperlinks) and other C0/C1 control characters
are removed, and so are the bidi controls (embeddings, overrides, isolates and the
directional marks) that make text display in an order other than the one it is
written in (U+202E turns "gnp.exe" into "exe.png"). Newline and tab are kept. A lone
surrogate (which JSON's ``\\ud800`` can produce, and no terminal can print) becomes
U+FFFD, the replacement character.
Markup-looking text such as ``[bold]`` is left alone: it is literal text here, and
the Textual front end renders it as such.
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
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
"""ALM, LRM, RLM, the embeddings and overrides (U+202A-E) and the isolates (U+2066-9)."""
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def clean(text: str) -> str:
    """``text`` without ESC sequences, control or bidi characters (``\\n`` and ``\\t`` kept)."""
    if text.isprintable():
        return text
    return _SURROGATES.sub("\ufffd", _CONTROLS.sub("", _ESCAPES.sub("", text)))


def valid_text(text: str) -> str:
    """``text`` with undecodable input bytes (surrogate escapes) replaced by U+FFFD.

    Standard input is read with ``surrogateescape``, so a learner piping Latin-1 bytes
    would hand the engine strings no store or terminal can encode.
    """
    for errors in ("strict", "surrogateescape", "surrogatepass"):
        try:
            return text.encode("utf-8", errors).decode("utf-8", "replace")
        except UnicodeEncodeError:
            continue
    raise AssertionError("surrogatepass encodes every str")  # pragma: no cover
