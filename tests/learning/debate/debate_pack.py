"""A small debate pack for the debate-session tests: two arguments a side, three
cross-ex questions (one with a known wrong answer), a weighing note."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tutor.packs.models import Pack

PACK_ID = "debate-test"
QUOTES = {
    "wire": [
        "U.S. Forces Korea numbers about 28,500 troops.",
        "Seoul pays about $1 billion a year toward the cost of the troops.",
        "Beijing has long called the bases a threat to its security.",
    ],
    "think": [
        "The troops act as a tripwire that guarantees American involvement.",
        "Allies read any cut as a sign that Washington is leaving.",
        "Gen. Xavier Brunson called the Korean peninsula a fixed aircraft carrier.",
    ],
}


def _card(source: str, index: int, tag: str) -> dict[str, Any]:
    return {"tag": tag, "source": source, "quote": QUOTES[source][index]}


def _point(text: str, cues: list[str], hint: str | None = None) -> dict[str, Any]:
    point: dict[str, Any] = {"text": text, "cues": cues}
    if hint:
        point["hint"] = hint
    return point


ARGUMENTS: list[dict[str, Any]] = [
    {
        "id": "cost",
        "side": "aff",
        "stock_issue": "harms",
        "claim": "Keeping troops in Korea costs American taxpayers billions every year.",
        "warrant": "Seoul pays only a fraction of the basing costs.",
        "impact": "Money spent abroad is not spent on needs at home.",
        "evidence": [_card("wire", 1, "Seoul pays only part of the bill")],
        "answers": ["deter"],
        "key_points": [
            _point("Seoul already pays a large share", ["seoul pays", "cost sharing"]),
            _point("The bases are cheaper than a war", ["cheaper than war", "war costs"]),
        ],
        "model_rebuttal": "Seoul pays a billion a year, and a war would cost far more.",
    },
    {
        "id": "china",
        "side": "aff",
        "stock_issue": "disadvantage",
        "claim": "The bases provoke China and feed an arms race.",
        "warrant": "Beijing reads the troops as encirclement.",
        "impact": "An arms race raises the risk of a wider war.",
        "evidence": [_card("wire", 2, "Beijing calls the bases a threat")],
        "key_points": [
            _point("China objects anyway", ["china objects", "beijing objects"]),
            _point("The troops deter rather than provoke", ["deter", "deterrence"]),
        ],
        "model_rebuttal": "Beijing objects whatever we do; the troops deter, not provoke.",
    },
    {
        "id": "deter",
        "side": "neg",
        "stock_issue": "harms",
        "claim": "The troops deter a North Korean attack.",
        "warrant": "A tripwire force makes any attack certain to draw in the United States.",
        "impact": "Deterrence prevents a war that would kill millions.",
        "evidence": [_card("think", 0, "The troops are a tripwire")],
        "answers": ["cost"],
        "key_points": [
            _point(
                "The nuclear umbrella deters without troops on the ground",
                ["nuclear umbrella", "extended deterrence"],
                "Think about what else protects the South besides soldiers.",
            ),
            _point(
                "South Korea's own military is strong enough",
                ["south korean military", "own military", "own army"],
                "Think about the South's own armed forces.",
            ),
            _point(
                "A tripwire means automatic involvement in a war",
                ["automatic involvement", "dragged into war"],
                "Think about what a tripwire does to the US when war starts.",
            ),
        ],
        "model_rebuttal": "The nuclear umbrella and Seoul's own army deter; "
        "a tripwire only drags the US into war automatically.",
    },
    {
        "id": "alliance",
        "side": "neg",
        "stock_issue": "disadvantage",
        "claim": "Withdrawal would weaken the alliance with Seoul.",
        "warrant": "Allies read any cut as a sign that Washington is leaving.",
        "impact": "A weak alliance invites aggression in the region.",
        "evidence": [_card("think", 1, "Allies read cuts as leaving")],
        "key_points": [
            _point("The alliance is a treaty, not a troop count", ["treaty", "mutual defense"]),
        ],
    },
]

QUESTIONS: list[dict[str, Any]] = [
    {
        "id": "host",
        "type": "short_answer",
        "prompt": "Which country hosts U.S. Forces Korea?",
        "explanation": "USFK is based in South Korea.",
        "accept": ["South Korea", "Republic of Korea"],
        "reject": [{"answer": "North Korea", "feedback": "The troops are based in the South."}],
        "evidence": [_card("wire", 0, "About 28,500 troops")],
        "motion": "posture",
    },
    {
        "id": "count",
        "type": "numeric",
        "prompt": "About how many troops does USFK number?",
        "explanation": "About 28,500.",
        "value": 28500,
        "tolerance": 500,
        "unit": "troops",
        "motion": "posture",
    },
    {
        "id": "carrier",
        "type": "multiple_choice",
        "prompt": "Who called the peninsula a fixed aircraft carrier?",
        "explanation": "Gen. Xavier Brunson.",
        "options": ["Xavier Brunson", "Lee Jae-myung", "Kim Jong Un"],
        "answer": 0,
        "evidence": [_card("think", 2, "A fixed aircraft carrier")],
        "motion": "posture",
    },
    {
        "id": "tf",
        "type": "true_false",
        "prompt": "USFK numbers about 28,500 troops.",
        "explanation": "It does.",
        "answer": True,
        "motion": "posture",
    },
]


def _source(sid: str, title: str, kind: str) -> dict[str, Any]:
    return {
        "id": sid,
        "title": title,
        "author": None,
        "outlet": f"{title} Outlet",
        "date": "2025-10-31",
        "kind": kind,
        "file": f"sources/{sid}.txt",
        "reliability": f"Reliability note of {sid}.",
    }


def pack_data() -> dict[str, Any]:
    return {
        "format": 1,
        "metadata": {
            "id": PACK_ID,
            "title": "Debate test pack",
            "version": "1.0",
            "authors": ["Tester"],
            "licence": "CC0",
            "description": "For debate tests.",
        },
        "sources": [
            _source("wire", "Wire report", "news"),
            _source("think", "Think piece", "op-ed"),
        ],
        "glossary": [
            {"id": "usfk", "term": "USFK", "definition": "U.S. Forces Korea.", "source": "wire"},
            {"id": "tripwire", "term": "tripwire", "definition": "A force whose loss means war."},
            {
                "id": "ncg",
                "term": "NCG",
                "aliases": ["Nuclear Consultative Group"],
                "definition": "A US-ROK body on nuclear deterrence.",
            },
        ],
        "motions": [
            {
                "id": "posture",
                "title": "Force posture",
                "resolution": "Resolved: the US should withdraw its troops from Korea.",
                "aff": {"label": "Withdraw", "summary": "Bring the troops home."},
                "neg": {"label": "Stay", "summary": "Keep the troops in Korea."},
                "key_terms": ["usfk", "tripwire", "ncg"],
                "arguments": ARGUMENTS,
                "weighing": "Preventing a war outweighs saving money. "
                "A war is likely without deterrence.",
            }
        ],
        "questions": QUESTIONS,
    }


def make_pack() -> Pack:
    return Pack.model_validate(pack_data())


def write_pack(folder: Path) -> Path:
    """The pack as a file with its source texts, for commands that load packs from disk."""
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    for sid, quotes in QUOTES.items():
        (folder / "sources" / f"{sid}.txt").write_text("\n".join(quotes) + "\n")
    path = folder / f"{PACK_ID}.json"
    path.write_text(json.dumps(pack_data()))
    return path
