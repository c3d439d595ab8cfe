"""One pack discovery: every command finds the same packs under the same path."""

from __future__ import annotations

import io
import json

from packs_helpers import valid_doc, write_pack

from tutor.cli import main
from tutor.packs.library import load_library


def _nested_tree(tmp_path):
    """``tree/unit-1/pack.json`` and ``tree/unit-2/deeper/other.json`` with their sources."""
    write_pack(tmp_path / "tree" / "unit-1", valid_doc())
    second = valid_doc()
    second["metadata"]["id"] = "second-pack"
    write_pack(tmp_path / "tree" / "unit-2" / "deeper", second, "other.json")
    return tmp_path / "tree"


def test_validate_finds_packs_in_nested_folders(tmp_path, capsys):
    assert main(["validate", str(_nested_tree(tmp_path))]) == 0
    assert capsys.readouterr().out.endswith(
        "2 pack(s) checked: all valid (0 error(s), 0 warning(s))\n"
    )


def test_validate_of_a_folder_without_packs_exits_two_and_says_so(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["validate", str(tmp_path / "empty")]) == 2
    assert f"no packs found in {tmp_path / 'empty'}" in capsys.readouterr().err


def test_lint_of_a_folder_without_packs_exits_two_and_says_so(tmp_path, capsys):
    (tmp_path / "notes.json").write_text('{"name": "not a pack"}', encoding="utf-8")
    assert main(["lint", str(tmp_path)]) == 2
    assert "no packs found in" in capsys.readouterr().err


def test_json_that_is_not_a_pack_and_json_in_sources_are_skipped(tmp_path, capsys):
    tree = _nested_tree(tmp_path)
    (tree / "package.json").write_text('{"name": "x", "version": "1"}', encoding="utf-8")
    (tree / "unit-1" / "sources" / "data.json").write_text("{", encoding="utf-8")
    assert main(["validate", str(tree)]) == 0
    assert "2 pack(s) checked: all valid" in capsys.readouterr().out


def test_a_broken_json_file_in_a_folder_still_counts_as_a_pack(tmp_path, capsys):
    tree = _nested_tree(tmp_path)
    (tree / "unit-2" / "draft.json").write_text('{"format": 1,', encoding="utf-8")
    assert main(["validate", str(tree)]) == 1
    assert "draft.json:1:" in capsys.readouterr().out


def test_lint_and_validate_read_the_same_packs(tmp_path, capsys):
    tree = _nested_tree(tmp_path)
    (tree / "unit-2" / "deeper" / "other.json").write_text("{", encoding="utf-8")
    assert main(["validate", str(tree)]) == 1
    validated = capsys.readouterr().out
    assert main(["lint", str(tree)]) == 1  # an invalid pack: its errors, and exit 1 (issue 11)
    linted = capsys.readouterr().err
    assert "other.json" in validated
    assert "other.json: not a valid pack" in linted


def test_export_pack_accepts_the_folder_validate_accepts(tmp_path, capsys):
    assert main(["new", "my-pack", "--dir", str(tmp_path)]) == 0
    folder = tmp_path / "my-pack"
    assert main(["validate", str(folder)]) == 0
    capsys.readouterr()
    assert main(["export-pack", str(folder), "--format", "gift"]) == 0
    assert "::" in capsys.readouterr().out


def test_export_pack_refuses_a_folder_of_several_packs_by_name(tmp_path, capsys):
    tree = _nested_tree(tmp_path)
    assert main(["export-pack", str(tree), "--format", "anki"]) == 2
    assert "holds 2 packs; name one" in capsys.readouterr().err


def test_export_pack_refuses_an_invalid_pack_pointing_at_validate(tmp_path, capsys):
    doc = valid_doc()
    del doc["metadata"]["title"]
    path = write_pack(tmp_path, doc)
    assert main(["export-pack", str(path), "--format", "gift"]) == 2
    assert "run `tutor validate" in capsys.readouterr().err


def test_quiz_with_a_pack_path_that_holds_no_pack_exits_two(tmp_path, capsys, monkeypatch):
    (tmp_path / "empty").mkdir()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = main(["quiz", "--plain", "--pack-path", str(tmp_path / "empty")])
    assert code == 2
    assert "no packs found in" in capsys.readouterr().err


def test_the_library_loads_nested_packs_and_lists_an_empty_path(tmp_path):
    tree = _nested_tree(tmp_path)
    (tmp_path / "empty").mkdir()
    library = load_library([tree, tmp_path / "empty"], builtin=False, user=False)
    assert sorted(p.pack.metadata.id for p in library.packs) == ["second-pack", "test-troops"]
    (failure,) = library.failures
    assert "no packs found" in failure.diagnostics[0].message


def test_a_pack_named_twice_is_loaded_once(tmp_path):
    path = write_pack(tmp_path, valid_doc())
    library = load_library([path, tmp_path], builtin=False, user=False)
    assert len(library.packs) == 1
    assert library.failures == []


def test_a_top_level_json_array_in_a_folder_is_not_a_pack(tmp_path, capsys):
    write_pack(tmp_path, valid_doc())
    (tmp_path / "list.json").write_text(json.dumps([1, 2]), encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 0
    assert "1 pack(s) checked" in capsys.readouterr().out
