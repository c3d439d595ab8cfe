"""A pack on another topic (city buses) runs a whole debate, quiz and review in plain mode.

Topic words come from the pack, never from code: whatever the tutor prints for the
city-transport fixture must name Lakeport's buses and nothing of the Korea packs. Each
command runs as a subprocess (``tutor ... --plain``) with answers piped in and its own
progress store in a temporary folder.
"""

from __future__ import annotations

import itertools
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import tutor
from tutor.cli import main

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "city-transport"
PACK_ID = "city-transport"
KOREA_WORDS = re.compile(
    r"\b(korea\w*|seoul|pyongyang|usfk|alliance|troops?|washington|beijing|deterrence)\b",
    re.IGNORECASE,
)
# One line for every kind of prompt: an order, a matching, a choice, then skip it.
ANSWERS = ["1 2 3", "1a 2b 3c", "1", "/skip"]
ENV = {**os.environ, "PYTHONPATH": str(Path(tutor.__file__).resolve().parents[1])}


def plain(data: Path, command: str, *extra: str, lines: int = 160) -> str:
    """Run ``tutor COMMAND --plain`` on the fixture; its standard output."""
    argv = [sys.executable, "-m", "tutor", "--data-dir", str(data), command, "--plain"]
    argv += ["--pack-path", str(FIXTURE), "--pack", PACK_ID, "--seed", "3", *extra]
    text = "".join(f"{a}\n" for a in itertools.islice(itertools.cycle(ANSWERS), lines))
    env = {**ENV, "TUTOR_PACKS_DIR": str(data.parent / "no-user-packs")}
    out = subprocess.run(argv, input=text, capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    return out.stdout


def korea_words(text: str) -> list[str]:
    return sorted({m.group(0) for m in KOREA_WORDS.finditer(text)})


def test_the_fixture_pack_validates_and_lints_clean(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(FIXTURE)]) == 0
    assert main(["lint", str(FIXTURE)]) == 0
    assert "1 pack(s) checked: all valid (0 error(s), 0 warning(s))" in capsys.readouterr().out


def test_a_whole_debate_on_city_buses_names_no_korea_words(tmp_path: Path) -> None:
    out = plain(tmp_path / "data", "debate", "--side", "aff")
    for phase in ("== Framing ==", "== Rebuttal ==", "== Weighing ==", "== Debrief =="):
        assert phase in out
    assert "Lakeport should make its city buses free to ride" in out
    assert "Flow sheet:" in out
    assert korea_words(out) == []


def test_a_whole_quiz_on_city_buses_names_no_korea_words(tmp_path: Path) -> None:
    out = plain(tmp_path / "data", "quiz", "-n", "12")
    assert re.search(r"Done: \d+ of 12 right\.", out)
    assert "Lakeport" in out
    assert korea_words(out) == []


def test_a_review_of_the_quiz_misses_names_no_korea_words(tmp_path: Path) -> None:
    data = tmp_path / "data"
    plain(data, "quiz", "-n", "12")
    with sqlite3.connect(data / "progress.db") as db:  # a day passes: every card is due
        db.execute("UPDATE review_cards SET due = '2000-01-01T00:00:00+00:00'")
    db.close()
    out = plain(data, "review", lines=240)
    assert re.search(r"Review: \d+ item\(s\) due", out)
    assert "end of input" not in out
    assert korea_words(out) == []
