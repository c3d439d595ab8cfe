"""JSON pointers are placed at the right line and column of the pack file."""

from __future__ import annotations

from tutor.packs.positions import PositionIndex, pointer

TEXT = '{\n  "a": [1, {"b": "x\\\\\\"y", "c": {}}, []],\n  "a/b~": 2,\n  "a": 3\n}'


def test_values_are_found_by_pointer():
    index = PositionIndex(TEXT)
    assert index.locate("/a") == (2, 8)
    assert index.locate("/a/1/c") == (2, 33)
    assert index.locate("/a/2") == (2, 38)


def test_keys_with_slash_and_tilde_are_escaped_in_pointers():
    index = PositionIndex(TEXT)
    assert pointer("a/b~") == "/a~1b~0"
    assert index.locate("/a~1b~0") == (3, 11)
    assert index.locate("/a~1b~0", at_key=True) == (3, 3)


def test_a_pointer_that_does_not_exist_falls_back_to_its_nearest_ancestor():
    index = PositionIndex(TEXT)
    assert index.locate("/a/1/missing") == index.locate("/a/1")
    assert index.locate("/nowhere") == (1, 1)


def test_keys_repeated_in_one_object_are_noticed():
    index = PositionIndex(TEXT)
    assert [(p, index.line_column(o)) for p, o in index.duplicates] == [("/a", (4, 3))]


def test_escaped_quotes_inside_strings_do_not_confuse_the_scanner():
    index = PositionIndex('{"k": "say \\"hi\\", [x]", "m": [true]}')
    assert index.locate("/m/0") == (1, 32)
