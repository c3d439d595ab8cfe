"""Snapshots of each screen at 80×24 and 120×40: a few, deliberate, deterministic.

Regenerate after a deliberate change with
``python -m pytest tests/ui/test_snapshots.py --snapshot-update`` and look at the SVGs.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from ui_support import FIXED_NOW, EditPack, make_services, reach_rebuttal_feedback

from tutor.ui.app import TutorApp

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]
SnapCompare = Any


def _two_questions(data: dict[str, Any]) -> None:
    data["questions"] = [q for q in data["questions"] if q["id"] in ("free", "mc")]


def _app(tmp_path: Path, edit_pack: EditPack) -> TutorApp:
    edit_pack(_two_questions)
    return TutorApp(make_services(tmp_path, edit_pack.folder))


async def _loaded(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def _first_question(pilot: Pilot[None]) -> None:
    await _loaded(pilot)
    await pilot.press("down", "enter")
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
def test_library_snapshot(
    snap_compare: SnapCompare, tmp_path: Path, edit_pack: EditPack, size: tuple[int, int]
) -> None:
    assert snap_compare(_app(tmp_path, edit_pack), terminal_size=size, run_before=_loaded)


@pytest.mark.parametrize("size", SIZES)
def test_quiz_feedback_snapshot(
    snap_compare: SnapCompare, tmp_path: Path, edit_pack: EditPack, size: tuple[int, int]
) -> None:
    async def answer_free_text(pilot: Pilot[None]) -> None:
        await _first_question(pilot)
        await pilot.press(*"it would deter the north", "enter")
        await pilot.pause()

    app = _app(tmp_path, edit_pack)
    assert snap_compare(app, terminal_size=size, run_before=answer_free_text)


@pytest.mark.parametrize("size", SIZES)
def test_debrief_snapshot(
    snap_compare: SnapCompare, tmp_path: Path, edit_pack: EditPack, size: tuple[int, int]
) -> None:
    async def finish(pilot: Pilot[None]) -> None:
        await _first_question(pilot)
        await pilot.press(*"it would deter", "enter")
        await pilot.press(*"it costs a lot", "enter")
        await pilot.press("1", "enter")
        await pilot.pause()

    assert snap_compare(_app(tmp_path, edit_pack), terminal_size=size, run_before=finish)


@pytest.mark.parametrize("size", SIZES)
def test_stats_snapshot(
    snap_compare: SnapCompare, tmp_path: Path, edit_pack: EditPack, size: tuple[int, int]
) -> None:
    app = _app(tmp_path, edit_pack)
    store = app.services.store
    session = store.start_session("quiz", pack_id="usfk-test", started=FIXED_NOW, meta={})
    for day, verdicts in enumerate(["ixx", "icx", "cci", "ccc", "cci", "ccc"]):
        for n, v in enumerate(verdicts):
            store.record_answer(
                session_id=session,
                item_key=f"usfk-test:question:q{n}",
                pack_id="usfk-test",
                skill=["facts", "evidence", "rebuttal"][n],
                tags=["troops"],
                prompt="p",
                response="r",
                verdict={"c": "correct", "i": "incorrect", "x": "close"}[v],
                score=1.0,
                feedback="",
                attempt=1,
                answered=FIXED_NOW - timedelta(days=5 - day),
            )

    async def open_stats(pilot: Pilot[None]) -> None:
        await _loaded(pilot)
        await pilot.press("s")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=open_stats)


@pytest.mark.parametrize("size", SIZES)
def test_debate_rebuttal_snapshot_highlights_the_covering_words(
    snap_compare: SnapCompare, tmp_path: Path, edit_pack: EditPack, size: tuple[int, int]
) -> None:
    app = TutorApp(make_services(tmp_path, edit_pack.folder))
    assert snap_compare(app, terminal_size=size, run_before=reach_rebuttal_feedback)
