"""PERSON: a first name joined to a full name, sharing its surname ("Rob en Petra de Vries",
"Mark and Joanna Whitfield"): a couple, parents, siblings.

The first of the two has no surname of its own, and may be a common word too ("Mark",
"Roos", "Will"): alone it is no name, joined by "en"/"and"/"&" to a full name the document
gives it is one. Only a gazetteer first name counts ("Bakker en Femke Hoogland" joins two
surnames: the first is read on its own).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from detectors.context import Evidence, scores
from detectors.person_names import is_first_name

if TYPE_CHECKING:
    from detectors.person import Name

# a capitalised word and a joining word right before the full name
_JOINED_BEFORE = regex.compile(r"(?<![\p{L}'’.-])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)"
                               r"[ \t]+(?:en|and|&|und|et)[ \t]+$")
_REACH = 40  # characters before a full name read for the first name joined to it


def pairs(text: str, names: Sequence[Name]) -> list[tuple[int, int, Evidence]]:
    """(start, end, evidence) of each first name joined to one of the document's own full
    names (``names``: a first name, then a surname)."""
    ev = Evidence(scores("PERSON").extra["repeat"], "a first name joined to a full name")
    out = []
    for n in names:
        if not n.roles.startswith("F") or "L" not in n.roles:
            continue
        m = _JOINED_BEFORE.search(text, max(0, n.start - _REACH), n.start)
        if m is not None and is_first_name(m.group(1)):
            out.append((m.start(1), m.end(1), ev))
    return out
