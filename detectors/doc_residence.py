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

from detectors.columns import column_label, row_cells
from detectors.context import DATA, DataFileError, _load, label_before

__all__ = ["is_residence"]

_REACH = 160  # characters of the number's line read before it
# Fields set apart on one line: a wide gap (not a box's "[  ]"), a tab, a bar or a semicolon.
_FIELD_GAP = regex.compile(r"[ ]{2,}(?![ _]*\])|[\t|;]")
# A sentence's end before the number's sentence (not an abbreviation's point: "card no. X").
_SENTENCE_END = regex.compile(r"[.!?][ \t]+(?=\p{Lu}\p{Ll})")
# A form's box: left unticked ("[ ]", "[  ]", "( )", "☐") or ticked ("[x]", "(X)", "☒").
_UNTICKED = r"(?:\[[ _]*\]|\([ _]*\)|[☐□])"
_BOX = regex.compile(rf"{_UNTICKED}|\[[ ]*[xXvV✓✔][ ]*\]|\([ ]*[xXvV✓✔][ ]*\)|[☒☑]")
_UNTICKED_BEFORE = regex.compile(rf"{_UNTICKED}[ \t]*$")
_BOX_AFTER = regex.compile(rf"[ \t]*({_BOX.pattern})")
# Options joined into one label: "paspoort/ID-kaart/verblijfsdocument", "ID-kaart of
# verblijfsdocument", "passport / residence permit": the label names no one kind.
_JOIN = regex.compile(r"[ \t]*(?:[/,&+]|(?:en/of|and/or|of|or|en|and)\b)[ \t]*",
                            regex.IGNORECASE)
# A residence word its clause says is not there or not needed: "verblijfsvergunning niet
# nodig", "geen werkvergunning", "verblijfsdocument: nee", "verblijfstitel n.v.t.".
_CLAUSE_END = regex.compile(r"[,;()\[\]\n]|[.!?](?!\w)|$")
_NEGATION = regex.compile(r"(?<!\w)(?:geen|niet|nee|n\.?v\.?t\.?|no|not|none|n/a)(?!\w)",
                          regex.IGNORECASE)
_NEGATED_BEFORE = regex.compile(r"(?<!\w)(?:geen|no|not|zonder|without)[ \t]+$", regex.IGNORECASE)
_ANSWER_NO = regex.compile(r"[ \t]*:[ \t]*(?:nee|no|n\.?v\.?t\.?|n/a|geen)(?!\w)",
                           regex.IGNORECASE)

def is_residence(text: str, start: int) -> bool:
    """True when the number's own field or sentence names a residence document nearer
    than a passport or ID card, or its row names one and no passport or ID card.

    >>> is_residence("Verblijfsdocument nr.: XR1001R58", 22)
    True
    >>> is_residence("He holds a residence permit (card no. XR1001R58)", 38)
    True
    >>> is_residence("  Residence doc. no.:   XR1001R58", 24)
    True
    >>> is_residence("Verblijfsvergunning: nee. Paspoort: XR1001R58", 36)
    False
    >>> is_residence("[ ] paspoort [x] ID-kaart [ ] verblijfsdocument  Nr: XR1001R58", 53)
    False
    >>> is_residence("Jan Smit | verblijfsdocument | XR1001R58", 31)
    True
    >>> is_residence("name;permit_type;permit_doc_no;BSN\\nJan Smit;kennismigrant;NLD XR1001R58;", 55)
    True
    """
    kind = _nearest_kind(_own_field(text, start))
    if kind is None:  # a table's value: its column's header names the document
        head = column_label(text, start)
        kind = None if head is None else _nearest_kind(head)
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
    fields = _FIELD_GAP.split(line)
    # a form's value set off from its label by a wide gap: "Residence doc. no.:   XA..."
    aligned = len(fields) > 1 and not fields[-1].strip() and fields[-2].rstrip().endswith(":")
    field = fields[-2] if aligned else fields[-1]
    ends = [m.end() for m in _SENTENCE_END.finditer(field)]
    return field[ends[-1]:] if ends else field


def _nearest_kind(field: str) -> str | None:
    """'residence' or 'document' for the nearest document word that decides, else None: a
    word left unticked, a residence word its clause negates ("niet nodig", ": nee") or one
    of a label's options beside a passport or ID-card word decides nothing."""
    hits = list(_words().finditer(field))
    # a form puts its boxes after its words when the last word has one after it
    boxes_after = bool(hits) and _BOX_AFTER.match(field, hits[-1].end()) is not None
    for i in range(len(hits) - 1, -1, -1):
        m = hits[i]
        if _unticked(field, m, boxes_after):
            continue
        if m.group("document"):
            return "document"
        if _negated(field, m) or _an_option(field, hits, i):
            continue
        return "residence"
    return None


def _unticked(field: str, m: regex.Match[str], boxes_after: bool) -> bool:
    if not boxes_after:
        return _UNTICKED_BEFORE.search(field, 0, m.start()) is not None
    box = _BOX_AFTER.match(field, m.end())
    return box is not None and regex.fullmatch(_UNTICKED, box.group(1)) is not None


def _negated(field: str, m: regex.Match[str]) -> bool:
    clause = field[m.end():_CLAUSE_END.search(field, m.end()).start()]
    return (_ANSWER_NO.match(field, m.end()) is not None or _NEGATION.search(clause) is not None
            or _NEGATED_BEFORE.search(field, 0, m.start()) is not None)


def _an_option(field: str, hits: list[regex.Match[str]], i: int) -> bool:
    """The residence word is one of a list of options that holds a passport or ID-card word
    ("paspoort, ID-kaart of verblijfsdocument"), each joined to the next by '/', ',', 'of'."""
    lo = i
    while lo > 0 and _joined(field, hits[lo - 1].end(), hits[lo].start()):
        lo -= 1
    hi = i
    while hi + 1 < len(hits) and _joined(field, hits[hi].end(), hits[hi + 1].start()):
        hi += 1
    return any(hits[j].group("document") for j in range(lo, hi + 1))


def _joined(field: str, a: int, b: int) -> bool:
    j = _JOIN.match(field, a)
    return j is not None and j.end() == b


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
    # (an export's header joins its words with underscores: "permit_doc_no", "passport_nr")
    return regex.compile(rf"(?<![^\W_])(?:(?P<residence>{residence})|(?P<document>{document}))"
                         rf"(?![^\W_]|-)", regex.IGNORECASE)
