"""Whether a number of the Dutch passport / ID-card shape is a residence document's.

A Dutch residence permit card (verblijfsdocument), a visa or another country's residence
title often has the Dutch document number's shape (stdnum.nl.identiteitskaartnummer); the
SPEC's NL_ID_DOCUMENT is a Dutch passport or identity card. The document word nearest before
the number in its field or sentence says which it is, else a cell of its row that names the
document. Words: data/residence.toml.
"""

from __future__ import annotations

from functools import cache

import regex

from detectors.columns import row_cells
from detectors.context import DATA, DataFileError, _load, label_before

__all__ = ["is_residence"]

_REACH = 160  # characters of the number's line read before it
# Fields set apart on one line: a wide gap, a tab, a bar or a semicolon.
_FIELD_GAP = regex.compile(r"[ ]{2,}|[\t|;]")
# A sentence's end before the number's sentence (not an abbreviation's point: "card no. X").
_SENTENCE_END = regex.compile(r"[.!?][ \t]+(?=\p{Lu}\p{Ll})")
# An option left unticked on a form: "[ ] verblijfsdocument", "( ) residence permit", "☐ ...".
_UNTICKED = regex.compile(r"(?:\[[ _]?\]|\([ _]?\)|[☐□])[ \t]*$")


def is_residence(text: str, start: int) -> bool:
    """True when the number's own field or sentence names a residence document nearer
    than a passport or ID card, or its row names one and no passport or ID card.

    >>> is_residence("Verblijfsdocument nr.: XR1001R58", 22)
    True
    >>> is_residence("He holds a residence permit (card no. XR1001R58)", 38)
    True
    >>> is_residence("Verblijfsvergunning: nee. Paspoort: XR1001R58", 36)
    False
    >>> is_residence("[ ] paspoort [x] ID-kaart [ ] verblijfsdocument  Nr: XR1001R58", 53)
    False
    >>> is_residence("Jan Smit | verblijfsdocument | XR1001R58", 31)
    True
    """
    kind = _nearest_kind(_own_field(text, start))
    if kind is not None:
        return kind == "residence"
    # (a cell with a value of its own, "Verblijfsvergunning: ja", is another field)
    cells = [_nearest_kind(c) for c in row_cells(text, start) if ":" not in c]
    return "residence" in cells and "document" not in cells


def _own_field(text: str, start: int) -> str:
    """The number's field on its line, from its sentence's start (its label on the line
    above when the number opens its line)."""
    lo = max(text.rfind("\n", 0, start) + 1, start - _REACH)
    line = text[lo:start]
    if not line.strip(" \t:.-"):
        line = label_before(text, start)
    field = _FIELD_GAP.split(line)[-1]
    ends = [m.end() for m in _SENTENCE_END.finditer(field)]
    return field[ends[-1]:] if ends else field


def _nearest_kind(field: str) -> str | None:
    """'residence' or 'document' for the nearest ticked or plain document word, else None."""
    for m in reversed(list(_words().finditer(field))):
        if not _UNTICKED.search(field, 0, m.start()):
            return "residence" if m.group("residence") else "document"
    return None


@cache
def _data() -> dict[str, list[str]]:
    data = _load("residence.toml")
    keys = ("stems", "suffixes", "words", "document_stems", "documents")
    missing = [k for k in keys if not isinstance(data.get(k), list)]
    if missing:
        raise DataFileError(f"{DATA / 'residence.toml'}: lacks list {missing}")
    return data


def _alternation(words: list[str]) -> str:
    return "|".join(map(regex.escape, sorted(words, key=len, reverse=True)))


@cache
def _words() -> regex.Pattern[str]:
    d = _data()
    # a residence word first: "vreemdelingenpaspoort" is an alien's passport, no Dutch one
    residence = (rf"(?:{_alternation(d['stems'])})[\w\-]*|[\w\-]*(?:{_alternation(d['suffixes'])})"
                 rf"|(?:{_alternation(d['words'])})")
    document = rf"(?:{_alternation(d['document_stems'])})[\w\-]*|(?:{_alternation(d['documents'])})"
    return regex.compile(rf"(?<!\w)(?:(?P<residence>{residence})|(?P<document>{document}))"
                         rf"(?![\w\-])", regex.IGNORECASE)
