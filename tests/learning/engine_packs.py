"""A small pack built in code, with one question of every type, for engine tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tutor.packs.models import Pack

CARD = {
    "tag": "Korea is a fixed aircraft carrier",
    "source": "brunson",
    "quote": "Gen. Xavier Brunson called the Korean peninsula a fixed aircraft carrier.",
}
CARD2 = {
    "tag": "About 28,500 troops",
    "source": "explainer",
    "quote": "U.S. Forces Korea numbers about 28,500 troops.",
}


def _source(sid: str, title: str, author: str | None, kind: str) -> dict[str, Any]:
    return {
        "id": sid,
        "title": title,
        "author": author,
        "outlet": "Test Outlet",
        "date": "2025-10-31",
        "kind": kind,
        "file": f"sources/{sid}.txt",
        "reliability": f"Reliability of {sid}.",
    }


def _argument(aid: str, side: str, claim: str, warrant: str, cues: list[str]) -> dict[str, Any]:
    card = CARD if aid == "deter" else CARD2
    return {
        "id": aid,
        "side": side,
        "stock_issue": "harms",
        "claim": claim,
        "warrant": warrant,
        "impact": f"Impact of {aid}.",
        "evidence": [card],
        "key_points": [
            {"text": f"Point about {cues[0]}", "cues": cues, "hint": f"Think about {cues[0]}."}
        ],
        "model_rebuttal": f"Model rebuttal of {aid}.",
    }


def _q(qid: str, qtype: str, skill: str = "facts", **fields: Any) -> dict[str, Any]:
    return {
        "id": qid,
        "type": qtype,
        "prompt": f"Prompt of {qid}?",
        "explanation": f"Explanation of {qid}.",
        "evidence": [CARD2],
        "skill": skill,
        "tags": ["troops"] if skill == "facts" else [skill],
        "motion": "posture",
        **fields,
    }


QUESTIONS: list[dict[str, Any]] = [
    _q("mc", "multiple_choice", options=["Seoul", "Busan", "Tokyo"], answer=0),
    _q("tf", "true_false", answer=True),
    _q(
        "short",
        "short_answer",
        accept=["South Korea"],
        reject=[{"answer": "North Korea", "feedback": "The troops are in the South."}],
    ),
    _q("num", "numeric", value=28500, tolerance=0, unit="troops"),
    _q(
        "cloze",
        "cloze",
        text="USFK has about {{1}} troops in {{2}}.",
        blanks=[{"accept": ["28,500"]}, {"accept": ["South Korea"]}],
    ),
    _q("order", "ordering", skill="structure", items=["first", "second", "third", "fourth"]),
    _q(
        "match",
        "matching",
        skill="evidence",
        pairs=[
            {"left": "Brunson", "right": "fixed aircraft carrier"},
            {"left": "Maxwell", "right": "no retreat"},
            {"left": "Lee", "right": "pragmatic diplomacy"},
            {"left": "Trump", "right": "burden sharing"},
        ],
    ),
    _q(
        "side", "side_identification", skill="structure", statement="Bring them home.", answer="aff"
    ),
    _q(
        "anatomy",
        "argument_anatomy",
        skill="structure",
        excerpt="Because costs rise.",
        answer="warrant",
    ),
    _q(
        "quality",
        "evidence_quality",
        skill="evidence",
        options=["A blog", "A think tank"],
        answer=1,
    ),
    _q(
        "free",
        "free_text",
        skill="rebuttal",
        threshold=1.0,
        model_answer="Deterrence holds.",
        key_points=[
            {"text": "Deterrence", "cues": ["deterrence", "deter"]},
            {"text": "Cost", "cues": ["cost", "expensive"]},
        ],
    ),
]


def pack_data(pack_id: str = "usfk-test") -> dict[str, Any]:
    return {
        "format": 1,
        "metadata": {
            "id": pack_id,
            "title": "USFK test pack",
            "version": "1.0",
            "authors": ["Tester"],
            "licence": "CC0",
            "description": "For tests.",
        },
        "sources": [
            _source("brunson", "Brunson on posture", "Jane Doe", "news"),
            _source("explainer", "Troops explainer", None, "explainer"),
        ],
        "glossary": [
            {
                "id": "ncg",
                "term": "NCG",
                "aliases": ["Nuclear Consultative Group"],
                "definition": "A US-ROK body that discusses nuclear deterrence.",
                "source": "explainer",
            },
            {
                "id": "tripwire",
                "term": "tripwire",
                "definition": "Troops whose presence guarantees US involvement if attacked.",
            },
        ],
        "motions": [
            {
                "id": "posture",
                "title": "Force posture",
                "resolution": "Resolved: the US should reduce its forces in Korea.",
                "aff": {"label": "Withdraw", "summary": "Bring troops home."},
                "neg": {"label": "Stay", "summary": "Keep them."},
                "arguments": [
                    _argument(
                        "cost",
                        "aff",
                        "Basing troops costs too much.",
                        "Korea pays little toward the cost.",
                        ["burden", "cost sharing"],
                    ),
                    _argument(
                        "deter",
                        "neg",
                        "Troops deter the North.",
                        "A tripwire makes an attack certain to draw in the US.",
                        ["tripwire", "deterrence"],
                    ),
                    _argument(
                        "china",
                        "aff",
                        "Troops provoke China.",
                        "Beijing sees the bases as encirclement.",
                        ["china", "encircle"],
                    ),
                ],
            }
        ],
        "questions": QUESTIONS,
    }


def make_pack(pack_id: str = "usfk-test") -> Pack:
    return Pack.model_validate(pack_data(pack_id))


def write_pack(folder: Path, pack_id: str = "usfk-test") -> Path:
    """The pack as a file with its sources, for commands that load packs from disk."""
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    (folder / "sources" / "brunson.txt").write_text(CARD["quote"] + "\n")
    (folder / "sources" / "explainer.txt").write_text(CARD2["quote"] + "\n")
    path = folder / f"{pack_id}.json"
    path.write_text(json.dumps(pack_data(pack_id)))
    return path
