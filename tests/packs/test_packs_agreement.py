"""The JSON Schema and the pydantic models give every document the same verdict.

Authors' editors use the schema; the tutor uses the models. Hand-written documents
cover known edge cases; hypothesis mutates the small valid pack (deleting and renaming
keys, changing value types) and checks that both sides still agree.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from packs_helpers import valid_doc
from pydantic import ValidationError

from tutor.packs.models import Pack
from tutor.packs.schema_check import pack_validator


def schema_says_valid(doc: Any) -> bool:
    return bool(pack_validator().is_valid(doc))


def models_say_valid(doc: Any) -> bool:
    try:
        Pack.model_validate(doc)
    except ValidationError:
        return False
    return True


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(doc: dict[str, Any]) -> None:
        target = doc
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return edit


def _drop(path: list[Any]) -> Callable[[dict[str, Any]], None]:
    def edit(doc: dict[str, Any]) -> None:
        target = doc
        for part in path[:-1]:
            target = target[part]
        del target[path[-1]]

    return edit


HAND_WRITTEN = {
    "the valid pack": (lambda d: None, True),
    "no $schema key": (_drop(["$schema"]), True),
    "optional glossary left out": (_drop(["glossary"]), True),
    "format 2": (_set(["format"], 2), False),
    "format 1.0": (_set(["format"], 1.0), False),
    "format true": (_set(["format"], True), False),
    "answer index 0.0": (_set(["questions", 0, "answer"], 0.0), False),
    "answer index true": (_set(["questions", 0, "answer"], True), False),
    "id with trailing newline": (_set(["metadata", "id"], "test-troops\n"), False),
    "id in capitals": (_set(["metadata", "id"], "Test"), False),
    "empty claim": (_set(["motions", 0, "arguments", 0, "claim"], ""), False),
    "numeric value as int": (_set(["questions", 3, "value"], 1953), True),
    "numeric value as text": (_set(["questions", 3, "value"], "1953"), False),
    "null author": (_set(["sources", 0, "author"], None), True),
    "unknown top-level key": (_set(["extra"], 1), False),
    "unknown question type": (_set(["questions", 0, "type"], "mc"), False),
    "question without type": (_drop(["questions", 0, "type"]), False),
    "true_false answer as text": (_set(["questions", 1, "answer"], "false"), False),
    "key point weight zero": (
        _set(["motions", 0, "arguments", 0, "key_points", 0, "weight"], 0),
        False,
    ),
    "a single argument": (_drop(["motions", 0, "arguments", 1]), False),
    "top level a list": (None, False),
}


@pytest.mark.parametrize("name", list(HAND_WRITTEN))
def test_schema_and_models_agree_on_hand_written_documents(name):
    edit, expected = HAND_WRITTEN[name]
    doc: Any = valid_doc()
    if edit is None:
        doc = [doc]
    else:
        edit(doc)
    assert (schema_says_valid(doc), models_say_valid(doc)) == (expected, expected)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _paths(value, (*prefix, i))
    return found


PATHS = _paths(valid_doc())
REPLACEMENTS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.floats(-3, 3, allow_nan=False),
    st.sampled_from(["", "x", "Bad Id", "multiple_choice", "aff", "2025-10-31", "1.0"]),
    st.just([]),
    st.just({}),
    st.just(["x"]),
)


@st.composite
def mutated_documents(draw: st.DrawFn) -> dict[str, Any]:
    doc = valid_doc()
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(PATHS))
        parent: Any = doc
        try:
            for part in path[:-1]:
                parent = parent[part]
            _mutate(draw, parent, path[-1])
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this place
    return doc


def _mutate(draw: st.DrawFn, parent: Any, key: Any) -> None:
    action = draw(st.sampled_from(["replace", "delete", "rename"]))
    if action == "replace":
        parent[key] = draw(REPLACEMENTS)
    elif isinstance(parent, dict):
        value = parent.pop(key)
        if action == "rename":
            parent[draw(st.sampled_from([key + "x", key[:-1], "type", "id"]))] = copy.copy(value)
    else:
        del parent[key]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_documents())
def test_schema_and_models_agree_on_mutated_documents(doc):
    assert schema_says_valid(doc) == models_say_valid(doc)
