"""PERSON: the name field of a machine-readable zone (ICAO Doc 9303), on an ID copy or a scan.

https://www.icao.int/publications/pages/publication.aspx?docnum=9303 (part 4-6: the name
field: primary identifier, "<<", secondary identifier, parts joined by "<", padded with "<").

Every passport, ID card and residence document carries its holder's name twice: in the
visual zone and in the MRZ, where it is upper case with "<" for every space. An MRZ name is:
- the rest of a passport's first line (TD3, 44 characters: "P", a type or "<", the issuing
  state, the name) or of a TD2 document's first line (36: "I<NLD...", "AR...");
- an ID card's third line (TD1, 30 characters: the name alone).
A line of capitals and "<" only, with "<<" between the surname and the given names, of an
MRZ line's length; OCR's spaces inside it and its "«" for "<" are read through. No number is
in it, so no other detector reads it; detectors/mrz.py reads the document number and BSN.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.context import Evidence, scores

# A line of MRZ name characters (OCR may put spaces in it or read "<" as "«"), alone.
_LINE = re.compile(r"^[ \t]*([A-Z<«][A-Z<« ]{18,58}[A-Z<«])[ \t]*$", re.MULTILINE)
# surname parts "<"-joined, "<<", given-name parts; the padding after it
_NAME = re.compile(r"[A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*")
# The document code, "<" or a type letter, and the issuing state before a TD2/TD3 name.
_HEADED = re.compile(r"[PIACV][A-Z<][A-Z<]{3}")
_SLACK = 2  # characters OCR may have added or lost in a line


def names(text: str) -> Iterator[tuple[int, int, Evidence]]:
    """(start, end, evidence) of each MRZ name field: its letters, from the surname to the
    last given name (the padding left out)."""
    if "<<" not in text and "«" not in text:  # every MRZ name holds "<<"
        return
    ev = Evidence(scores("PERSON").extra["mrz"], "name field of a machine-readable zone")
    for m in _LINE.finditer(text):
        found = _field(m.group(1))
        if found is not None:
            lo, hi = found
            yield m.start(1) + lo, m.start(1) + hi, ev


def _field(line: str) -> tuple[int, int] | None:
    """Where the name stands in ``line`` (an offset pair into it), or None."""
    squeezed = line.replace(" ", "").replace("«", "<")
    size = len(squeezed)
    if _near(size, 44) or _near(size, 36):  # a passport's or a TD2 document's first line
        if not _HEADED.match(squeezed):
            return None
        first = 5
    elif _near(size, 30):  # an ID card's third line: the name alone
        first = 0
    else:
        return None
    m = _NAME.match(squeezed, first)
    if m is None or set(squeezed[m.end():]) - {"<"}:  # nothing but padding after the name
        return None
    # back to the line's own characters (its spaces count)
    where = [i for i, c in enumerate(line) if c != " "]
    return where[m.start()], where[m.end() - 1] + 1


def _near(size: int, length: int) -> bool:
    return abs(size - length) <= _SLACK
