"""Anki export: a tab-separated file Anki imports, one basic card per question."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from authoring_support import load, tutor

from tutor.authoring.anki import HEADER, export_anki


def rows(text: str) -> list[list[str]]:
    body = "".join(line for line in text.splitlines(keepends=True) if not line.startswith("#"))
    return list(csv.reader(io.StringIO(body), delimiter="\t"))


def test_anki_file_starts_with_the_import_headers(starter: Path) -> None:
    text, _ = export_anki(load(starter))
    assert text.startswith("#separator:tab\n#html:false\n#tags column:3\n")
    assert HEADER.count("\n") == 3


def test_every_question_becomes_a_card_with_three_fields(starter: Path) -> None:
    pack = load(starter)
    cards = rows(export_anki(pack)[0])
    assert len(cards) == len(pack.questions) + 1  # the two-blank cloze gives two cards
    assert all(len(card) == 3 for card in cards)


def test_multiple_choice_shows_lettered_options_on_the_front(starter: Path) -> None:
    front, back, tags = rows(export_anki(load(starter))[0])[0]
    assert "A. The Riverton Health Institute" in front and "C. The school board" in front
    assert back.startswith("A. The Riverton Health Institute")
    assert tags.split()[:2] == ["starter-test", "starter"]


def test_true_false_and_numeric_backs_give_the_answer(starter: Path) -> None:
    cards = {front: back for front, back, _ in rows(export_anki(load(starter))[0])}
    assert cards["How many students did the study follow?"].startswith("1200 students")
    tf = next(b for f, b in cards.items() if f.startswith("True or false?"))
    assert tf.startswith("True")


def test_export_pack_anki_writes_the_file(starter: Path, tmp_path: Path) -> None:
    out = tmp_path / "cards.txt"
    assert tutor("export-pack", starter, "--format", "anki", "-o", out) == 0
    assert out.read_text().startswith("#separator:tab")
