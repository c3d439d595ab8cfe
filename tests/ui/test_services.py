"""The facade the app drives: library entries, filtering, status, missed points, stats.

These run without Textual: the app only lays out what these return.
"""

from __future__ import annotations

from pathlib import Path

from ui_support import FIXED_NOW

from tutor.grading import GradeResult, KeyPointResult, Verdict
from tutor.learning.service_views import (
    LibraryEntry,
    best_entry,
    failure_entry,
    filter_entries,
    flow_lines,
    stats_view,
)
from tutor.learning.services import TutorServices
from tutor.learning.turns import Turn, TurnKind


def test_the_library_lists_review_then_each_pack_with_its_quiz_and_motions(
    services: TutorServices,
) -> None:
    kinds = [(e.kind, e.label) for e in services.library_entries()]
    assert kinds[0] == ("review", "Review")
    assert ("pack", "US forces in Korea") in kinds
    assert ("quiz", "Quiz") in kinds
    assert ("debate", "Debate: Force posture") in kinds


def test_filtering_by_a_motion_keeps_its_pack_heading(services: TutorServices) -> None:
    shown = filter_entries(services.library_entries(), "POSTURE")
    assert [e.kind for e in shown] == ["pack", "debate"]
    assert shown[best_entry(shown, "posture") or 0].kind == "debate"


def test_filtering_by_a_pack_title_keeps_everything_in_the_pack(services: TutorServices) -> None:
    shown = filter_entries(services.library_entries(), "us forces")
    assert [e.kind for e in shown] == ["pack", "quiz", "debate"]


def test_a_failure_entry_shows_the_first_problem_and_its_line() -> None:
    class Problem:
        line, message = 3, "missing 'title'"

    class Failure:
        def __init__(self) -> None:
            self.path = Path("packs/broken.json")
            self.diagnostics = [Problem(), Problem()]

    entry = failure_entry(Failure())
    assert entry.label == "Could not load broken.json"
    assert entry.detail == "line 3: missing 'title' (+1 more)"
    assert not entry.enabled


def test_nothing_openable_is_highlighted_in_an_empty_list() -> None:
    assert best_entry([], "x") is None
    review = LibraryEntry("review", "review", "Review")
    assert best_entry([review], "") == 0


def test_a_quiz_status_shows_its_progress_and_no_score_yet(services: TutorServices) -> None:
    session = services.new_quiz("usfk-test", count=3)
    services.start(session)
    status = services.status(session)
    assert (status.phase, status.progress, status.scores) == ("Quiz", (0, 3), [])


def test_missed_points_name_the_key_points_not_covered(services: TutorServices) -> None:
    session = services.new_quiz("usfk-test", count=11)
    services.start(session)
    free = next(i for i in session.items if i.key.endswith(":free"))
    grade = GradeResult(
        Verdict.CLOSE,
        0.5,
        keypoints=(
            KeyPointResult(0, True, None, "deter", False, 1.0),
            KeyPointResult(1, False, None, None, False, 0.0),
        ),
    )
    turn = Turn(TurnKind.FEEDBACK, "Close.", grade=grade, item_id=free.key)
    assert services.missed_points(session, turn) == ["Cost"]


def test_flow_lines_drop_speeches_with_nothing_said_yet() -> None:
    class Sheet:
        def to_text(self) -> str:
            return "Flow sheet: R\n[Constructive]\n  • Aff: claim ✓\n[Rebuttal]\n  (nothing yet)"

    assert flow_lines(Sheet()) == ["[Constructive]", "  • Aff: claim ✓"]
    assert flow_lines([{"who": "Aff", "text": "claim"}]) == ["Aff · claim"]
    assert flow_lines(None) == []


def test_stats_view_groups_rows_by_pack_tag_and_skill() -> None:
    stats = {
        "total": 4,
        "accuracy": 0.5,
        "due": 1,
        "by_pack": [("p", 4, 0.5)],
        "by_tag": [("t", 4, 0.5)],
        "by_skill": [("facts", 4, 0.5)],
        "by_day": [("2026-11-21", 0.0), ("2026-11-22", 1.0)],
    }
    view = stats_view(stats)
    assert view.headline == "4 answered · 50% right · 1 due today"
    assert [r[0] for r in view.rows] == ["pack", "tag", "skill"]
    assert view.daily_accuracy == [0.0, 1.0] and view.days == ("2026-11-21", "2026-11-22")


def test_due_items_are_counted_per_pack(services: TutorServices) -> None:
    services.store.put_review_card("usfk-test:question:mc", "{}", FIXED_NOW)
    pack = next(e for e in services.library_entries() if e.kind == "pack")
    assert pack.detail.endswith("1 due")
    assert services.due_count() == 1
