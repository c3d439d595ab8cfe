"""``tutor lint --stats``: the numbers behind the balance and quiz rules, per pack.

Per motion and side: arguments, cards, sources quoted and the top source's share.
Per pack: where choice keys sit, how often the key is the longest option, and how
many questions each article backs. A question's article is the source of its
evidence cards (every question cites one, see the ``explained`` rule), so no
separate tag is needed: a question quoting two articles counts for both.
"""

from __future__ import annotations

from collections import Counter

from tutor.authoring.lint_balance import side_tallies
from tutor.authoring.lint_options import choice_questions, longest_rate
from tutor.packs.models import Pack


def questions_per_article(pack: Pack) -> dict[str, int]:
    """Source id -> questions citing it, for every source of the pack (0 if none)."""
    counts = Counter(s for q in pack.questions for s in {card.source for card in q.evidence})
    return {source.id: counts[source.id] for source in pack.sources}


def key_positions(pack: Pack) -> dict[int, int]:
    """Position (from 1) of the key in the file -> choice questions with it there."""
    return dict(sorted(Counter(q.answer + 1 for _, q in choice_questions(pack)).items()))


def render_stats(pack: Pack) -> str:
    """The stats of one pack as plain text lines."""
    lines = [f"{pack.metadata.id}: {len(pack.questions)} questions"]
    for t in side_tallies(pack):
        source, share = t.top
        lines.append(
            f"  {pack.motions[t.motion].id} {t.label}: {t.arguments} arguments, {t.cards} cards, "
            f"{len(t.sources)} sources, top {source or '-'} {share:.0%}"
        )
    longest, total = longest_rate(pack)
    rate = f"{longest / total:.0%}" if total else "-"
    positions = ", ".join(f"{k}: {v}" for k, v in key_positions(pack).items()) or "-"
    lines.append(f"  key positions (in the file): {positions}")
    lines.append(f"  key is the longest option: {longest} of {total} ({rate})")
    lines.append("  questions per article:")
    lines += [f"    {sid}: {n}" for sid, n in questions_per_article(pack).items()]
    return "\n".join(lines) + "\n"
