"""Things named after people in quotes: a product line, a model, a hall, a project.

A name between quotes right after a thing's noun ('collectie "Frans Hals"', 'Congress Hall
"Thomas Schuurman"', "Groepsapp 'Team Zuid'") or right before one ('"Juliana" lijn') is the
thing's name (data/person.toml ``quoted_thing_nouns``, ``quoted_thing_after``). Quotes are
what says so: a person is written "kandidaat "Ruben"" or "prefers "Ineke"", after a noun
for a person or a verb, and a bare "model Sanne de Vries" may be one.
"""

from __future__ import annotations

from functools import cache

import regex

from detectors.person_names import person_words

_OPENING = "\"“„'‘«"
_CLOSING = "\"”'’»"
# the word before the opening quote (an article between: 'de "Juliana" lijn'), and the word
# after the closing one; one space apart, on the name's line
_BEFORE = regex.compile(r"(\p{L}+)[ ](?:(?i:de|het|the|een|a)[ ])?$", regex.REVERSE)
_AFTER = regex.compile(r"[ ](\p{L}+)")
_NUMBERED = regex.compile(rf"[ ](?:[IVX]{{1,4}}|\d{{1,2}})[{_CLOSING}]")


@cache
def _nouns() -> tuple[str, ...]:
    return tuple(person_words()["quoted_thing_nouns"])


def quoted_thing(text: str, start: int, end: int) -> bool:
    """True when text[start:end] stands in quotes after or before a thing's noun."""
    if start == 0 or end >= len(text) or text[start - 1] not in _OPENING:
        return False
    if text[end] not in _CLOSING:
        # a number after the name inside the quotes ('shredder "Karel II"', '"Bertha 2"')
        numbered = _NUMBERED.match(text, end)
        if numbered is None:
            return False
        end = numbered.end() - 1
    after = _AFTER.match(text, end + 1)
    if after is not None and after.group(1).lower() in person_words()["quoted_thing_after"]:
        return True
    before = _BEFORE.search(text, max(0, start - 40), start - 1)
    # a compound's last part too ("Fotoreeks", "bouwlocatie")
    return before is not None and before.group(1).lower().endswith(_nouns())
