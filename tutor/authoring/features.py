"""What makes a sentence worth a card: figures, dates, people and organisations.

Each finder returns :class:`Feature` spans inside one sentence, so a drafted question
can blank exactly the words it asks for and a drafted card can say what it carries.
Heuristics, not NLP: they favour precision, since an author deletes a bad draft more
happily than they hunt for a missed one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from tutor.grading.numbers import find_numbers

Kind = Literal["money", "percent", "figure", "date", "person", "organisation"]

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
DATE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|(?:19|20)\d{{2}})\b"
)
_CAP = r"(?:[A-Z][a-z'’]+(?:-[A-Za-z]+)*|[A-Z]{2,}(?:-[a-z]+)?|(?:[A-Z]\.){1,3})"
_NAME = rf"{_CAP}(?:\s+{_CAP}){{0,3}}"
TITLES = (
    r"President|Gen\.|General|Adm\.|Admiral|Dr\.|Secretary|Minister|Senator|Sen\.|Rep\.|"
    r"Ambassador|Professor|Prof\.|Mr\.|Ms\.|Mrs\.|Chairman|Commander|Gov\.|Governor|Lt\.|"
    r"Col\.|Maj\.|Gen|Director|Spokesperson|Spokesman|Spokeswoman|Writer"
)
PERSON_TITLED = re.compile(rf"\b(?:{TITLES})\s+(?P<name>{_NAME})")
PERSON_SAID = re.compile(
    rf"(?P<name>{_CAP}\s+{_CAP}(?:\s+{_CAP})?),?\s+(?:said|says|told|wrote|argued|stated|"
    r"warned|noted|added|explained)\b"
)


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PAIR = rf"{_CAP}\s+{_CAP}(?:\s+{_CAP})?"
PERSON_INTRODUCED = re.compile(
    rf"\b(?:such as|including|according to|by)\s+(?P<name>{_PAIR})(?=[\s,.;)])"
)
PERSON_APPOSITIVE = re.compile(rf"(?P<name>{_PAIR}),\s+(?:a|an|the)\s+[a-z]")
ORG_WORDS = (
    r"Institute|Council|Group|Command|Forces|Department|Ministry|Agency|Foundation|Company|"
    r"Corporation|Party|Assembly|Administration|Office|Center|Centre|University|Bank|"
    r"Commission|Committee|Organization|Organisation|Army|Navy|Board|Service|Studies|Treaty"
)
NOT_PEOPLE = _word_set(ORG_WORDS.replace("|", " ")) | _word_set(
    """
    North South East West Northern Southern Eastern Western Central United States Kingdom
    Union Republic Federation Sea Ocean Gulf Bay Peninsula Island Islands Strait River
    Coast Asia Europe Africa America Americas Pacific Atlantic Arctic City County Province
    """
)
"""Words that make a name an organisation or a place, never a person ("Green Party")."""
ORGANISATION = re.compile(
    rf"\b(?P<name>{_CAP}(?:\s+(?:(?:of|for|and|the)\s+)?{_CAP}){{0,5}}\s+"
    rf"(?:{ORG_WORDS})(?:\s+of\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})?|\s+{_CAP})?)\b"
)


@dataclass(frozen=True)
class Feature:
    """A span of a sentence that a question can ask for."""

    kind: Kind
    text: str
    start: int
    end: int
    value: float | None = None
    unit: str | None = None


_PLACE = re.compile(r"\b(?:in|from|across|throughout|near|around)\s+(?P<name>" + _NAME + ")")


def place_words(article: str) -> frozenset[str]:
    """The words of names the article puts after "in", "from", "across"... ("in Riverton").

    Topic-neutral: an article on any subject names its own places this way, so they
    are read from the article rather than listed here.
    """
    return frozenset(w for m in _PLACE.finditer(article) for w in m.group("name").split())


def find_features(sentence: str, places: frozenset[str] = frozenset()) -> list[Feature]:
    """Every figure, date, person and organisation in ``sentence``, in that priority.

    ``places`` (from :func:`place_words`) are words that keep an untitled name from
    being taken for a person.
    """
    dates = [_span("date", m) for m in DATE.finditer(sentence)]
    figures = [f for f in _figures(sentence) if not _inside(f, dates)]
    people = [_tidy(_span("person", m, "name")) for m in _people(sentence, places)]
    orgs = [o for m in ORGANISATION.finditer(sentence) for o in _split_and(m)]
    digits = [f for f in figures if any(c.isdigit() for c in f.text)]
    spelled = [f for f in figures if f not in digits]
    years = [d for d in dates if d.text.isdigit()]
    full_dates = [d for d in dates if d not in years]
    return digits + full_dates + _dedupe(people) + _dedupe(orgs) + years + spelled


_LEADING_TITLE = re.compile(rf"^(?:(?:{TITLES})\s+)+")
_POSSESSIVE = re.compile(r"['’]s?$")


def _tidy(person: Feature) -> Feature:
    """Drop a leading title ("Secretary Scott Bessent") and a possessive ("Lee's")."""
    text = person.text
    head = _LEADING_TITLE.match(text)
    start = person.start + (head.end() if head else 0)
    text = _POSSESSIVE.sub("", text[head.end() if head else 0 :])
    return Feature("person", text, start, start + len(text))


_ORG_END = re.compile(rf"(?:{ORG_WORDS})(?:\s+{_CAP})?$")


def _split_and(m: re.Match[str]) -> list[Feature]:
    """ "Atlantic Council and Korea Foundation" is two organisations, not one."""
    whole = _span("organisation", m, "name")
    if whole.text.startswith("The "):
        whole = Feature("organisation", whole.text[4:], whole.start + 4, whole.end)
    left, sep, right = whole.text.partition(" and ")
    if not sep or not _ORG_END.search(left):
        return [whole]
    right_start = whole.start + len(left) + len(sep)
    return [
        Feature("organisation", left, whole.start, whole.start + len(left)),
        Feature("organisation", right, right_start, whole.end),
    ]


def _people(sentence: str, places: frozenset[str]) -> list[re.Match[str]]:
    titled = [*PERSON_TITLED.finditer(sentence), *PERSON_SAID.finditer(sentence)]
    untitled = [*PERSON_INTRODUCED.finditer(sentence), *PERSON_APPOSITIVE.finditer(sentence)]
    said = [m for m in titled if not NOT_PEOPLE & set(m.group("name").split())]
    stop = NOT_PEOPLE | places
    return said + [m for m in untitled if not stop & set(m.group("name").split())]


def _figures(sentence: str) -> list[Feature]:
    out = []
    for n in find_numbers(sentence):
        text = sentence[n.start : n.end]
        start = n.start - 1 if sentence[n.start - 1 : n.start] in "$€£₩" and n.start else n.start
        if not _is_figure(sentence, text, n.end, n.value):
            continue
        end = n.end + (sentence[n.end : n.end + 1] == "%")
        kind: Kind = "percent" if n.unit == "%" else "money" if n.unit else "figure"
        out.append(Feature(kind, sentence[start:end], start, end, n.value, n.unit))
    return out


def _is_figure(sentence: str, text: str, end: int, value: float) -> bool:
    """Not a footnote mark, an ordinal, a time of day, or the pronoun "one"."""
    if not any(c.isdigit() for c in text):
        return value >= 2 and text.lower() != "second"
    start = end - len(text)
    if value < 2 or re.search(r"[A-Za-z]-$", sentence[:start]):  # a model number: KN-23
        return False
    if sentence[end : end + 1] in (")", ":") or re.match(r"\d+(st|nd|rd|th)\b", text):
        return False
    return not re.match(r"\d{1,2}:\d{2}", sentence[sentence.rfind(" ", 0, end) + 1 :])


def _span(kind: Kind, m: re.Match[str], group: str = "") -> Feature:
    g = group or 0
    return Feature(kind, m.group(g), m.start(g), m.end(g))


def _inside(f: Feature, spans: list[Feature]) -> bool:
    return any(s.start <= f.start and f.end <= s.end for s in spans)


def _dedupe(found: list[Feature]) -> list[Feature]:
    out: list[Feature] = []
    for f in sorted(found, key=lambda f: (f.start, -len(f.text))):
        if not any(o.start <= f.start < o.end for o in out):
            out.append(f)
    return out
