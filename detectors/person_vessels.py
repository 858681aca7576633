"""Ships named after people: a name that is a ship's is no crew member's.

Port and offshore files name the ship beside its crew ("Master, MV Johan de Witt", "op het
baggerschip "Cornelis Zanen"", "Schip: MSC Anna"). A name is a ship's when a ship's prefix,
a carrier or a ship's noun (data/vessels.toml) stands before the run of capitalised words it
ends, or a quote after an article ('op de "Jan van Gent"': no person takes an article and
quotes). The same name elsewhere in the document is the ship again ("change bank account -
deckhand Johan de Witt"). Read per name found, on the line before it, not over the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from detectors.context import data_lists

_QUOTES = "\"“„'‘"
# How far before a name its ship's prefix is looked for (characters): a prefix and a run of
# a few names ("ms Prins Willem-" before "Alexander").
_REACH = 60


@cache
def vessel_words() -> dict[str, list[str]]:
    """The lists of data/vessels.toml; raises DataFileError naming the file (read once)."""
    return data_lists("vessels.toml", ("marks", "lines", "nouns", "noun_suffixes"))


@cache
def _before() -> regex.Pattern[str]:
    """What stands before a ship's name, up to the name: a prefix as written ("MV", "ms",
    "MSC"), a ship's noun in lower case ("baggerschip"), or an article and a quote; then the
    run of the name's words before the part found ("Prins Willem-"). Searched from the end."""
    v = vessel_words()
    marks = "|".join(regex.escape(m) for m in sorted(v["marks"] + v["lines"], key=len, reverse=True))
    nouns = "|".join(regex.escape(n) for n in v["nouns"])
    suffixes = "|".join(regex.escape(s) for s in v["noun_suffixes"])
    quote = f"[{_QUOTES}]"
    run = r"(?:(?:\p{Lu}[\p{L}'’.]*|van|de|der|den|ten|ter)[ \-])*"
    return regex.compile(
        rf"(?:(?<![\w.])(?:{marks})[ ]+{quote}?|(?<!\w)(?:{nouns}|\p{{Ll}}+(?:{suffixes}))"
        rf"[ ]+{quote}?|(?<!\w)(?i:de|het|the)[ ]+{quote}){run}$", regex.REVERSE)


def outside(text: str, spans: Sequence[tuple[int, int]]) -> list[bool]:
    """Per span, False where it is a ship's name or the same words as one."""
    before = _before()
    ships = set()
    for s, e in spans:
        line = text.rfind("\n", max(0, s - _REACH), s) + 1
        if before.search(text, max(line, s - _REACH), s) is not None or _opens(text[s:e]):
            ships.add(text[s:e])
    if not ships:
        return [True] * len(spans)
    return [text[s:e] not in ships for s, e in spans]


def _opens(name: str) -> bool:
    """A name found with its prefix as its first word ("ms Prins": "ms" read as a title)."""
    first, _, rest = name.partition(" ")
    return bool(rest) and first in vessel_words()["marks"]
