"""Whole-pack checks the invalid-case folder does not show one by one."""

from __future__ import annotations

from packs_helpers import valid_doc, write_pack

from tutor.packs.library import check_pack


def _problems(tmp_path, doc):
    return [(d.pointer, d.message, d.hint) for d in check_pack(write_pack(tmp_path, doc))]


def test_the_small_test_pack_is_perfect(tmp_path):
    assert _problems(tmp_path, valid_doc()) == []


def test_a_key_term_missing_from_the_glossary_names_the_nearest_entry(tmp_path):
    doc = valid_doc()
    doc["motions"][0]["key_terms"] = ["usfkk"]
    assert _problems(tmp_path, doc) == [
        (
            "/motions/0/key_terms/0",
            "there is no glossary entry with id 'usfkk'",
            "did you mean 'usfk'?",
        )
    ]


def test_a_question_about_an_unknown_motion_is_an_error(tmp_path):
    doc = valid_doc()
    doc["questions"][0]["motion"] = "reduce-troops"
    ((pointer, message, _),) = _problems(tmp_path, doc)
    assert (pointer, message) == (
        "/questions/0/motion",
        "there is no motion with id 'reduce-troops'",
    )


def test_argument_anatomy_must_name_an_argument_of_its_motion(tmp_path):
    doc = valid_doc()
    doc["questions"][8]["argument"] = "neg-detter"
    ((pointer, _, hint),) = _problems(tmp_path, doc)
    assert (pointer, hint) == ("/questions/8/argument", "did you mean 'neg-deter'?")


def test_an_answer_pointing_to_another_motion_is_dangling(tmp_path):
    doc = valid_doc()
    other = valid_doc()["motions"][0]
    other["id"] = "other"
    for argument in other["arguments"]:
        argument["id"] += "-2"
        argument["answers"] = [a + "-2" for a in argument["answers"]]
        argument["evidence"] = [
            {k: v for k, v in c.items() if k != "id"} for c in argument["evidence"]
        ]
    doc["motions"].append(other)
    doc["motions"][0]["arguments"][0]["answers"] = ["neg-deter-2"]
    ((pointer, message, _),) = _problems(tmp_path, doc)
    assert pointer == "/motions/0/arguments/0/answers/0"
    assert message == "'neg-deter-2' is an argument of motion 'other', not of 'reduce'"


def test_matching_pairs_must_not_repeat_a_left_item(tmp_path):
    doc = valid_doc()
    doc["questions"][6]["pairs"][1]["left"] = "north korea"
    ((pointer, message, _),) = _problems(tmp_path, doc)
    assert pointer == "/questions/6/pairs/1/left"
    assert "repeats left item 0" in message


def test_a_windows_drive_path_counts_as_absolute(tmp_path):
    doc = valid_doc()
    doc["sources"][0]["file"] = "C:/articles/troops.txt"
    ((pointer, message, _),) = _problems(tmp_path, doc)
    assert pointer == "/sources/0/file" and "must be relative" in message


def test_a_source_that_is_not_utf8_is_reported_with_the_byte(tmp_path):
    path = write_pack(tmp_path, valid_doc())
    (tmp_path / "sources" / "troop-withdrawal-4500-explainer.txt").write_bytes(b"caf\xe9")
    ((diagnostic),) = check_pack(path)
    assert diagnostic.pointer == "/sources/0/file"
    assert "is not UTF-8 text (bad byte at offset 3)" in diagnostic.message


def test_a_near_miss_accepted_answer_is_only_a_warning(tmp_path):
    doc = valid_doc()
    doc["questions"][2]["accept"] = ["Pyongyang", "Pyongayng"]
    doc["questions"][2]["reject"] = []
    severities = {d.severity for d in check_pack(write_pack(tmp_path, doc))}
    assert "error" not in severities


def _near_miss_doc():
    doc = valid_doc()
    doc["questions"][2]["accept"] = ["Nuclear Consultative Group", "Nuclear Group"]
    doc["questions"][2]["reject"] = []
    return doc


def _severities(tmp_path, doc):
    return [(d.pointer, d.severity) for d in check_pack(write_pack(tmp_path, doc))]


def test_a_near_miss_alias_is_a_warning_until_the_question_waives_it(tmp_path):
    doc = _near_miss_doc()
    assert _severities(tmp_path / "a", doc) == [("/questions/2/accept/1", "warning")]
    doc["questions"][2]["lint_waivers"] = [
        {"warning": "'Nuclear Group' is only a near miss", "reason": "a short form, kept"}
    ]
    assert _severities(tmp_path / "b", doc) == []


def test_a_waiver_cannot_silence_an_error(tmp_path):
    doc = _near_miss_doc()
    doc["questions"][2]["reject"] = [{"answer": "Nuclear Consultative Group", "feedback": "no"}]
    doc["questions"][2]["lint_waivers"] = [
        {"warning": "would be graded correct", "reason": "trying to hide an error"}
    ]
    assert "error" in [severity for _, severity in _severities(tmp_path, doc)]
