"""One drafted question (with its evidence card) from one sentence and one feature.

The sentence is quoted verbatim in the card; the prompt is the sentence with the
answer blanked, so the learner reads the source's own words. Accepted answers list
the obvious variants: digits and words for numbers, surname for people, acronym and
expansion for organisations the article abbreviates.
"""

from __future__ import annotations

import re
from typing import Any

from tutor.authoring.features import Feature
from tutor.authoring.numwords import digit_forms, word_form

BLANK = "_____"
ASK = {
    "money": "What amount goes in the blank?",
    "percent": "What percentage goes in the blank?",
    "figure": "What number goes in the blank?",
    "date": "What date goes in the blank?",
    "person": "Who goes in the blank?",
    "organisation": "Which organisation goes in the blank?",
}
_UNIT_AFTER = re.compile(r"\s+([a-z][a-z-]{2,20})\b")


def draft_question(
    qid: str, sentence: str, feature: Feature, source_id: str, aliases: dict[str, str]
) -> dict[str, Any] | None:
    """A numeric or short-answer question asking for ``feature`` in ``sentence``.

    None when the answer cannot be blanked in the sentence: a prompt asking what goes
    in the blank over a sentence without one would ask nothing (or show the answer).
    """
    accept = accepted_answers(feature, aliases)
    blanked = blank_out(sentence, [feature.text, *accept])
    if BLANK not in blanked:
        return None
    prompt = f"From the article: “{blanked}” {ASK[feature.kind]}"
    base: dict[str, Any] = {
        "id": qid,
        "prompt": prompt,
        "explanation": f"The article says: “{sentence}” (DRAFT: say why this fact matters.)",
        "evidence": [card(qid.replace("q-", "card-", 1), sentence, feature, source_id)],
        "tags": ["draft", feature.kind],
        "difficulty": "medium",
        "skill": "facts",
    }
    if feature.value is not None and any(c.isdigit() for c in feature.text):
        return {**base, "type": "numeric", **_numeric_fields(sentence, feature)}
    return {**base, "type": "short_answer", "accept": accept}


def card(cid: str, sentence: str, feature: Feature, source_id: str) -> dict[str, Any]:
    """An evidence card quoting ``sentence`` verbatim, its tag a draft to rewrite."""
    head = " ".join(sentence.split()[:10])
    return {
        "id": cid,
        "tag": f"DRAFT ({feature.text}): {head}…",
        "source": source_id,
        "quote": sentence,
    }


def accepted_answers(feature: Feature, aliases: dict[str, str]) -> list[str]:
    """The feature as written plus the variants a fair teacher would also take."""
    out = [feature.text]
    if feature.value is not None:
        out += digit_forms(feature.value) if feature.unit is None else []
        spelled = word_form(feature.value)
        out += [spelled] if spelled and feature.unit is None else []
    elif feature.kind == "person" and " " in feature.text:
        parts = feature.text.split()
        out.append(parts[0] if "-" in parts[-1] else parts[-1])
    elif feature.text in aliases:
        out.append(aliases[feature.text])
    elif feature.kind == "date":
        out += _date_variants(feature.text)
    return list(dict.fromkeys(a for a in out if a.strip()))


_MONTH_DAY_YEAR = re.compile(r"^([A-Z][a-z]+\.?) (\d{1,2}), (\d{4})$")


def _date_variants(text: str) -> list[str]:
    """ "August 25, 2025" -> ["25 August 2025"]."""
    m = _MONTH_DAY_YEAR.match(text)
    return [f"{m.group(2)} {m.group(1)} {m.group(3)}"] if m else []


def blank_out(sentence: str, answers: list[str]) -> str:
    """``sentence`` with every occurrence of each answer (longest first) blanked."""
    text = sentence
    for answer in sorted(set(answers), key=len, reverse=True):
        if len(answer) > 2 or answer.isupper():
            text = re.sub(rf"(?<!\w){re.escape(answer)}(?!\w)", BLANK, text)
    return text


def _numeric_fields(sentence: str, feature: Feature) -> dict[str, Any]:
    assert feature.value is not None
    return {"value": feature.value, "tolerance": 0.0, "unit": _unit(sentence, feature)}


def _unit(sentence: str, feature: Feature) -> str | None:
    if feature.unit == "%":
        return "%"
    if feature.unit:
        return feature.unit.upper()
    after = _UNIT_AFTER.match(sentence, feature.end)
    word = after.group(1) if after else ""
    return word if word.endswith("s") and word not in _NOT_UNITS else None


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NOT_UNITS = _words(
    """
    and or of to in on at for from with by as than that which who is are was were per
    """
)
