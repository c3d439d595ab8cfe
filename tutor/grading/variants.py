"""Other forms of one word or phrase: "S. Korea" for "South Korea", "350 bil", "subs".

A table of groups, each holding forms that name the same thing: abbreviations and
short forms (``data/variants.json``), surname spellings (``data/romanisation.json``) and
any groups a pack adds with its ``variants`` field. Before grading, a form the learner
typed is rewritten to the form the question's own answers use, but only when those
answers use another form of the same group and not this one: "W." stays an initial in
"George W. Bush", and "mil" becomes "million" only where an answer says "million".
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from tutor.grading.normalize import TOKEN_RE, Token, fold, words
from tutor.grading.romanisation import surname_groups

Group = tuple[str, ...]
Rewrite = tuple[tuple[str, ...], str]


@cache
def general_data() -> dict[str, Any]:
    """The built-in table: groups, titles and given names."""
    text = resources.files("tutor.grading").joinpath("data/variants.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def builtin_groups() -> tuple[Group, ...]:
    """Every built-in group, general and romanisation."""
    groups = [*general_data()["groups"], *surname_groups()]
    return tuple(tuple(g) for g in groups)


def rewrite(
    text: str, answers: Sequence[str], extra: Sequence[Sequence[str]] = ()
) -> tuple[str, str]:
    """``text`` with each variant form replaced by the answers' form, and a trace note."""
    rules = _rules(tuple(answers), tuple(tuple(g) for g in extra))
    if not rules:
        return text, ""
    tokens = _tokens(text)
    folded = [t.text for t in tokens]
    out, notes, last, i = [], [], 0, 0
    while i < len(tokens):
        hit = next((r for r in rules if tuple(folded[i : i + len(r[0])]) == r[0]), None)
        if hit is None:
            i += 1
            continue
        start, end = tokens[i].start, tokens[i + len(hit[0]) - 1].end
        end += text[end : end + 1] == "."
        out += [text[last:start], hit[1]]
        notes.append(f"{text[start:end]!r} read as {hit[1]!r}")
        last, i = end, i + len(hit[0])
    if not notes:
        return text, ""
    return "".join([*out, text[last:]]), "; ".join(notes)


Forms = tuple[tuple[tuple[str, ...], str], ...]


@lru_cache(maxsize=4_096)
def _rules(answers: tuple[str, ...], extra: tuple[Group, ...]) -> tuple[Rewrite, ...]:
    """(typed form, answer form) pairs for the groups these answers use, longest first."""
    said = {g for a in answers for g in _ngrams(words(a))}
    rules: list[Rewrite] = []
    for forms in (*_builtin_forms(), *map(_forms, extra)):
        used = [f for w, f in forms if w in said]
        if used:
            rules += [(w, used[0]) for w, _ in forms if w not in said]
    return tuple(sorted(rules, key=lambda r: -len(r[0])))


@cache
def _builtin_forms() -> tuple[Forms, ...]:
    return tuple(_forms(g) for g in builtin_groups())


def _forms(group: Group) -> Forms:
    return tuple((_form_words(f), f) for f in group if _form_words(f))


def _form_words(form: str) -> tuple[str, ...]:
    """The words of a form; a lone letter ("S.") is kept, though :func:`words` drops it."""
    return words(form) or tuple(t.text for t in _tokens(form))


def _tokens(text: str) -> list[Token]:
    """Tokens of ``text`` with a lone "S" kept (``tokenize`` reads it as a possessive)."""
    found = [Token(fold(m.group()) or m.group().casefold(), m.start(), m.end())
             for m in TOKEN_RE.finditer(text)]  # fmt: skip
    return [t for t in found if t.text]


def _ngrams(ws: tuple[str, ...], longest: int = 6) -> set[tuple[str, ...]]:
    return {ws[i : i + n] for n in range(1, longest + 1) for i in range(len(ws) - n + 1)}
