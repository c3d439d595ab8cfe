"""Reword jsonschema errors for an instructor who is not a programmer.

``'warrant' is a required property`` becomes ``missing required key 'warrant'``; an
unknown key gets a "did you mean" hint from the keys allowed at that place; a
question whose ``type`` is known is checked as that type only (not as "none of eleven
alternatives matched"), and an unknown type gets the nearest real one.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from typing import Any

from tutor.packs.diagnostics import Problem
from tutor.packs.positions import pointer

TYPE_NAMES = {
    "string": "text in double quotes",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list in [ ]",
    "object": "an object in { }",
    "null": "null",
}
PATTERN_NAMES = {
    r"^[a-z0-9][a-z0-9._-]*$": (
        "an id: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"
    ),
    r"^\d+\.\d+(\.\d+)?$": "a version such as 1.0 or 1.2.3",
    r"^\d{4}(-\d{2}(-\d{2})?)?$": "a date written YYYY, YYYY-MM or YYYY-MM-DD",
    r"^[a-z]{2}(-[A-Z]{2})?$": "a language tag such as en or en-GB",
}


def problems_for(error: Any) -> list[Problem]:
    """One schema error as author-facing problems (some errors name several keys)."""
    handler = _HANDLERS.get(error.validator, _generic)
    return handler(error)


def nearest(word: str, choices: Iterable[str]) -> str | None:
    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return found[0] if found else None


def did_you_mean(word: str, choices: Iterable[str], listing: str = "") -> str | None:
    options = sorted(choices)
    close = nearest(word, options)
    if close:
        return f"did you mean '{close}'?"
    return f"{listing or 'expected one of'}: {', '.join(options)}" if options else None


def describe(value: Any) -> str:
    """What a JSON value is, in words ("a number", "text", ...)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    kinds = {str: "text", int: "a number", float: "a number", list: "a list", dict: "an object"}
    return kinds.get(type(value), type(value).__name__)


def _where(error: Any) -> str:
    return pointer(*error.absolute_path)


def _name(error: Any) -> str:
    path = list(error.absolute_path)
    if not path:
        return "the pack"
    if isinstance(path[-1], int):
        parent = f"'{path[-2]}' " if len(path) > 1 and isinstance(path[-2], str) else ""
        return f"{parent}item {path[-1]}"
    return f"'{path[-1]}'"


def _show(value: Any, limit: int = 60) -> str:
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _additional(error: Any) -> list[Problem]:
    allowed = error.schema.get("properties", {})
    extras = [k for k in error.instance if k not in allowed]
    base = _where(error)
    return [
        Problem(
            f"{base}{pointer(k)}",
            f"unknown key '{k}'",
            did_you_mean(k, allowed, "the keys allowed here are"),
            at_key=True,
        )
        for k in extras
    ]


def _required(error: Any) -> list[Problem]:
    props = error.schema.get("properties", {})
    extras = [k for k in error.instance if k not in props]
    problems = []
    for key in error.validator_value:
        if key in error.instance:
            continue
        typo = nearest(key, extras)
        about = props.get(key, {}).get("description")
        hint = f"is '{typo}' a misspelling of it?" if typo else about and f"'{key}': {about}"
        problems.append(Problem(_where(error), f"missing required key '{key}'", hint))
    return problems


def _type(error: Any) -> list[Problem]:
    expected = error.validator_value
    wanted = [expected] if isinstance(expected, str) else list(expected)
    names = " or ".join(TYPE_NAMES.get(t, t) for t in wanted)
    message = f"{_name(error)} must be {names}, not {describe(error.instance)}"
    return [Problem(_where(error), message)]


def _enum(error: Any) -> list[Problem]:
    choices = [str(c) for c in error.validator_value]
    value = error.instance
    close = nearest(value, choices) if isinstance(value, str) else None
    hint = f"did you mean '{close}'?" if close else None
    message = f"{_name(error)} must be one of {', '.join(choices)}, not {_show(value)}"
    return [Problem(_where(error), message, hint)]


