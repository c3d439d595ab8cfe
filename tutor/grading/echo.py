"""Whether an answer only types back what the tutor showed (a minimal stand-in).

The judge's helper owns the real echo detection; until it lands this says "echo"
when almost every content word of the answer was in the text the tutor showed
(the claim's opening, a hint, the card), so a copied hint earns nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from tutor.grading.normalize import normalize

MIN_NEW_SHARE = 0.34
"""An answer must bring at least this share of content words of its own."""
SHORT = 3  # words this short are not content words


def _content(text: str) -> list[str]:
    return [w for w in normalize(text).split() if len(w) > SHORT]


def is_echo(answer: str, shown: Sequence[str]) -> bool:
    """True when ``answer`` adds (almost) nothing to what was ``shown``."""
    words = _content(answer)
    if not words or not shown:
        return False
    seen = {w for text in shown for w in _content(text)}
    new = [w for w in words if w not in seen]
    return len(new) / len(words) < MIN_NEW_SHARE
