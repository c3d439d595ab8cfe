"""Matching a typed short answer against one expected text, word by word.

Overall string similarity cannot tell "North Korea" from a typo of "South Korea",
so words are aligned one by one with a tolerance set by each word's length, and
any word that carries a distinguishing fact must match exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tutor.grading import comparison as cmp
from tutor.grading.comparison import Comparison
from tutor.grading.lexicon import NEGATORS, OFFICES, is_distinguishing, kind_of
from tutor.grading.normalize import SMALL_WORDS, words
from tutor.grading.numbers import power_of_ten_apart
from tutor.grading.tolerance import near_miss, token_similarity

_ACRONYM_RE = re.compile(r"\b[A-Z]{2,}\b")
WINDOW_SLACK = 3
"""Extra words allowed inside the stretch where the expected words were found."""


@dataclass(frozen=True)
class Alignment:
    """Expected words paired with typed words, and what was left on each side."""

    pairs: tuple[tuple[str, int, float], ...]
    missing: tuple[str, ...]
    extra: tuple[str, ...]
    typed: tuple[str, ...]


@lru_cache(maxsize=8_192)
def strict_words(reference: str) -> frozenset[str]:
    """Acronyms in the reference ("USFK"), which must be typed exactly."""
    return frozenset(w.lower() for w in _ACRONYM_RE.findall(reference))


def content(ws: tuple[str, ...]) -> tuple[str, ...]:
    """Words without the small ones a learner may drop ("Bank England")."""
    kept = tuple(w for w in ws if w not in SMALL_WORDS)
    return kept or ws


def compare_text(answer: str, reference: str) -> Comparison:
    """Judge ``answer`` against one expected ``reference`` text."""
    typed, expected = words(answer), words(reference)
    if not typed:
        return cmp.wrong(0.0, "empty answer", "There is no answer to grade.", reference)
    if not expected:
        return cmp.wrong(0.0, "empty expected answer", "", reference)
    same = _same_words(typed, expected, reference)
    if same is not None:
        return same
    alignment = align(content(typed), content(expected), strict_words(reference))
    return judge(alignment, reference)


def _same_words(typed: tuple[str, ...], expected: tuple[str, ...], ref: str) -> Comparison | None:
    if typed == expected:
        return cmp.correct(1.0, f"alias: matches {ref!r} after normalisation", ref)
    if sorted(content(typed)) == sorted(content(expected)):
        return cmp.correct(0.97, f"same words as {ref!r} (order or small words differ)", ref)
    if "".join(typed) == "".join(expected):
        return cmp.correct(0.97, f"same letters as {ref!r} (spacing or hyphens differ)", ref)
    if not strict_words(ref) and _squeeze("".join(typed)) == _squeeze("".join(expected)):
        return cmp.correct(0.95, f"doubled letter forgiven against {ref!r}", ref)
    return None


def _squeeze(text: str) -> str:
    """ "kimjongunn" -> "kimjongun": doubled letters are the commonest slip in names."""
    return "".join(c for i, c in enumerate(text) if i == 0 or c != text[i - 1] or c.isdigit())


def align(typed: tuple[str, ...], expected: tuple[str, ...], strict: frozenset[str]) -> Alignment:
    """Pair each expected word with the most similar unused typed word."""
    used: set[int] = set()
    pairs: list[tuple[str, int, float]] = []
    missing: list[str] = []
    for word in expected:
        j, sim = _best_position(word, typed, used, word in strict)
        if j < 0:
            missing.append(word)
            continue
        used.add(j)
        pairs.append((word, j, sim))
    extra = tuple(w for j, w in enumerate(typed) if j not in used)
    return Alignment(tuple(pairs), tuple(missing), extra, typed)


def _best_position(
    word: str, typed: tuple[str, ...], used: set[int], strict: bool
) -> tuple[int, float]:
    best_j, best_sim = -1, 0.0
    for j, candidate in enumerate(typed):
        if j in used:
            continue
        sim = token_similarity(candidate, word, strict)
        if sim > best_sim:
            best_j, best_sim = j, sim
            if sim == 1.0:
                break
    return best_j, best_sim


def judge(al: Alignment, reference: str) -> Comparison:
    """Turn an alignment into a verdict, naming the rule that decided."""
    if not al.missing:
        return _all_found(al, reference)
    if not al.pairs and len(al.missing) == 1 and len(al.extra) == 1:
        return _judge_substitution(al.missing[0], al.extra[0], 0.0, reference)
    if not al.pairs:
        return cmp.wrong(
            0.0, f"no word of {reference!r} found", "That is not the answer.", reference
        )
    return _some_missing(al, reference)


def _all_found(al: Alignment, reference: str) -> Comparison:
    fuzzy = [(w, al.typed[j]) for w, j, s in al.pairs if s < 1.0]
    mean = sum(s for _, _, s in al.pairs) / len(al.pairs)
    if not al.extra:
        rule = _typo_rule(fuzzy) or f"same words as {reference!r}"
        return cmp.correct(0.8 + 0.2 * mean, rule, reference)
    return _contained(al, reference, mean, fuzzy)


def _typo_rule(fuzzy: list[tuple[str, str]]) -> str:
    return "; ".join(f"spelling forgiven: {t!r} ~ {w!r}" for w, t in fuzzy)


def _contained(al: Alignment, ref: str, mean: float, fuzzy: list[tuple[str, str]]) -> Comparison:
    positions = sorted(j for _, j, _ in al.pairs)
    lo, hi = positions[0], positions[-1]
    if hi - lo + 1 > len(positions) + WINDOW_SLACK:
        return cmp.wrong(0.3, f"the words of {ref!r} are scattered", "That is not the answer.", ref)
    used = {j for _, j, _ in al.pairs}
    bad = [al.typed[j] for j in range(max(0, lo - 3), min(len(al.typed), hi + 2))
           if j not in used and _changes_meaning(al.typed[j], j - lo, j - hi)]  # fmt: skip
    if bad:
        rule = f"{kind_of(bad[0])} word {bad[0]!r} next to {ref!r} changes the answer"
        return cmp.wrong(0.3, rule, f"{bad[0]!r} changes the meaning of the answer.", ref)
    rule = f"answer contains {ref!r}" + (f"; {_typo_rule(fuzzy)}" if fuzzy else "")
    return cmp.correct(0.75 + 0.2 * mean, rule, ref, contained=True)


def _changes_meaning(word: str, from_start: int, from_end: int) -> bool:
    """Whether an extra word this close to the matched stretch changes the fact."""
    if word in NEGATORS:
        return from_start >= -3
    if word[:1].isdigit():
        is_year = word.isdigit() and 1000 <= int(word) <= 2100
        return not is_year and (from_start == -1 or from_end == 1)
    return is_distinguishing(word) and from_start >= -2


def _some_missing(al: Alignment, ref: str) -> Comparison:
    found = len(al.pairs) / (len(al.pairs) + len(al.missing))
    found_names = [w for w, _, _ in al.pairs if w not in OFFICES]
    if found_names and all(w in OFFICES for w in al.missing):
        if not any(w in OFFICES for w in al.extra):
            return cmp.correct(0.85, f"title omitted: {' '.join(al.missing)!r}", ref)
        return cmp.close(0.5, "office differs", "Right person, wrong office.", ref)
    swap = _substitution(al)
    if swap is not None:
        return _judge_substitution(swap[0], swap[1], found, ref)
    if not al.extra:
        rule = f"partial: {' '.join(al.missing)!r} missing"
        return cmp.close(0.2 + 0.4 * found, rule, "Right direction; be more specific.", ref)
    rule = f"{' '.join(al.missing)!r} missing, {' '.join(al.extra)!r} instead"
    return cmp.wrong(0.3 * found, rule, "That is not the answer.", ref)


def _substitution(al: Alignment) -> tuple[str, str] | None:
    """The first (expected, typed) pair where one word was swapped for another."""
    for expected in al.missing:
        for typed in al.extra:
            if _same_kind(expected, typed) or near_miss(typed, expected):
                return expected, typed
    if len(al.missing) == 1 and len(al.extra) == 1:
        return al.missing[0], al.extra[0]
    return None


def _same_kind(a: str, b: str) -> bool:
    return kind_of(a) == kind_of(b) and kind_of(a) != "word"


def _judge_substitution(expected: str, typed: str, found: float, ref: str) -> Comparison:
    kind = kind_of(expected)
    if kind == "number" and typed[:1].isdigit() and _tenfold(typed, expected):
        return cmp.close(0.4, f"number {typed} vs {expected}", "Off by a factor of ten.", ref)
    if kind == "word" and len(expected) > 4 and near_miss(typed, expected):
        return cmp.close(0.3 + 0.3 * found, f"near miss {typed!r} ~ {expected!r}",
                         "Check the spelling.", ref)  # fmt: skip
    label = "name token" if ref[:1].isupper() and kind == "word" else kind
    if kind != "word" and kind == kind_of(typed):
        return cmp.wrong(0.3 * found, f"{label} differs: {typed!r} ≠ {expected!r}",
                         f"The {label} is wrong.", ref)  # fmt: skip
    rule = f"{label} differs: {typed!r} ≠ {expected!r}"
    return cmp.wrong(0.3 * found, rule, f"{typed!r} is not right here.", ref)


def _tenfold(typed: str, expected: str) -> bool:
    try:
        return power_of_ten_apart(float(typed), float(expected)) != 0
    except ValueError:
        return False