def _const(error: Any) -> list[Problem]:
    message = f"{_name(error)} must be {_show(error.validator_value)}, not {_show(error.instance)}"
    return [Problem(_where(error), message)]


def _pattern(error: Any) -> list[Problem]:
    form = PATTERN_NAMES.get(error.validator_value, f"text matching {error.validator_value}")
    examples = error.schema.get("examples")
    hint = f"for example '{examples[0]}'" if examples else None
    return [Problem(_where(error), f"{_show(error.instance)} is not {form}", hint)]


def _length(error: Any) -> list[Problem]:
    limit, size = error.validator_value, len(error.instance)
    if error.validator == "minLength":
        message = f"{_name(error)} must not be empty"
    else:
        message = f"{_name(error)} is too long ({size} characters; at most {limit})"
    return [Problem(_where(error), message)]


def _items(error: Any) -> list[Problem]:
    limit, size = error.validator_value, len(error.instance)
    bound = "at least" if error.validator == "minItems" else "at most"
    message = f"{_name(error)} needs {bound} {limit} item(s); it has {size}"
    return [Problem(_where(error), message)]


_BOUNDS = {
    "minimum": "at least",
    "exclusiveMinimum": "more than",
    "maximum": "at most",
    "exclusiveMaximum": "less than",
}


def _bound(error: Any) -> list[Problem]:
    words = _BOUNDS[error.validator]
    message = f"{_name(error)} must be {words} {error.validator_value}, not {error.instance}"
    return [Problem(_where(error), message)]


def _one_of(error: Any) -> list[Problem]:
    discriminator = error.schema.get("discriminator")
    if not discriminator or not isinstance(error.instance, dict):
        return _any_of(error)
    key, mapping = discriminator["propertyName"], discriminator["mapping"]
    value = error.instance.get(key)
    if key not in error.instance:
        listing = f"the question types are: {', '.join(mapping)}"
        return [Problem(_where(error), f"missing required key '{key}'", listing)]
    if not isinstance(value, str) or value not in mapping:
        close = _abbreviated(str(value), mapping)
        hint = did_you_mean(close or str(value), mapping, "the question types are")
        where = f"{_where(error)}{pointer(key)}"
        return [Problem(where, f"unknown question type {_show(value)}", hint)]
    branch = [s.get("$ref") for s in error.validator_value].index(mapping[value])
    return _branch(error, branch)


def _abbreviated(word: str, names: Iterable[str]) -> str | None:
    """'mc' -> 'multiple_choice', 'short' -> 'short_answer': initials or a prefix."""
    word = word.casefold().replace("-", "_")
    for name in names:
        initials = "".join(part[0] for part in name.split("_"))
        if word and (word == initials or name.startswith(word)):
            return name
    return None


def _any_of(error: Any) -> list[Problem]:
    branches = error.validator_value
    real = [i for i, s in enumerate(branches) if s != {"type": "null"}]
    if len(real) == 1 and error.instance is not None:
        return _branch(error, real[0])
    from jsonschema.exceptions import best_match

    best = best_match(error.context)
    return problems_for(best) if best is not None else _generic(error)


def _branch(error: Any, index: int) -> list[Problem]:
    subs = [e for e in error.context if e.relative_schema_path[0] == index]
    return [p for sub in subs for p in problems_for(sub)] or _generic(error)


def _generic(error: Any) -> list[Problem]:
    return [Problem(_where(error), f"{_name(error)}: {error.message}")]


_HANDLERS: dict[str, Callable[[Any], list[Problem]]] = {
    "additionalProperties": _additional,
    "required": _required,
    "type": _type,
    "enum": _enum,
    "const": _const,
    "pattern": _pattern,
    "minLength": _length,
    "maxLength": _length,
    "minItems": _items,
    "maxItems": _items,
    "oneOf": _one_of,
    "anyOf": _any_of,
    **dict.fromkeys(_BOUNDS, _bound),
}
