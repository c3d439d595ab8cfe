"""Loading the shipped packs for the content tests: every pack in ``debates/``."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from tutor.grading import KeyPoint as GradingKeyPoint
from tutor.packs.models import EvidenceCard, KeyPoint, Pack

DEBATES = Path(__file__).resolve().parents[2] / "debates"
PACK_FILES = sorted(DEBATES.glob("*.json"))


@cache
def load(name: str) -> Pack:
    """The shipped pack whose file is ``debates/<name>.json``."""
    return Pack.model_validate(json.loads((DEBATES / f"{name}.json").read_text(encoding="utf-8")))


def source_texts(pack: Pack) -> dict[str, str]:
    return {s.id: (DEBATES / s.file).read_text(encoding="utf-8") for s in pack.sources}


def all_cards(pack: Pack) -> list[tuple[str, EvidenceCard]]:
    cards = [(a.id, c) for m in pack.motions for a in m.arguments for c in a.evidence]
    return cards + [(q.id, c) for q in pack.questions for c in q.evidence]


def grading_points(points: list[KeyPoint]) -> list[GradingKeyPoint]:
    return [GradingKeyPoint(k.text, tuple(k.cues), k.weight) for k in points]
