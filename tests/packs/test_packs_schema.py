"""The JSON Schema is a valid Draft 2020-12 schema, documented, and the models' own."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator
from packs_helpers import REPO

from tutor.packs import schema_gen

SCHEMA_FILE = REPO / "schemas" / "debate-pack.schema.json"


def _schema() -> dict[str, Any]:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def _properties(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        for name, prop in node.get("properties", {}).items():
            yield f"{where}/{name}", prop
        for key, value in node.items():
            yield from _properties(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _properties(value, f"{where}/{i}")


def test_schema_is_a_valid_draft_2020_12_schema_with_an_id():
    schema = _schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].startswith("https://")


def test_every_property_in_the_schema_has_a_description():
    undocumented = [where for where, prop in _properties(_schema()) if not prop.get("description")]
    assert undocumented == []


def test_unknown_keys_are_errors_in_every_object():
    schema = _schema()
    objects = [schema, *schema["$defs"].values()]
    assert all(o.get("additionalProperties") is False for o in objects if "properties" in o)


def test_committed_schema_matches_the_models():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_gen.render(), (
        "schemas/debate-pack.schema.json is out of date with tutor/packs/models.py: "
        "run `python -m tutor.packs.schema_gen` and commit the result"
    )


def test_schema_avoids_unique_items_which_is_quadratic_in_jsonschema():
    assert '"uniqueItems"' not in SCHEMA_FILE.read_text(encoding="utf-8")
