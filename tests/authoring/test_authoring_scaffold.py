"""``tutor new``: a starter pack that validates, explains itself and never overwrites."""

from __future__ import annotations

import shutil
from pathlib import Path

from authoring_support import data_of, load, tutor

from tutor.authoring.scaffold import STARTER_SOURCE as STARTER_ARTICLE
from tutor.packs.models import QUESTION_TYPES
from tutor.packs.resources import schema_path


def test_new_pack_has_one_question_of_every_type(starter: Path) -> None:
    pack = load(starter)
    assert sorted(q.type for q in pack.questions) == sorted(QUESTION_TYPES)


def test_new_pack_has_one_motion_with_an_argument_per_side(starter: Path) -> None:
    (motion,) = load(starter).motions
    assert sorted(a.side for a in motion.arguments) == ["aff", "neg"]


def test_new_pack_passes_tutor_validate(starter: Path, capsys) -> None:
    assert tutor("validate", starter) == 0
    assert "0 error" in capsys.readouterr().out


def test_new_pack_is_clean_under_lint(starter: Path) -> None:
    assert tutor("lint", starter) == 0


def test_schema_reference_is_the_schema_copy_beside_the_pack(starter: Path) -> None:
    ref = data_of(starter)["$schema"]
    assert ref == "debate-pack.schema.json"
    assert (starter.parent / ref).read_text() == schema_path().read_text()


def test_the_schema_reference_still_resolves_after_the_folder_moves(
    starter: Path, tmp_path: Path
) -> None:
    moved = tmp_path / "elsewhere" / "deep" / "pack"
    shutil.copytree(starter.parent, moved)
    ref = data_of(moved / starter.name)["$schema"]
    assert (moved / ref).is_file()
    assert tutor("validate", moved) == 0


def test_the_starter_readme_and_article_name_no_topic_of_ours(starter: Path) -> None:
    folder = starter.parent
    texts = [(folder / "README.md").read_text(), (folder / STARTER_ARTICLE).read_text()]
    for word in ("korea", "seoul", "usfk", "troops", "ncg", "alliance"):
        assert all(word not in text.lower() for text in texts), word


def test_new_folder_has_a_readme_and_the_quoted_source(starter: Path) -> None:
    folder = starter.parent
    assert "starter-test" in (folder / "README.md").read_text()
    quote = load(starter).motions[0].arguments[0].evidence[0].quote
    assert quote in (folder / "sources" / "starter-article.txt").read_text()


def test_new_refuses_to_overwrite_an_existing_folder(starter: Path, capsys) -> None:
    before = starter.read_text()
    assert tutor("new", "starter-test", "--dir", starter.parent.parent) == 2
    assert "already exists" in capsys.readouterr().err
    assert starter.read_text() == before


def test_new_rejects_an_id_the_format_would_refuse(tmp_path: Path, capsys) -> None:
    assert tutor("new", "Bad Id!", "--dir", tmp_path) == 2
    assert "not a valid pack id" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())
