"""Check a parsed pack against the format, in words an instructor understands.

The pydantic models decide whether a document is a valid pack, and they are fast, so
a valid pack costs one ``model_validate``. Only when that fails is the document run
through the JSON Schema (generated from the same models; a test proves both give the
same verdict), because jsonschema reports *every* problem with its JSON path, which
pydantic does not do as well. Each schema error is then reworded by
:mod:`tutor.packs.schema_messages`.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from tutor.packs.diagnostics import Problem
from tutor.packs.models import Pack
from tutor.packs.positions import pointer
from tutor.packs.resources import schema_path

if TYPE_CHECKING:
    from collections.abc import Iterator


def validate_document(data: Any) -> tuple[Pack | None, list[Problem]]:
    """The typed pack, or None and every problem found by the schema."""
    try:
        return Pack.model_validate(data), []
    except ValidationError as exc:
        return None, schema_problems(data, failing_items(exc)) or pydantic_problems(exc)


def failing_items(exc: ValidationError) -> set[tuple[str, int]]:
    """The list items (``("questions", 12)``) the models found a problem in."""
    return {
        (str(loc[0]), loc[1])
        for loc in (e["loc"] for e in exc.errors())
        if len(loc) > 1 and isinstance(loc[1], int)
    }


def schema_problems(data: Any, items: set[tuple[str, int]] | None = None) -> list[Problem]:
    """Every schema error, best first, reworded for authors.

    With ``items`` (the list items known to fail), the pack's top level is checked
    without descending into its lists, then only those items: the same errors as a
    full pass, in a fraction of the time on a large pack.
    """
    from jsonschema.exceptions import relevance

    from tutor.packs.schema_messages import problems_for

    if items is None or not isinstance(data, dict):
        errors = list(pack_validator().iter_errors(data))
    else:
        errors = list(_part_validator("").iter_errors(data))
        errors += [e for key, i in sorted(items) for e in _item_errors(data, key, i)]
    errors.sort(key=relevance, reverse=True)
    return list(dict.fromkeys(p for e in errors for p in problems_for(e)))


def _item_errors(data: dict[str, Any], key: str, index: int) -> list[Any]:
    value = data.get(key)
    if not isinstance(value, list) or index >= len(value):
        return []
    errors = list(_part_validator(key).iter_errors(value[index]))
    for error in errors:
        error.path.extendleft([index, key])
    return errors


@cache
def _part_validator(key: str) -> Any:
    """A validator of one list's items, or ("") of the top level without its lists."""
    full = pack_validator()
    root = full.schema
    if key:
        schema = {"$id": root["$id"], "$defs": root["$defs"], **root["properties"][key]["items"]}
    else:
        props = {
            name: {k: v for k, v in prop.items() if k != "items"}
            for name, prop in root["properties"].items()
        }
        schema = {**root, "properties": props}
    return type(full)(schema)


def pydantic_problems(exc: ValidationError) -> list[Problem]:
    """A fallback should the schema accept what the models reject."""
    return [Problem(pointer(*e["loc"]), e["msg"]) for e in exc.errors()]


def load_schema() -> dict[str, Any]:
    """The committed schema, or the one generated from the models if it is missing."""
    try:
        schema: dict[str, Any] = json.loads(schema_path().read_text(encoding="utf-8"))
    except OSError:
        from tutor.packs.schema_gen import pack_schema

        schema = pack_schema()
    return schema


@cache
def pack_validator() -> Any:
    """A Draft 2020-12 validator of the pack schema, built once.

    Two tweaks make jsonschema agree with pydantic (and with JSON Schema's own
    ECMA-262 regular expressions): ``1.0`` is not an integer, and a pattern's ``$``
    does not match before a trailing newline.
    """
    from jsonschema import Draft202012Validator, validators

    checker = Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_integer)
    cls = validators.extend(
        Draft202012Validator, validators={"pattern": _pattern}, type_checker=checker
    )
    return cls(load_schema())


def _is_integer(_checker: Any, instance: Any) -> bool:
    return isinstance(instance, int) and not isinstance(instance, bool)


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


def _pattern(validator: Any, pattern: str, instance: Any, _schema: Any) -> Iterator[Any]:
    from jsonschema.exceptions import ValidationError as SchemaError

    if validator.is_type(instance, "string") and not _compiled(pattern).search(instance):
        yield SchemaError(f"{instance!r} does not match {pattern!r}")
