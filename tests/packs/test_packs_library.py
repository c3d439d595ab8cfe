"""Loading packs: one broken pack never stops the others, and the places packs live."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st
from packs_helpers import REPO, valid_doc, write_pack

from tutor.packs.library import (
    LoadedPack,
    PackFailure,
    builtin_pack_dir,
    check_pack,
    load_library,
    load_pack,
    user_pack_dir,
)


def test_a_broken_pack_beside_a_good_one_is_listed_and_the_good_one_loads(tmp_path):
    write_pack(tmp_path, valid_doc(), "good.json")
    write_pack(tmp_path, '{"format": 1,', "broken.json")
    library = load_library([tmp_path], builtin=False, user=False)
    assert [p.pack.metadata.id for p in library.packs] == ["test-troops"]
    assert [f.path.name for f in library.failures] == ["broken.json"]
    assert library.failures[0].diagnostics[0].message.startswith("invalid JSON")


def test_a_second_pack_with_the_same_id_fails_naming_the_first(tmp_path):
    first = write_pack(tmp_path, valid_doc(), "a.json")
    write_pack(tmp_path, valid_doc(), "b.json")
    library = load_library([tmp_path], builtin=False, user=False)
    assert len(library.packs) == 1
    (failure,) = library.failures
    assert failure.path.name == "b.json"
    assert str(first) in failure.diagnostics[0].message
    assert failure.diagnostics[0].pointer == "/metadata/id"


def test_get_finds_a_pack_by_id(tmp_path):
    write_pack(tmp_path, valid_doc())
    library = load_library([tmp_path], builtin=False, user=False)
    found = library.get("test-troops")
    assert found is not None and found.root == tmp_path
    assert library.get("no-such-pack") is None


def test_progress_is_reported_once_per_file(tmp_path):
    write_pack(tmp_path, valid_doc(), "a.json")
    write_pack(tmp_path, "{", "b.json")
    calls = []
    load_library(
        [tmp_path], builtin=False, user=False, on_progress=lambda d, t: calls.append((d, t))
    )
    assert calls == [(1, 2), (2, 2)]


def test_a_missing_path_is_a_failure_not_a_crash(tmp_path):
    library = load_library([tmp_path / "nope.json"], builtin=False, user=False)
    assert library.packs == []
    assert library.failures[0].unreadable


def test_source_text_is_the_article_text(tmp_path):
    loaded = load_pack(write_pack(tmp_path, valid_doc()))
    assert isinstance(loaded, LoadedPack)
    text = loaded.source_text("troop-explainer")
    assert "approximately 28,500 U.S. troops" in text
    assert loaded.source_text("troop-explainer") is text


def test_a_pack_with_only_warnings_loads_and_keeps_them(tmp_path):
    path = write_pack(tmp_path, "\ufeff" + json.dumps(valid_doc()))
    loaded = load_pack(path)
    assert isinstance(loaded, LoadedPack)
    assert [d.severity for d in loaded.warnings] == ["warning"]
    assert check_pack(path) == loaded.warnings


def test_a_pack_over_the_size_limit_is_refused_unread(tmp_path):
    path = tmp_path / "huge.json"
    path.write_text('{"format": 1, "pad": "' + "x" * (5 * 1024 * 1024) + '"}', encoding="utf-8")
    result = load_pack(path)
    assert isinstance(result, PackFailure)
    assert "over the 5 MB limit" in result.diagnostics[0].message


def test_user_pack_folder_follows_the_environment_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("TUTOR_PACKS_DIR", str(tmp_path))
    write_pack(tmp_path, valid_doc())
    assert user_pack_dir() == tmp_path
    library = load_library(builtin=False)
    assert [p.pack.metadata.id for p in library.packs] == ["test-troops"]


def test_builtin_packs_are_the_repository_debates_folder_in_a_checkout():
    assert builtin_pack_dir() == REPO / "debates"


def test_load_library_from_another_folder_finds_the_builtin_packs(tmp_path):
    script = (
        "from tutor.packs.library import load_library\n"
        "lib = load_library(user=False)\n"
        "print(len(lib.packs) + len(lib.failures))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO))
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) == len(list((REPO / "debates").glob("*.json")))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet='{}[]:,"\\ \n\t0123456789.-eEtrufalsnNI\ufeffxé', max_size=60))
def test_any_file_content_gives_diagnostics_never_an_exception(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("fuzz") / "pack.json"
    path.write_text(text, encoding="utf-8")
    result = load_pack(path)
    assert isinstance(result, PackFailure)
    assert all(d.line >= 1 and d.column >= 1 for d in result.diagnostics)
