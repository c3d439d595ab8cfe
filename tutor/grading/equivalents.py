"""Different words a fair teacher reads as the same: "Dave" for "David", "BC" for "BCE".

Typo tolerance cannot bridge these ("Dave" is two edits from "David", "authority" three
from "authorities"), and widening it would let "Cha" pass for "Chan". So the grader
keeps short closed lists and exact rules instead: common short forms of English given
names, spelling variants of era and name suffixes, the singular or plural of a common
noun (a word the reference writes in lower case, never a name: "Adams" is not "Adam"),
and initials standing for every given name ("B. R. Ambedkar").
"""

from __future__ import annotations

import re
from functools import lru_cache

from tutor.grading.normalize import word_set

_SHORT_FORMS = word_set("""
david:dave,davy james:jim,jimmy,jamie john:johnny,jon william:bill,billy,will,willie
robert:bob,bobby,rob,robbie,bert michael:mike,mikey thomas:tom,tommy daniel:dan,danny
nicholas:nick,nicky christopher:chris anthony:tony joseph:joe,joey edward:ed,eddie,ted,ned
steven:steve stephen:steve alexander:alex benjamin:ben samuel:sam matthew:matt
andrew:andy,drew peter:pete richard:dick,rick,ricky,rich frederick:fred,freddie
charles:charlie,chuck katherine:kate,katie,kathy catherine:kate,katie,cathy
elizabeth:liz,lizzie,beth,betty,eliza margaret:maggie,meg,peggy lawrence:larry
gerald:jerry,gerry gregory:greg ronald:ron,ronnie donald:don,donnie timothy:tim
kenneth:ken,kenny patrick:pat,paddy abraham:abe albert:al,bert alfred:alf,alfie
theodore:ted,teddy,theo jennifer:jenny,jen susan:sue,susie deborah:debbie,deb
victoria:vicky,tori rebecca:becky philip:phil leonard:leo,len raymond:ray
gabriel:gabe zachary:zach,zack nathaniel:nate,nat jonathan:jon,jonny douglas:doug
""")
SHORT_FORMS: dict[str, frozenset[str]] = {}
for _entry in _SHORT_FORMS:
    _full, _shorts = _entry.split(":")
    for _short in _shorts.split(","):
        SHORT_FORMS[_short] = SHORT_FORMS.get(_short, frozenset()) | {_full}
SPELLINGS = {"bc": "bce", "ad": "ce", "jnr": "jr", "junior": "jr", "snr": "sr", "senior": "sr"}
"""Spellings of the same era or name suffix, mapped to one form."""
_DOTTED_RE = re.compile(r"\b[A-Z]\.\s?[A-Z]\.")
_BRITISH = tuple((re.compile(a), b) for a, b in (
    (r"our(s?)$", r"or\1"), (r"tre(s?)$", r"ter\1"), (r"is(e|es|ed|ing|ation)$", r"iz\1"),
    (r"ys(e|es|ed|ing)$", r"yz\1"), (r"ence$", "ense"), (r"ogue(s?)$", r"og\1"),
    (r"gement$", "gment"), (r"eable$", "able"), (r"tise$", "tice"), (r"dant$", "dent"),
    (r"ae", "e"), (r"oe", "e"), (r"ll(ed|ing|er)$", r"l\1"),
))  # fmt: skip
"""British spellings rewritten to American ones ("theatre" -> "theater")."""
MIN_STEM = 4
"""A plural is forgiven only on a word this long ("cats" must still be typed as is)."""


def same_name(typed: str, expected: str) -> bool:
    """ "Dave" ~ "David", "Jnr" ~ "Jr", "BC" ~ "BCE", "09" ~ "9": one word, two forms."""
    if _canonical(typed) == _canonical(expected):
        return True
    return expected in SHORT_FORMS.get(typed, ()) or typed in SHORT_FORMS.get(expected, ())


def _canonical(word: str) -> str:
    """One spelling for eras, name suffixes and zero-padded numbers ("09" -> "9")."""
    if len(word) == 2 and word[0] == "0" and word[1].isdigit():
        return word[1]
    return SPELLINGS.get(word, word)


@lru_cache(maxsize=16_384)
def same_spelling(typed: str, expected: str) -> bool:
    """British and American spellings of one word: "theatre" ~ "theater", "colour" ~ "color"."""
    return _american(typed) == _american(expected)


def _american(word: str) -> str:
    for pattern, repl in _BRITISH:
        word = pattern.sub(repl, word)
    return word


@lru_cache(maxsize=16_384)
def same_noun(typed: str, expected: str) -> bool:
    """Singular and plural of one noun: "authority" ~ "authorities", "church" ~ "churches"."""
    short, long = sorted((typed, expected), key=len)
    if len(short) < MIN_STEM or not long.startswith(short[:-1]):
        return False
    return long in (short + "s", short + "es") or (
        short.endswith("y") and long == short[:-1] + "ies"
    )


def initials_for(short: tuple[str, ...], full: tuple[str, ...], raw: str) -> bool:
    """ "B. R. Ambedkar" for "Bhimrao Ramji Ambedkar": every given name as its initial.

    The surname must be the same, and every given name must be there: "G. Bush" is not
    "George W. Bush".
    """
    if len(full) < 2 or len(short) < 2 or short[-1] != full[-1] or len(full[-1]) < 2:
        return False
    given = short[:-1]
    if not all(len(w) == 1 for w in given) and not _DOTTED_RE.search(raw):
        return False
    return "".join(given) == "".join(w[0] for w in full[:-1] if not w[:1].isdigit())
