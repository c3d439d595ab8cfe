"""Words that carry a fact even when they are short or the rest of the answer matches.

"North Korea" and "South Korea" differ by one word; "President Moon" and "Prime
Minister Moon" by an office. These lists let the grader spot such words and say why.
"""

from __future__ import annotations

from tutor.grading.normalize import word_set

DIRECTIONS = word_set(
    """
    north south east west northern southern eastern western northeast northwest
    southeast southwest northeastern northwestern southeastern southwestern upper
    lower central left right inner outer
    """
)
NEGATORS = word_set(
    """
    not no never neither nor cannot without none nobody nothing hardly isnt arent
    wasnt werent dont doesnt didnt wont wouldnt cant couldnt shouldnt hasnt havent
    hadnt mustnt neednt aint
    """
)
QUALIFIERS = word_set(
    """
    former vice deputy acting ex anti pro non pre post junior senior jr sr ii iii iv
    first second third fourth fifth sixth seventh eighth ninth tenth last new old
    half
    """
)
OFFICES = word_set(
    """
    president prime minister secretary general admiral chairman chair senator
    ambassador king queen emperor governor commander chancellor premier leader
    supreme speaker mayor chief director representative congressman congresswoman
    foreign defense defence state envoy minister
    """
)
UNITS = word_set(
    """
    brigade battalion division regiment company platoon squad corps squadron wing
    fleet army navy marines battery troop group command
    """
)
HEDGES = frozenset({"or", "either", "maybe"})


def is_distinguishing(word: str) -> bool:
    """True for words that change the fact: numbers, directions, negators, qualifiers."""
    return (
        word[:1].isdigit()
        or len(word) == 1
        or word in DIRECTIONS
        or word in NEGATORS
        or word in QUALIFIERS
    )


def kind_of(word: str) -> str:
    """A short label for traces and feedback ("number", "direction", "name" ...)."""
    if word[:1].isdigit():
        return "number"
    if word in DIRECTIONS:
        return "direction"
    if word in NEGATORS:
        return "negation"
    if word in OFFICES:
        return "office"
    if word in UNITS:
        return "unit"
    return "qualifier" if word in QUALIFIERS else "word"
