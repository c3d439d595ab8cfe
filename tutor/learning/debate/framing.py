"""Framing: what the tutor says before the round, and the phase openings.

The resolution, the two sides with their labels (and which one the learner
argues), three to five key terms from the glossary and the sources with how far
to trust each. Then one short opening per phase, so every change of phase says
what comes next.
"""

from __future__ import annotations

from tutor.learning.cards import find_source
from tutor.learning.debate.phases import Phase
from tutor.packs import models as m
from tutor.text import clean

MIN_TERMS, MAX_TERMS = 3, 5


def side_label(motion: m.Motion, side: str) -> str:
    return clean((motion.aff if side == "aff" else motion.neg).label)


def other(side: str) -> str:
    return "neg" if side == "aff" else "aff"


def key_terms(pack: m.Pack, motion: m.Motion) -> list[m.GlossaryEntry]:
    """The motion's key terms, topped up from glossary terms its arguments use."""
    by_id = {g.id: g for g in pack.glossary}
    terms = [by_id[t] for t in motion.key_terms if t in by_id][:MAX_TERMS]
    if len(terms) < MIN_TERMS:
        text = " ".join(f"{a.claim} {a.warrant} {a.impact}" for a in motion.arguments).lower()
        used = [g for g in pack.glossary if g not in terms and g.term.lower() in text]
        rest = [g for g in pack.glossary if g not in terms and g not in used]
        terms += (used + rest)[: MIN_TERMS - len(terms)]
    return terms


def motion_sources(pack: m.Pack, motion: m.Motion) -> list[m.Source]:
    """The sources the motion's cards quote, in the pack's order (all if none)."""
    cited = {card.source for a in motion.arguments for card in a.evidence}
    return [s for s in pack.sources if s.id in cited] or list(pack.sources)


def framing_lines(pack: m.Pack, motion: m.Motion, side: str) -> list[str]:
    """The framing, one paragraph per string."""
    sides = (
        f"The sides:\n  Affirmative ({clean(motion.aff.label)}): {clean(motion.aff.summary)}\n"
        f"  Negative ({clean(motion.neg.label)}): {clean(motion.neg.summary)}\n"
        f"You argue {side_label(motion, side)} "
        f"({'affirmative' if side == 'aff' else 'negative'}); I take the other side."
    )
    terms = "\n".join(f"  {clean(g.term)}: {clean(g.definition)}" for g in key_terms(pack, motion))
    sources = "\n".join(
        f"  {clean(s.title)} ({clean(s.outlet)}, {s.kind}, {s.date}): {clean(s.reliability)}"
        for s in motion_sources(pack, motion)
    )
    lines = [f"The motion: {clean(motion.resolution)}", sides]
    if terms:
        lines.append(f"Key terms:\n{terms}")
    lines.append(f"Sources, and how far to trust each:\n{sources}")
    return lines


def phase_opening(phase: Phase, motion: m.Motion, side: str) -> str:
    """What the tutor says as a phase starts."""
    mine, theirs = side_label(motion, side), side_label(motion, other(side))
    return {
        Phase.FRAMING: "Let's frame the debate.",
        Phase.CONSTRUCTIVE: f"Build your case for {mine}, argument by argument: complete "
        "each claim and give its warrant, then pick the strongest evidence.",
        Phase.CROSS_EX: f"Cross-examination: I speak for {theirs} now and ask you about the facts.",
        Phase.REBUTTAL: f"Rebuttal: I read {theirs}'s arguments, one by one. Answer each; "
        "an argument left unanswered is dropped.",
        Phase.WEIGHING: "Weighing: which impact matters most in this round, and why?",
        Phase.DEBRIEF: "Debrief: how the round went.",
    }[phase]


def source_kind(pack: m.Pack, source_id: str) -> str:
    source = find_source(pack, source_id)
    return f"{clean(source.outlet)}, {source.kind}" if source else "unknown source"
