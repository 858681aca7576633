"""PERSON: the holder's name on a copy of a driving licence's front, in its numbered fields.

The EU driving licence (Directive 2006/126/EC, annex I) numbers the fields of its front: 1.
surname, 2. given names, 3. date and place of birth, 4a-4c. issue, expiry, authority, 5.
the licence number. A scan's text layer or a typed copy keeps the numbers ("1. TER WIJK⏎2.
HENDRIK⏎3. 10.10.1972 ZWOLLE", or on one line set apart by spaces). Fields 1 and 2 are the
holder's name where a licence word stands in the lines before and field 3 follows with a date.
https://eur-lex.europa.eu/eli/dir/2006/126/oj
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from detectors.context import Evidence, scores

# a licence word in the text before the fields
_LICENCE = regex.compile(r"(?<!\w)(?i:rijbewijs|driving[ ]licen[cs]e|driver'?s[ ]licen[cs]e|"
                         r"permis[ ]de[ ]conduire|f[üu]hrerschein|prawo[ ]jazdy)(?!\w)")
_REACH = 400  # characters before field 1 a licence word is looked for
# field 1, field 2 and field 3's date, each on its own line or set apart by two spaces; found
# from field 1's "1." (a pattern opening on a line's start is tried at every character), its
# place (a line's start or two spaces) checked after
_NAME = r"\p{L}[\p{L}'’\-]*(?:[ ]\p{L}[\p{L}'’\-]*){0,3}"
_FIELDS = regex.compile(
    rf"1\.[ \t]*({_NAME})[ \t]*(?:\n|[ ]{{2,}})"
    rf"[ \t]*2\.[ \t]*({_NAME})[ \t]*(?:\n|[ ]{{2,}})[ \t]*3\.[ \t]*\d{{1,2}}[.\-/]\d{{1,2}}[.\-/]\d{{2,4}}")
_OPENS = regex.compile(r"(?:^|\n|[ ]{2})[ \t]*$")


def names(text: str) -> Iterator[tuple[int, int, Evidence]]:
    """(start, end, evidence) of the surname and the given names of each licence copy."""
    if "1." not in text or "3." not in text:
        return
    ev = Evidence(scores("PERSON").label, "a driving licence's name fields")
    for m in _FIELDS.finditer(text):
        lo = max(0, m.start() - _REACH)
        if (_OPENS.search(text, max(0, m.start() - 8), m.start()) is None
                or _LICENCE.search(text, lo, m.start()) is None):
            continue
        yield m.start(1), m.end(1), ev
        yield m.start(2), m.end(2), ev
