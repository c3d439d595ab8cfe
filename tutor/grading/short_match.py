"""Matching a typed short answer against one expected text, word by word.

Overall string similarity cannot tell "North Korea" from a typo of "South Korea",
so words are aligned one by one with a tolerance set by each word's length, and
any word that carries a distinguishing fact must match exactly.
"""

from __future__ import annotations

from tutor.grading import comparison as cmp
from tutor.grading.alignment import (
    WINDOW_SLACK,
    Alignment,
    common_words,
    compact,
    name_words,
    strict_words,
)
from tutor.grading.comparison import Comparison
from tutor.grading.equivalents import same_noun
from tutor.grading.lexicon import (
    DIRECTIONS,
    NEGATORS,
    OFFICES,
    QUALIFIERS,
    is_distinguishing,
    kind_of,
)
from tutor.grading.normalize import SMALL_WORDS, clauses, words
from tutor.grading.numbers import power_of_ten_apart
from tutor.grading.same_words import content, same_words
from tutor.grading.tolerance import near_miss


def compare_text(answer: str, reference: str) -> Comparison:
    """Judge ``answer`` against one expected ``reference`` text."""
    typed, expected = words(answer), words(reference)
    if not typed:
        return cmp.wrong(0.0, "empty answer", "There is no answer to grade.", reference)
    if not expected:
        return cmp.wrong(0.0, "empty expected answer", "", reference)
    same = same_words(typed, expected, reference, answer)
    if same is not None:
        return same
    alignment = compact(
        content(typed),
        content(expected),
        strict_words(reference),
        common_words(reference),
        name_words(reference),
    )
    return judge(alignment, reference, answer)


def content_clauses(answer: str) -> tuple[int, ...]:
    """The clause numbers of the words :func:`content` keeps from ``answer``."""
    ws, ids = words(answer), clauses(answer)
    if all(w in SMALL_WORDS for w in ws):
        return ids
    return tuple(c for w, c in zip(ws, ids, strict=True) if w not in SMALL_WORDS)


def judge(al: Alignment, reference: str, answer: str = "") -> Comparison:
    """Turn an alignment into a verdict, naming the rule that decided."""
    if not al.missing:
        return _all_found(al, reference, answer)
    if not al.pairs and len(al.missing) == 1 and len(al.extra) == 1:
        return _judge_substitution(al.missing[0], al.extra[0], 0.0, reference)
    if not al.pairs:
        return cmp.wrong(
            0.0, f"no word of {reference!r} found", "That is not the answer.", reference
        )
    return _some_missing(al, reference)


def _all_found(al: Alignment, reference: str, answer: str) -> Comparison:
    fuzzy = [(w, al.typed[j]) for w, j, s in al.pairs if s < 1.0]
    mean = sum(s for _, _, s in al.pairs) / len(al.pairs)
    if not al.extra:
        rule = _typo_rule(fuzzy) or f"same words as {reference!r}"
        return cmp.correct(0.8 + 0.2 * mean, rule, reference)
    return _contained(al, reference, mean, fuzzy, answer)


def _typo_rule(fuzzy: list[tuple[str, str]]) -> str:
    kinds = ("singular/plural" if same_noun(t, w) else "spelling" for w, t in fuzzy)
    return "; ".join(f"{k} forgiven: {t!r} ~ {w!r}" for k, (w, t) in zip(kinds, fuzzy, strict=True))


def _contained(
    al: Alignment,
    ref: str,
    mean: float,
    fuzzy: list[tuple[str, str]],
    answer: str,
) -> Comparison:
    positions = sorted(j for _, j, _ in al.pairs)
    lo, hi = positions[0], positions[-1]
    if hi - lo + 1 > len(positions) + WINDOW_SLACK:
        return cmp.wrong(0.3, f"the words of {ref!r} are scattered", "That is not the answer.", ref)
    used = {j for _, j, _ in al.pairs}
    near = [j for j in range(max(0, lo - 3), min(len(al.typed), hi + 2)) if j not in used]
    suspect = [j for j in near if _changes_meaning(al.typed[j], j - lo, j - hi)]
    ids = content_clauses(answer) if suspect and answer else ()
    bad = [al.typed[j] for j in suspect if not _other_clause(al.typed[j], j, lo, hi, ids)]
    if bad:
        rule = f"{kind_of(bad[0])} word {bad[0]!r} next to {ref!r} changes the answer"
        return cmp.wrong(0.3, rule, f"{bad[0]!r} changes the meaning of the answer.", ref)
    rule = f"answer contains {ref!r}" + (f"; {_typo_rule(fuzzy)}" if fuzzy else "")
    return cmp.correct(0.75 + 0.2 * mean, rule, ref, contained=True)


def _other_clause(word: str, j: int, lo: int, hi: int, clause_ids: tuple[int, ...]) -> bool:
    """A word past punctuation does not modify the answer: "Bill Russell (11 rings)".

    After the answer any word counts as extra information; before it, only a number
    does (a list marker "4. Ronnie Wood"), so "North, South Korea" still fails.
    """
    if len(clause_ids) <= max(j, hi):
        return False
    if j > hi:
        return clause_ids[j] != clause_ids[hi] and not word[:1].isdigit()
    return word[:1].isdigit() and clause_ids[j] != clause_ids[lo]


def _changes_meaning(word: str, from_start: int, from_end: int) -> bool:
    """Whether an extra word this close to the matched stretch changes the fact.

    A qualifier or direction modifies the word right after it: "the first Chief Minister
    of West Bengal" does not qualify a name two words on.
    """
    if word in NEGATORS:
        return from_start >= -3
    if word[:1].isdigit():
        is_year = word.isdigit() and 1000 <= int(word) <= 2100
        return not is_year and (from_start == -1 or from_end == 1)
    if from_start < -1 and word in QUALIFIERS | DIRECTIONS:
        return False
    return is_distinguishing(word) and from_start >= -2


def _some_missing(al: Alignment, ref: str) -> Comparison:
    found = len(al.pairs) / (len(al.pairs) + len(al.missing))
    found_names = [w for w, _, _ in al.pairs if w not in OFFICES]
    if found_names and all(w in OFFICES for w in al.missing):
        if any(w in OFFICES for w in al.extra):
            return cmp.close(0.5, "office differs", "Right person, wrong office.", ref)
        if not _typed_inside(al):
            return cmp.correct(0.85, f"title omitted: {' '.join(al.missing)!r}", ref)
    swap = _substitution(al)
    if swap is not None:
        return _judge_substitution(swap[0], swap[1], found, ref)
    if not al.extra:
        rule = f"partial: {' '.join(al.missing)!r} missing"
        return cmp.close(0.2 + 0.4 * found, rule, "Right direction; be more specific.", ref)
    rule = f"{' '.join(al.missing)!r} missing, {' '.join(al.extra)!r} instead"
    return cmp.wrong(0.3 * found, rule, "That is not the answer.", ref)


def _typed_inside(al: Alignment) -> bool:
    """A word typed among the matched ones stands in for the missing one: "Mutual
    *Security* Treaty" has not merely omitted "Defense"."""
    used = sorted(j for _, j, _ in al.pairs)
    inside = (al.typed[j] for j in range(used[0], used[-1] + 1) if j not in used)
    return any(len(w) > 1 for w in inside)  # an initial ("Gerald R. Ford") stands for no office


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
