"""DATE_OF_BIRTH in a gapped clause: a second person's birth date that shares the first's verb.

A note that gives two people's birth dates writes the verb once: "Mevr. Jansen is geboren op
14-02-1987, dhr. Jansen op 02-03-1984", "she was born on 3 May 1990 and her husband on 4 June
1988". The second clause keeps the subject and the preposition and drops the verb (gapping,
ANS 26.4.4; Quirk 13.92): its date is a birth date as the first one is. Read only in the first
date's sentence, after a comma, a semicolon or "en"/"and", with the second subject between
(one to five words: names, a relation, a form of address, an article or a possessive; any
other word, a verb above all, makes it a clause of its own: "en start op 4 juni") and the
birth label's own preposition right before the date.
"""

from __future__ import annotations

import regex

from detectors.person_names import honorifics, person_words
from detectors.person_shape import PARTICLES

# the birth label's preposition right before the first date: "geboren op", "born on", "geb. op:"
_PREPOSITION = regex.compile(r"(?<!\w)(op|on|in):?[ \t]+$", regex.IGNORECASE)
# after the first date: a coordinator, one to five words (the next subject), the preposition
_GAP = regex.compile(r"[ \t]*(?:[,;]|[,]?[ \t]+(?:en|and))[ \t]+((?:[^\s!?;,]+[ \t]+){1,5}?)"
                     r"(op|on|in)[ \t]+$", regex.IGNORECASE)
# the small words a second subject may hold besides names, relations, forms of address
# (person_names.honorifics) and particles (person_shape.PARTICLES): articles and possessives
_DETERMINERS = frozenset({"de", "het", "haar", "zijn", "hun", "mijn", "diens", "the", "her",
                          "his", "their", "my"})
_REACH = 60  # characters from the first date's end to the second date


def gapped(text: str, births: list[tuple[int, int]],
           dates: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The (start, end) of each date in ``dates`` that follows a birth date in ``births``
    (one its birth label decided: "geboren op 14-02-1987") across a gapped clause with the
    same preposition before it."""
    found: set[tuple[int, int]] = set()
    for start, end in births:
        own = _PREPOSITION.search(text, max(0, start - 8), start)
        if own is None:
            continue
        for s, e in dates:
            if not end < s <= end + _REACH:
                continue
            gap = _GAP.fullmatch(text, end, s)
            if (gap is not None and gap.group(2).lower() == own.group(1).lower()
                    and _a_subject(gap.group(1).split())):
                found.add((s, e))
    return found


def _a_subject(words: list[str]) -> bool:
    """A second subject: a person (a capitalised word or a relation) and nothing but the
    words that go with one."""
    relations = person_words()["relations"]
    person = any(w[:1].isupper() or w.lower() in relations for w in words)
    return person and all(w[:1].isupper() or w.lower() in relations
                          or w.lower() in _DETERMINERS or w.lower() in honorifics()
                          or w.lower() in PARTICLES for w in words)
