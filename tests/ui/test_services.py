"""The facade the app drives: library entries, filtering, status, missed points, stats.

These run without Textual: the app only lays out what these return.
"""

from __future__ import annotations

from pathlib import Path

from ui_support import FIXED_NOW

from tutor.grading import Stance
from tutor.learning.debate.flow import FlowEntry, FlowSheet
from tutor.learning.drill.session import DrillSession
from tutor.learning.service_views import (
    LibraryEntry,
    best_entry,
    failure_entry,
    filter_entries,
    stats_view,
)
from tutor.learning.services import TutorServices
from tutor.packs.diagnostics import Diagnostic
from tutor.packs.library import PackFailure
from tutor.store import Stats


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
    path = Path("packs/broken.json")
    problem = Diagnostic(path, 3, 1, "", "missing 'title'")
    entry = failure_entry(PackFailure(path, [problem, problem]))
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


def test_a_graded_free_text_answer_names_the_points_made_and_missed(
    services: TutorServices,
) -> None:
    session = services.new_quiz("usfk-test", count=11)
    assert isinstance(session, DrillSession)
    session.items = [i for i in session.items if i.key.endswith(":free")]
    services.start(session)
    answer = "The troops are a deterrence, because an attack on them would draw in America."
    feedback = services.respond(session, answer)[0].feedback
    assert feedback is not None
    [made] = feedback.made
    assert made.stance is Stance.ASSERTED and "deterrence" in made.words
    [missed] = feedback.missed
    assert missed.text == "Cost" and missed.card is not None and missed.card.quote


def test_the_flow_sheet_lists_only_speeches_with_something_said() -> None:
    sheet = FlowSheet("R")
    sheet.add(FlowEntry("constructive", "Aff", "claim", verdict="correct"))
    assert sheet.lines() == ["[Constructive]", "  • Aff: claim ✓"]
    assert FlowSheet("R").lines() == []


def test_stats_view_groups_rows_by_pack_tag_and_skill() -> None:
    stats = Stats(
        total=4,
        accuracy=0.5,
        due=1,
        by_pack=[("p", 4, 0.5)],
        by_tag=[("t", 4, 0.5)],
        by_skill=[("facts", 4, 0.5)],
        by_day=[("2026-11-21", 0.0), ("2026-11-22", 1.0)],
    )
    view = stats_view(stats)
    assert view.headline == "4 answered · 50% right · 1 due today"
    assert [r[0] for r in view.rows] == ["pack", "tag", "skill"]
    assert view.daily_accuracy == [0.0, 1.0] and view.days == ("2026-11-21", "2026-11-22")


def test_due_items_are_counted_per_pack(services: TutorServices) -> None:
    services.store.put_review_card("usfk-test:question:mc", "{}", FIXED_NOW)
    pack = next(e for e in services.library_entries() if e.kind == "pack")
    assert pack.detail.endswith("1 due")
    assert services.due_count() == 1
