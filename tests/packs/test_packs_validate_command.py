"""``tutor validate``: what it prints and the exit codes scripts and pre-commit rely on."""

from __future__ import annotations

import json
from pathlib import Path

from packs_helpers import valid_doc, write_pack

from tutor.cli import main
from tutor.packs.library import builtin_pack_dir


def test_a_valid_pack_exits_zero_with_a_summary(tmp_path, capsys):
    path = write_pack(tmp_path, valid_doc())
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out == "1 pack(s) checked: all valid (0 error(s), 0 warning(s))\n"


def test_a_pack_with_problems_exits_one_and_names_file_line_and_pointer(tmp_path, capsys):
    doc = valid_doc()
    doc["motions"][0]["arguments"][0]["answers"] = ["neg-detter"]
    path = write_pack(tmp_path, doc)
    assert main(["validate", str(path)]) == 1
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(f"{path}:")
    assert ": error: /motions/0/arguments/0/answers/0: " in first
    assert "(hint: did you mean 'neg-deter'?)" in first


def test_a_missing_path_is_a_usage_error(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nope.json")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_an_unreadable_file_is_an_io_error(tmp_path, monkeypatch, capsys):
    path = write_pack(tmp_path, valid_doc())

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert main(["validate", str(path)]) == 2
    assert "cannot read the file: Permission denied" in capsys.readouterr().out


def test_json_output_is_a_list_of_objects_with_stable_keys(tmp_path, capsys):
    doc = valid_doc()
    del doc["motions"][0]["arguments"][0]["warrant"]
    path = write_pack(tmp_path, doc)
    assert main(["validate", "--format", "json", str(path)]) == 1
    (item,) = json.loads(capsys.readouterr().out)
    assert list(item) == ["path", "line", "column", "pointer", "severity", "message", "hint"]
    assert item["pointer"] == "/motions/0/arguments/0"
    assert item["message"] == "missing required key 'warrant'"
    assert (item["line"], item["column"]) > (1, 1)


def test_json_output_of_valid_packs_is_an_empty_list(tmp_path, capsys):
    assert main(["validate", "--format", "json", str(write_pack(tmp_path, valid_doc()))]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_folder_is_validated_pack_by_pack(tmp_path, capsys):
    write_pack(tmp_path, valid_doc(), "a.json")
    write_pack(tmp_path, "{", "b.json")
    assert main(["validate", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "b.json:1:2: error: invalid JSON" in out
    assert out.endswith("2 pack(s) checked: 1 with problems (1 error(s), 0 warning(s))\n")


def test_the_same_pack_id_in_two_files_is_reported(tmp_path, capsys):
    write_pack(tmp_path, valid_doc(), "a.json")
    write_pack(tmp_path, valid_doc(), "b.json")
    assert main(["validate", str(tmp_path)]) == 1
    assert "pack id 'test-troops' is already used by" in capsys.readouterr().out


def test_without_paths_every_installed_pack_is_checked(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TUTOR_PACKS_DIR", str(tmp_path))
    write_pack(tmp_path, valid_doc())
    shipped = len(list(builtin_pack_dir().glob("*.json")))
    assert main(["validate"]) == 0
    summary = capsys.readouterr().out.splitlines()[-1]
    assert summary.startswith(f"{shipped + 1} pack(s) checked: all valid")


def test_escape_sequences_in_a_pack_never_reach_the_terminal(tmp_path, capsys):
    doc = valid_doc()
    doc["motions"][0]["arguments"][0]["\x1b[31mclaimm"] = "x"
    assert main(["validate", str(write_pack(tmp_path, doc))]) == 1
    assert "\x1b" not in capsys.readouterr().out


def test_a_syntax_error_on_the_empty_last_line_is_placed_there(tmp_path, capsys):
    path = write_pack(tmp_path, "[\n")
    assert main(["validate", str(path)]) == 1
    assert f"{path}:2:1: error: invalid JSON" in capsys.readouterr().out
