"""The instructor's report: who got what right, which questions work, what learners drop."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tutor.reports.arguments import dropped_points
from tutor.reports.class_data import Attempt, Labels, attempts_from
from tutor.reports.class_report import build_report, to_csv, to_markdown
from tutor.reports.gradebook import gradebook
from tutor.reports.html import to_html
from tutor.reports.item_analysis import analyse_items, pearson
from tutor.store import ProgressStore

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def attempt(learner: str, item: str, right: bool, n: int = 0, **extra: object) -> Attempt:
    fields: dict[str, object] = {
        "answer_id": n, "learner": learner, "item_key": item, "pack_id": "city",
        "skill": "facts", "prompt": f"{item}?", "response": "", "chosen": "",
        "verdict": "correct" if right else "incorrect", "attempt": 1,
        "answered": T0 + timedelta(minutes=n),
    }  # fmt: skip
    fields.update(extra)
    return Attempt(**fields)  # type: ignore[arg-type]


def class_of(results: dict[str, str]) -> list[Attempt]:
    """``{"ann": "110", ...}``: learner ann got items q0 and q1 right, q2 wrong."""
    rows, n = [], 0
    for learner, marks in results.items():
        for index, mark in enumerate(marks):
            n += 1
            rows.append(attempt(learner, f"q{index}", mark == "1", n))
    return rows


def test_point_biserial_is_the_correlation_with_the_rest_of_the_test() -> None:
    # q0 is right exactly for the learners who do well on q1..q3: r = +1 against the rest.
    items = {i.item_key: i for i in analyse_items(class_of({
        "a": "1111", "b": "1110", "c": "0100", "d": "0000",
    }))}  # fmt: skip
    rest = [1.0, 2 / 3, 1 / 3, 0.0]
    assert items["q0"].discrimination == pytest.approx(pearson([1, 1, 0, 0], rest))
    assert items["q0"].discrimination > 0.8
    assert items["q0"].share_correct == 0.5


def test_an_item_the_weak_learners_get_right_discriminates_negatively() -> None:
    items = {i.item_key: i for i in analyse_items(class_of({
        "a": "0111", "b": "0111", "c": "1000", "d": "1001",
    }))}  # fmt: skip
    assert items["q0"].discrimination is not None and items["q0"].discrimination < -0.8


def test_discrimination_is_left_out_when_everyone_scored_the_same_or_too_few() -> None:
    same = {i.item_key: i for i in analyse_items(class_of({"a": "11", "b": "10", "c": "10"}))}
    assert same["q0"].discrimination is None  # everyone right
    two = {i.item_key: i for i in analyse_items(class_of({"a": "11", "b": "00"}))}
    assert two["q0"].discrimination is None


def test_the_grade_is_the_first_attempt_not_the_retry() -> None:
    rows = [attempt("ann", "q0", False, 1), attempt("ann", "q0", True, 2, attempt=2)]
    [row] = gradebook(rows)
    assert (row.items, row.right) == (1, 0)
    [item] = analyse_items(rows)
    assert item.share_correct == 0.0
    assert item.choices == [("", 2)]


def test_an_accepted_appeal_counts_as_right_and_a_pending_one_does_not() -> None:
    answers = [
        {"id": 1, "learner": "ann", "item_key": "q0", "verdict": "incorrect", "answered": T0},
        {"id": 2, "learner": "ben", "item_key": "q0", "verdict": "incorrect", "answered": T0},
    ]
    appeals = [{"answer_id": 1, "status": "accepted"}, {"answer_id": 2}]
    rows = attempts_from(answers, appeals)
    assert [r.right for r in rows] == [True, False]
    [item] = analyse_items(rows)
    assert item.appeals == {"accepted": 1, "pending": 1}


def test_what_was_chosen_is_counted_per_option() -> None:
    rows = [
        attempt("a", "q0", True, 1, chosen="Seoul"),
        attempt("b", "q0", False, 2, chosen="Busan"),
        attempt("c", "q0", False, 3, chosen="Busan"),
        attempt("d", "q0", False, 4, response=" 12 "),
    ]
    [item] = analyse_items(rows)
    assert item.choices == [("Busan", 2), ("Seoul", 1), ("12", 1)]


def test_an_unknown_wrong_answer_counts_as_typed_not_as_the_nearest_key() -> None:
    labels = Labels(known={"q0": frozenset({"North Korea"})})
    nearest = attempt("a", "q0", False, 1, chosen="South Korea", response="  Japan ")
    known = attempt("b", "q0", False, 2, chosen="North Korea", response="N. Korea")
    right = attempt("c", "q0", True, 3, chosen="South Korea", response="s korea")
    assert [labels.choice(a) for a in (nearest, known, right)] == [
        "Japan", "North Korea", "South Korea",
    ]  # fmt: skip


def test_points_dropped_or_conceded_most_come_first() -> None:
    rows = [
        attempt("a", "r1", False, 1, stances=("absent", "asserted")),
        attempt("b", "r1", False, 2, stances=("absent", "conceded")),
        attempt("c", "r1", True, 3, stances=("asserted", "asserted")),
    ]
    tallies = dropped_points(rows)
    assert [(t.index, t.dropped, t.conceded) for t in tallies] == [(0, 2, 0), (1, 0, 1)]


def fill(store: ProgressStore) -> None:
    """Three learners on a city-transport pack, one appeal."""
    for n, learner in enumerate(["Ann", "Ben", "Cho"]):
        mine = store.for_learner(learner)
        sid = mine.start_session("quiz", pack_id="city", started=T0, meta={})
        for q in range(3):
            right = q <= n
            aid = mine.record_answer(
                session_id=sid, item_key=f"city:question:q{q}", pack_id="city", skill="facts",
                prompt=f"<b>Which line</b> runs {q}?", response="Line 2" if right else "=cmd()",
                verdict="correct" if right else "incorrect", score=float(right),
                answered=T0 + timedelta(days=q), chosen="Line 2" if right else "=cmd()",
                stances=["absent"] if q == 2 else [],
            )  # fmt: skip
            if not right and q == 1:
                mine.record_appeal(aid, "Line 1 also goes there", T0)


def test_the_report_reads_every_learner_from_either_store(any_store: ProgressStore) -> None:
    fill(any_store)
    report = build_report(any_store, Labels({"city:question:q0": "First line"}))
    assert report.learners == ["Ann", "Ben", "Cho"]
    assert [(r.learner, r.right) for r in report.gradebook] == [("Ann", 1), ("Ben", 2), ("Cho", 3)]
    text = to_markdown(report)
    assert "| First line | city | facts | 3 | 100% |" in text
    assert "Line 1 also goes there" in text and "tutor appeals --accept ID" in text


def test_the_html_report_is_self_contained_and_escapes_pack_text(any_store: ProgressStore) -> None:
    fill(any_store)
    page = to_html(build_report(any_store, Labels()))
    assert "<script" not in page and "<b>Which" not in page and "&lt;b&gt;Which" in page
    assert re.findall(r"https?://[^\"' ]+", page) == ["http://www.w3.org/2000/svg"] * 2
    assert page.count("<circle") == 2  # q0 is right for all: no discrimination to plot
    assert "<polyline" in page


def test_a_csv_cell_that_would_be_a_formula_is_quoted(any_store: ProgressStore) -> None:
    fill(any_store)
    rows = list(csv.reader(io.StringIO(to_csv(build_report(any_store, Labels()), "items"))))
    chosen = [r[6] for r in rows[1:]]
    assert all(not c.startswith("=") for c in chosen) and any("'=cmd() ×" in c for c in chosen)


def test_tutor_class_report_writes_each_format(tmp_path: Path) -> None:
    with ProgressStore.open(tmp_path) as store:
        fill(store)
    for fmt, marker in (("md", "## Gradebook"), ("csv", "learner,pack"), ("html", "<svg")):
        out = subprocess.run(
            [sys.executable, "-m", "tutor", "--data-dir", str(tmp_path), "class", "report",
             "--pack", "city", "--format", fmt],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert out.returncode == 0, out.stderr
        assert marker in out.stdout and "Cho" in out.stdout
