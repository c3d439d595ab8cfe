"""Done when: new, extract, edit, validate, lint, export to GIFT, import, and quiz.

One instructor's afternoon in one test: a scaffold, material drafted from a shipped
article merged into it, the checks, a trip through Moodle's format and back, and the
imported pack answered correctly, question by question, in the plain-mode quiz.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from authoring_support import REPO, data_of, load, tutor

from tutor.learning.answers import LETTERS
from tutor.learning.drill.quiz import quiz_session
from tutor.learning.turns import InputKind, Turn
from tutor.packs import models as m

ARTICLE = REPO / "debates" / "sources" / "sejong-focus-pragmatic-foreign-policy.txt"
DRAFTED = 6


def merge(scaffold: Path, draft: Path) -> None:
    """The author's edit: keep the starter, add drafted questions, glossary and source."""
    pack, drafted = data_of(scaffold), data_of(draft)
    pack["sources"] += drafted["sources"]
    pack["glossary"] += drafted["glossary"]
    for question in drafted["questions"][:DRAFTED]:
        question["explanation"] = question["explanation"].replace(
            " (DRAFT: say why this fact matters.)", ""
        )
        for card in question["evidence"]:
            card["tag"] = card["tag"].replace("DRAFT ", "")
        pack["questions"].append(question)
    pack["metadata"]["title"] = "Sejong Focus: the alliance under strain"
    scaffold.write_text(json.dumps(pack, indent=2, ensure_ascii=False), encoding="utf-8")
    shutil.copy(draft.parent / "sources" / ARTICLE.name, scaffold.parent / "sources")


def right_answer(turn: Turn, pack: m.Pack) -> str:
    """The correct reply to the question ``turn`` asks."""
    qid = (turn.item_id or "").rsplit(":", 1)[-1]
    q = next(q for q in pack.questions if q.id == qid)
    expects = turn.expects
    assert expects is not None
    if isinstance(q, m.MultipleChoice):
        return str(expects.options.index(q.options[q.answer]) + 1)
    if isinstance(q, m.TrueFalse):
        return "1" if q.answer else "2"
    if isinstance(q, m.ShortAnswer):
        return q.accept[0]
    if isinstance(q, m.Numeric):
        return f"{q.value:,.0f}" if q.value == int(q.value) else str(q.value)
    assert isinstance(q, m.Matching) and expects.kind is InputKind.MATCH
    rights = [p.right for p in q.pairs]
    return " ".join(f"{i + 1}{LETTERS[expects.targets.index(r)]}" for i, r in enumerate(rights))


def script(pack: m.Pack, count: int, seed: int) -> list[str]:
    session = quiz_session(pack, None, count=count, rng=random.Random(seed))
    turns = session.start()
    lines: list[str] = []
    while not session.finished:
        lines.append(right_answer(turns[-1], pack))
        turns = session.respond(lines[-1])
    return lines


def quiz(packs: Path, data: Path, pack_id: str, count: int, lines: list[str]) -> Any:
    env = os.environ | {"TUTOR_PACKS_DIR": str(packs), "TUTOR_DATA_DIR": str(data)}
    argv = [
        sys.executable,
        "-m",
        "tutor",
        "--data-dir",
        str(data),
        "quiz",
        "--plain",
        "--pack",
        pack_id,
        "-n",
        str(count),
        "--seed",
        "7",
    ]
    return subprocess.run(
        argv,
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )


def test_article_to_quiz_through_every_authoring_command(tmp_path: Path, capsys) -> None:
    assert tutor("new", "sejong-course", "--dir", tmp_path / "authoring") == 0
    scaffold = tmp_path / "authoring" / "sejong-course" / "sejong-course.json"
    draft = tmp_path / "drafts" / "sejong.json"
    draft.parent.mkdir()
    assert tutor("extract", ARTICLE, "--pack-id", "sejong-draft", "-o", draft) == 0

    merge(scaffold, draft)
    assert tutor("validate", scaffold) == 0
    capsys.readouterr()
    assert tutor("lint", scaffold) in (0, 1)  # drafted material may still earn warnings
    assert "not a valid pack" not in capsys.readouterr().err

    gift = tmp_path / "sejong.gift"
    assert tutor("export-pack", scaffold, "--format", "gift", "-o", gift) == 0
    packs = tmp_path / "packs"
    packs.mkdir()
    assert (
        tutor("import", gift, "-o", packs / "sejong-moodle.json", "--pack-id", "sejong-moodle") == 0
    )
    assert tutor("validate", packs / "sejong-moodle.json") == 0

    imported = load(packs / "sejong-moodle.json")
    count = len(imported.questions)
    assert count == 9 + DRAFTED + 1  # starter minus ordering and free text, cloze split in two
    lines = script(imported, count, seed=7)
    out = quiz(packs, tmp_path / "data", "sejong-moodle", count, lines)
    assert out.returncode == 0, out.stderr
    assert f"[{count}/{count}]" in out.stdout and "Done:" in out.stdout
    assert out.stdout.count("[correct]") == count, out.stdout
