"""One reading of an answer: everything the judge needs to know once, before any point.

Built once per answer: the word index, the sentences (questions, hedges), the words
that concede the opponent's claim, the words that restate it as the learner's own, the
words typed back from what the tutor showed. ``stance_at`` then says what a stretch of
the answer does with the point it matched, and why; stance gates everything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from tutor.grading.concession import CONTRASTS, conceded
from tutor.grading.cue_index import AnswerIndex
from tutor.grading.cue_match import matches
from tutor.grading.echo import echoed
from tutor.grading.negation import NEGATING
from tutor.grading.normalize import ARTICLES, SMALL_WORDS, Token, tokenize, word_set
from tutor.grading.result import Stance
from tutor.grading.sentences import Sentence, sentence_of, split
from tutor.grading.stems import stem
from tutor.grading.substance import has_clause, thin

REPORTING = word_set("say says said claim claims claimed argue argues argued think thinks")
"""Words that report the opponent's claim rather than make it ("they say ...")."""
OTHER_SIDE_SHARE = 0.5
"""Share of the opponent's claim's words a clause must restate to argue their side."""
OTHER_SIDE_MIN = 3
OWN_WORDS = 2
"""Content words of their own a sentence with several cues needs to be more than a list."""
LIGHT = SMALL_WORDS | ARTICLES | word_set("it its this that they he she we you i so also")


@lru_cache(maxsize=1_024)
def content_stems(text: str) -> frozenset[str]:
    """The distinct content stems of a text (small words and negators left out)."""
    return frozenset(stem(t.text) for t in tokenize(text) if t.text not in LIGHT | NEGATING)


@dataclass(frozen=True)
class Reading:
    """An answer read once: its words, sentences and what each stretch does."""

    text: str
    tokens: list[Token]
    index: AnswerIndex
    sentences: list[Sentence]
    owner: list[int]
    conceded: frozenset[int]
    other_side: frozenset[int]
    echoed: frozenset[int]

    @classmethod
    def of(cls, text: str, shown: Sequence[str] = (), opposing: str = "") -> Reading:
        tokens = tokenize(text)
        index = AnswerIndex(text, tokens)
        sentences = split(text, tokens)
        side = _restated(index, sentences, content_stems(opposing)) if opposing else frozenset()
        return cls(text, tokens, index, sentences, sentence_of(sentences, len(tokens)),
                   conceded(text, tokens, sentences), side, echoed(tokens, shown))  # fmt: skip

    def bare(self, stretches: list[tuple[int, int, int]]) -> frozenset[int]:
        """Sentences that are cue words and little else ("unsigned, typo, caught in the middle").

        ``stretches`` are (lo, hi, key point) of every cue found. A sentence with no sure
        verb outside its cues, holding cues of two or more key points and fewer than
        ``OWN_WORDS`` content words besides the cues' first and last words, names points
        without making any.
        """
        cued: dict[int, set[int]] = {}
        inside: dict[int, set[int]] = {}
        spans: dict[int, set[int]] = {}
        for lo, hi, point in stretches:
            cued.setdefault(self.owner[lo], set()).update((lo, hi))
            inside.setdefault(self.owner[lo], set()).update(range(lo, hi + 1))
            spans.setdefault(self.owner[lo], set()).add(point)
        out = set()
        for n, where in cued.items():
            s = self.sentences[n]
            own = [
                i
                for i in range(s.lo, s.hi + 1)
                if i not in where and self.tokens[i].text not in LIGHT
            ]
            words = [self.tokens[i].text for i in range(s.lo, s.hi + 1) if i not in inside[n]]
            if len(spans[n]) >= 2 and len(own) < OWN_WORDS and not has_clause(words):
                out.add(n)
        return frozenset(out)

    def stance_at(
        self, lo: int, hi: int, negated: bool, bare: frozenset[int] = frozenset()
    ) -> tuple[Stance, str]:
        """What tokens ``lo..hi`` do with their point, and the reason ("asserted", "echo", ...).

        ``bare`` holds the sentences found to be cue words and little else (``bare``).
        """
        sentence = self.sentences[self.owner[lo]]
        content = [i for i in range(lo, hi + 1) if self.tokens[i].text not in LIGHT]
        if content and all(i in self.echoed for i in content):
            return Stance.ABSENT, "echo"
        if lo in self.conceded or hi in self.conceded:
            return Stance.CONCEDED, "conceded"
        if lo in self.other_side:
            return Stance.CONCEDED, "other-side"
        if sentence.question:
            return Stance.ABSENT, "question"
        if sentence.hedged:
            return Stance.ABSENT, "hedge"
        if negated:
            return Stance.DENIED, "denied"
        if self.owner[lo] in bare or thin(self.text, self.tokens, sentence.lo, sentence.hi):
            return Stance.ABSENT, "thin"
        return Stance.ASSERTED, "asserted"

    def affirming(self, denied: Sequence[str]) -> frozenset[int]:
        """Clauses that affirm, as the learner's own, a topic some point denies.

        A point whose cue says "not want talks" is against "want talks": a clause saying
        "Kim does want talks" argues the other side, and no cue inside it earns a point.
        A clause with any negator before the topic ("fighting in Europe, not waiting at
        the border") is left alone.
        """
        out: set[int] = set()
        for topic in denied:
            for lo, hi, negated in matches(self.index, self.owner, topic, 1.0):
                s = self.sentences[self.owner[lo]]
                a, b = next((a, b) for a, b in _clauses(self.tokens, s) if a <= lo <= b)
                said = {self.tokens[i].text for i in range(a, hi + 1)}
                if not negated and not said & NEGATING and self._asserts(lo, hi):
                    out.update(range(a, b + 1))
        return frozenset(out)

    def _asserts(self, lo: int, hi: int) -> bool:
        return self.stance_at(lo, hi, False)[0] is Stance.ASSERTED

    def words(self, lo: int, hi: int) -> str:
        return self.text[self.tokens[lo].start : self.tokens[hi].end]


def _restated(
    index: AnswerIndex, sentences: list[Sentence], claim: frozenset[str]
) -> frozenset[int]:
    """Clauses that make the opponent's claim as the learner's own (not negated or reported)."""
    if len(claim) < OTHER_SIDE_MIN:
        return frozenset()
    out: set[int] = set()
    for s in sentences:
        for lo, hi in _clauses(index.tokens, s):
            words = {index.tokens[i].text for i in range(lo, hi + 1)}
            if words & (NEGATING | REPORTING):
                continue
            shared = claim & {index.stems[i] for i in range(lo, hi + 1)}
            if len(shared) >= OTHER_SIDE_MIN and len(shared) >= OTHER_SIDE_SHARE * len(claim):
                out.update(range(lo, hi + 1))
    return frozenset(out)


def _clauses(tokens: list[Token], s: Sentence) -> list[tuple[int, int]]:
    """A sentence cut at its contrast words ("X, but Y" is two clauses)."""
    cuts = [i for i in range(s.lo + 1, s.hi + 1) if tokens[i].text in CONTRASTS]
    starts = [s.lo, *cuts]
    ends = [c - 1 for c in cuts] + [s.hi]
    return list(zip(starts, ends, strict=True))
