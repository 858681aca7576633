"""The numbered fields of a driving licence's front, as a scan or a retyped copy gives them.

An EU driving licence (Directive 2006/126/EC, Annex I) prints no labels, only field numbers:
1. surname, 2. first names, 3. date and place of birth, 4a. issue date, 4b. expiry date,
4c. issuing authority, 4d. a personal number (the BSN on a Dutch card), 5. the licence
number, 9. the categories. https://eur-lex.europa.eu/eli/dir/2006/126/oj
On a text that is a licence (a licence word, and two of its other field numbers, the issue
or expiry date's among them), a value
right after "3.", "4d." or "5." has that field's name as its label.
"""

from __future__ import annotations

import re
from functools import lru_cache

# the field number right before a value (the end of the label text before it)
_FIELD = re.compile(r"(?:^|(?<=\s))(3|4d|5)\.[ \t]*$", re.IGNORECASE | re.MULTILINE)
NAMES = {"3": "geboortedatum", "4d": "burgerservicenummer", "5": "rijbewijsnummer"}
# a field's number and the digit its value opens with (searched in a licence's text only)
_VALUE_FIELD = re.compile(r"(?:^|(?<=\s))(?:3|4d|5)\.[ \t]*\d", re.IGNORECASE | re.MULTILINE)
_LICENCE = re.compile(r"rijbewijs|driv(?:ing|er'?s)[ ]licen[cs]e|permis de conduire|"
                      r"f(?:ü|ue)hrerschein|prawo jazdy|permiso de conducci", re.IGNORECASE)
_OTHER_FIELDS = re.compile(r"(?:^|(?<=\s))(1|2|4a|4b|4c|9)\.[ \t]+\S", re.IGNORECASE | re.MULTILINE)
_DATED = re.compile(r"4[abAB]\.")


@lru_cache(maxsize=1)  # asked per candidate number of one text
def is_licence(text: str) -> bool:
    """A licence word and two other field numbers of its front, 4a. (issued) or 4b.
    (expires) among them: found once per text.

    >>> is_licence("RIJBEWIJS\\n1. BAKKER\\n2. JAN\\n3. 01.02.80\\n4a. 01.02.2019")
    True
    >>> is_licence("Rijbewijs B. Punten: 1. klantcontact 3. planning")
    False
    """
    dated = "4" in text and _DATED.search(text) is not None  # every card has its dates
    fields = {m.group(1).lower() for m in _OTHER_FIELDS.finditer(text)} if dated and (
        _LICENCE.search(text)) else set()
    return len(fields) >= 2 and bool(fields & {"4a", "4b"})


def field_label(text: str, start: int) -> str | None:
    """The name of the licence field whose number stands right before ``start`` ("5. "),
    when ``text`` is a licence; else None.

    >>> text = "Rijbewijs\\n1. A 4a. 01.02.2019 4b. 01.02.2029 5. 5012345678"
    >>> field_label(text, text.index("50")), field_label(text, text.index("01."))
    ('rijbewijsnummer', None)
    """
    if not is_licence(text):  # (once per text; most are none)
        return None
    m = _FIELD.search(text, max(0, start - 12), start)
    if m is None:
        return None
    return NAMES[m.group(1).lower()]


def field_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines that hold a value after "3.", "4d." or "5." in a licence."""
    if "." not in text or not is_licence(text):
        return []
    out = []
    for m in _VALUE_FIELD.finditer(text):
        lo = text.rfind("\n", 0, m.start()) + 1
        hi = text.find("\n", m.end())
        out.append((lo, len(text) if hi < 0 else hi))
    return out
