"""GIFT export and import: Moodle's syntax, escapes, skipped types and the round trip."""

from __future__ import annotations

from pathlib import Path

from authoring_support import load, tutor

from tutor.authoring.gift import escape, export_gift
from tutor.authoring.gift_import import read_gift

ROUND_TRIP_TYPES = {"multiple_choice", "true_false", "short_answer", "numeric", "matching"}


def test_gift_special_characters_are_escaped() -> None:
    assert escape("a~b=c#d{e}f:g\\h") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h"
    assert escape("two\nlines") == "two\\nlines"


def test_escaped_text_reads_back_unchanged() -> None:
    tricky = "Ratio 3:1 {approx} = ~50% # of \\ troops\nnext line"
    (question,) = read_gift(f"::q::{escape(tricky)} {{=yes}}").questions
    assert question["prompt"] == tricky


def test_export_writes_each_supported_type_in_gift_syntax(starter: Path) -> None:
    text, _ = export_gift(load(starter))
    assert "::q-num::How many students did the study follow? {#1200:0 ####" in text
    assert "{TRUE ####" in text
    assert "=Dana Okafor =Okafor =Chair Okafor =%0%Riverton Health Institute#" in text
    assert "=Dana Okafor -> Explained the change" in text


def test_export_lists_ordering_and_free_text_as_skipped_with_reasons(starter: Path) -> None:
    _, skipped = export_gift(load(starter))
    assert {(s.id, s.type) for s in skipped} == {("q-order", "ordering"), ("q-free", "free_text")}
    assert all(s.reason for s in skipped)


def test_round_trip_keeps_prompts_and_answers_of_supported_types(starter: Path) -> None:
    pack = load(starter)
    text, _ = export_gift(pack)
    back = {q["id"]: q for q in read_gift(text).questions}
    for question in pack.questions:
        if question.type not in ROUND_TRIP_TYPES:
            continue
        original = question.model_dump(exclude_defaults=True)
        imported = back[question.id]
        assert imported["prompt"] == original["prompt"]
        assert imported["explanation"] == original["explanation"]
        for key in ("options", "answer", "accept", "reject", "value", "tolerance", "pairs"):
            if key in original:
                assert imported[key] == original[key], key


def test_side_identification_comes_back_as_multiple_choice_with_side_labels(
    starter: Path,
) -> None:
    back = {q["id"]: q for q in read_gift(export_gift(load(starter))[0]).questions}
    assert back["q-side"]["options"] == ["Affirmative (Keep 9:00)", "Negative (Return to 8:00)"]
    assert back["q-side"]["answer"] == 1


def test_import_reads_hand_written_gift() -> None:
    text = """// a comment
$CATEGORY: $course$/x

::Capital::The capital of South Korea is {=Seoul =Soul} today.

Troops in Korea? {#28000..29000}

Write an essay. {}

::Sides::Pick {~a =b ~c####because b}
"""
    result = read_gift(text)
    capital, troops, sides = result.questions
    assert capital["prompt"] == "The capital of South Korea is _____ today."
    assert capital["accept"] == ["Seoul", "Soul"] and capital["id"] == "capital"
    assert (troops["value"], troops["tolerance"]) == (28500, 500)
    assert sides["answer"] == 1 and sides["explanation"] == "because b"
    assert [s.reason for s in result.skipped] == ["an essay has no answer key to grade by"]


def test_import_writes_a_valid_draft_pack_with_a_source_note(
    starter: Path, tmp_path: Path, capsys
) -> None:
    gift = tmp_path / "quiz.gift"
    assert tutor("export-pack", starter, "--format", "gift", "-o", gift) == 0
    out = tmp_path / "imported" / "quiz.json"
    out.parent.mkdir()
    assert tutor("import", gift, "-o", out, "--pack-id", "quiz-imported") == 0
    assert "lost on the way" in capsys.readouterr().out
    assert (out.parent / "sources" / "imported-from-gift.txt").is_file()
    assert tutor("validate", out) == 0
    assert len(load(out).questions) == 10


def test_import_refuses_to_overwrite(tmp_path: Path) -> None:
    gift = tmp_path / "q.gift"
    gift.write_text("Q {T}\n")
    (tmp_path / "q.json").write_text("{}")
    assert tutor("import", gift, "-o", tmp_path / "q.json") == 2


def test_import_skips_a_question_the_pack_format_refuses_and_says_why() -> None:
    result = read_gift("::empty::Name it {=}\n\n::ok::Name it {=Seoul}\n")
    assert [q["id"] for q in result.questions] == ["ok"]
    (skipped,) = result.skipped
    assert skipped.id == "empty" and "at least 1 character" in skipped.reason


def test_an_option_containing_an_arrow_stays_a_multiple_choice() -> None:
    (question,) = read_gift("Pick {=x -> y ~z}").questions
    assert question["type"] == "multiple_choice" and question["options"] == ["x -> y", "z"]


def test_matching_with_two_pairs_is_skipped_because_moodle_needs_three() -> None:
    from tutor.authoring.flat import Flat
    from tutor.authoring.gift import render

    two = Flat("m", "matching", "Match", "Because.", pairs=(("a", "1"), ("b", "2")))
    skipped = render(two)
    assert not isinstance(skipped, str) and "three" in skipped.reason


def test_import_with_an_invalid_pack_id_writes_nothing(tmp_path: Path, capsys) -> None:
    gift = tmp_path / "q.gift"
    gift.write_text("Q {T}\n")
    assert tutor("import", gift, "-o", tmp_path / "q.json", "--pack-id", "Bad Id") == 2
    assert "metadata.id" in capsys.readouterr().err
    assert not (tmp_path / "q.json").exists()
