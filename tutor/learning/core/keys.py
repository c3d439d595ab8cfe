"""Item keys: how an item is named in the store, the review schedule and exports.

A key is ``<pack>:<kind>:<ref>`` with an optional ``:<part>``:
``usfk:question:q1``, ``usfk:argument:tripwire:rebuttal``,
``usfk:motion:withdraw:weighing``. :class:`ItemKey` is the one place that joins and
splits them, so no code cuts strings at colons on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class ItemKey:
    """A stable name for one drillable item."""

    pack_id: str
    kind: str
    """"question", "argument" or "motion"."""
    ref: str
    part: str = ""
    """For arguments: "rebuttal", "warrant" or "evidence"; for motions: "weighing"."""

    def __str__(self) -> str:
        tail = f":{self.part}" if self.part else ""
        return f"{self.pack_id}:{self.kind}:{self.ref}{tail}"

    @classmethod
    def parse(cls, text: str) -> ItemKey:
        """The key ``text`` names; ValueError when it is not a key."""
        pack_id, kind, rest = [*text.split(":", 2), "", ""][:3]
        if not pack_id or not kind or not rest:
            raise ValueError(f"not an item key: {text!r}")
        ref, _, part = rest.partition(":") if kind != "question" else (rest, "", "")
        return cls(pack_id, kind, ref, part)

    def with_part(self, part: str) -> ItemKey:
        """The sibling item of the same argument or motion (e.g. its warrant)."""
        return replace(self, part=part)

    @property
    def reviewable(self) -> bool:
        """Whether review can bring this item back (weighing and card picks cannot)."""
        return self.part not in ("weighing", "evidence")


def question_key(pack_id: str, question_id: str) -> ItemKey:
    return ItemKey(pack_id, "question", question_id)


def argument_key(pack_id: str, argument_id: str, part: str) -> ItemKey:
    return ItemKey(pack_id, "argument", argument_id, part)


def pack_of(text: str) -> str:
    """The pack id of a stored key (the store keeps keys as text)."""
    try:
        return ItemKey.parse(text).pack_id
    except ValueError:
        return text
