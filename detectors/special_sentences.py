"""The sentence around a special-category term: where it ends, and the bounds of the one
that holds a span. special_rules, special_link, special_roles and the readings after them
each ask for a term's sentence; it is sought once a span and chunk.

A period after an initial or a title ("J. de Vries", "Dhr. Vos", "i.v.m. het Suikerfeest")
ends no sentence: the statement after it is about the person it names. A sentence also ends
before a list item ("Notitie\\n- Geeft aan ..."); a plain line end is mostly a wrapped
sentence going on.
"""

from __future__ import annotations

import re
from functools import lru_cache

# (The period is matched before the lookbehinds read back past it: re then skips to the next
# mark in C instead of trying four lookbehinds at every character, ~7x faster; the same
# matches.)
SENTENCE_END = re.compile(r"(?:[!?;\n]|\.(?<!\b\w\.)(?<!\b(?:mw|mr|dr|ir|ms|st|ca|nr|bv)\.)"
                          r"(?<!\b(?:dhr|drs|ing|mrs)\.)(?<!\b(?:mevr|bijv|prof|kand)\.))\s",
                          re.IGNORECASE)
# (stop 73) a numbered heading of minutes or a report on a line of its own ("1. Opening en
# mededelingen", "3) Verzuim Q1"): no words of the sentence under it
NUMBERED_HEADING = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+[^\W\d_][^\n.:;,!?]{0,50}(?=\n|\Z)")
ENDS = re.compile(SENTENCE_END.pattern + r"|\n(?=[ \t]*[-–•*]\s|[ \t]*\d{1,2}[.)][ \t]+[^\W\d_])",
                  re.IGNORECASE)
REACH = 300  # characters searched for a sentence's ends: a sentence is rarely longer


def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding text[start:end] (a line ends one too).

    >>> t = "Dhr. Vos belde. Hij heeft griep."
    >>> sentence(t, t.index("griep"), t.index("griep") + 5)
    (16, 32)
    """
    # each reading of a term (link, roles, absence, owner) asks for its sentence: sought once
    known = _sentences(text)
    bounds = known.get((start, end))
    if bounds is None:
        bounds = known[start, end] = _sentence(text, start, end)
    return bounds


@lru_cache(maxsize=4)  # the chunk being analysed (as base.has_digit)
def _sentences(text: str) -> dict[tuple[int, int], tuple[int, int]]:
    """The sentences sought in ``text`` so far, by the span they were sought for."""
    return {}


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    ends = [m.end() for m in ENDS.finditer(text, max(0, start - REACH), start)]
    after = ENDS.search(text, end, min(len(text), end + REACH))
    lo = ends[-1] if ends else max(0, start - REACH)
    heading = NUMBERED_HEADING.match(text, lo)
    if heading is not None and heading.end() < start:
        lo = heading.end() + 1  # the line under "3. Cao en medezeggenschap"
    return lo, after.start() if after else min(len(text), end + REACH)
