"""Things named after people in quotes: a product line, a model, a hall, a project.

A name between quotes right after a thing's noun ('collectie "Frans Hals"', 'Congress Hall
"Thomas Schuurman"', "Groepsapp 'Team Zuid'"), a vessel's registration mark ('TX-38 "Jan
Kok"') or right before a noun ('"Juliana" lijn') is the thing's name (data/person.toml
``quoted_thing_nouns``, ``named_thing_nouns``, ``quoted_thing_after``). Quotes are what says
so: a person is written "kandidaat "Ruben"" or "prefers "Ineke"", after a noun for a person
or a verb, and a bare "model Sanne de Vries" may be one. Bare, only an animal's, a vessel's
or a machine's noun names a thing ("pony Sientje", "slijpwagen Willem"; named_thing; an
animal's nouns are data/animals.toml's, person_animals.py reads the rest of its kinds).
"""

from __future__ import annotations

from functools import cache

import regex

from detectors.person_animals import is_animal_noun
from detectors.person_names import person_words

# each opening quote and its closing ones
_PARTNERS = {'"': '"', "“": "”\"", "„": "”“\"", "'": "'’", "‘": "’'", "«": "»"}
_OPENING = "".join(_PARTNERS)
_CLOSING = "\"”'’»"  # (a name quoted whole: „ and “ pair only inside in_quoted_thing)
# the word before the opening quote (an article between: 'de "Juliana" lijn'), and the word
# after the closing one; one space apart, on the name's line
_BEFORE = regex.compile(r"(\p{L}+)[ ](?:(?i:de|het|the|een|a)[ ])?$", regex.REVERSE)
_AFTER = regex.compile(r"[ ](\p{L}+)")
_NUMBERED = regex.compile(rf"[ ](?:[IVX]{{1,4}}|\d{{1,2}})[{_CLOSING}]")


@cache
def _nouns() -> tuple[str, ...]:
    words = person_words()
    return (*words["quoted_thing_nouns"], *words["named_thing_nouns"])


@cache
def _named_nouns() -> tuple[frozenset[str], tuple[str, ...]]:
    """The nouns of things people name: whole words, and the heads a compound may end in
    (four letters or more: "slijpwagen", "waakhond"; "kat" ends "advocaat"'s spelling kin)."""
    nouns = person_words()["named_thing_nouns"]
    return frozenset(nouns), tuple(n for n in nouns if len(n) >= 4)


# the word before a bare name, typed small, one space apart ("slijpwagen Willem")
_SMALL_BEFORE = regex.compile(r"(?<![\p{L}\-])(\p{Ll}+)[ ]$")


def named_thing(text: str, start: int) -> bool:
    """True when the one-word name at ``start`` stands right after the noun of an animal, a
    vessel or a machine typed small: the thing's name ("slijpwagen Willem staat stil").

    >>> named_thing("De slijpwagen Willem staat stil.", 14), named_thing("collega Willem", 8)
    (True, False)
    """
    m = _SMALL_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    whole, heads = _named_nouns()
    return m.group(1) in whole or m.group(1).endswith(heads) or is_animal_noun(m.group(1))


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
    if _MARK_BEFORE.search(text, max(0, start - 16), start - 1):
        return True  # a vessel's registration mark: 'WR-24 "Wobbe Sikkema"'
    if vessel_before(text, start - 1, quoted=True):
        return True  # (stop 74) 'TSHD "Hillegonda Roos"', 'mvs "Teunis Brand"'
    # (a bracket may open before the quotes: 'a rescue dummy ("Berend", 70 kg)')
    opened = start - 2 if text[start - 2 : start - 1] == "(" else start - 1
    before = _BEFORE.search(text, max(0, start - 40), opened)
    # a compound's last part too ("Fotoreeks", "bouwlocatie"), an animal's noun ('ezel
    # "Bertha"')
    return before is not None and (before.group(1).lower().endswith(_nouns())
                                   or is_animal_noun(before.group(1)))


_PREFIX_BEFORE = regex.compile(r"(?<![\w.])([\p{L}.]+)[ ]$", regex.REVERSE)
_VESSEL_ABBREVIATION = 3  # letters a vessel's kind needs before a bare name ("TSHD", "CSD")


def vessel_before(text: str, start: int, quoted: bool = False) -> bool:
    """True when a vessel's kind abbreviated (person.toml ``vessel_prefixes``) stands right
    before ``start``: 'TSHD "Hillegonda Roos"', "CSD Cornelia Prins". Before a bare
    name only in capitals of three letters or more ("MS Jansen" may be initials).

    >>> vessel_before("CSD Cornelia Prins", 4), vessel_before("MS Jansen", 3)
    (True, False)
    """
    m = _PREFIX_BEFORE.search(text, max(0, start - 8), start)
    if m is None or m.group(1).lower() not in person_words()["vessel_prefixes"]:
        return False
    word = m.group(1)
    return quoted or (word.isupper() and len(word.rstrip(".")) >= _VESSEL_ABBREVIATION)


# A fishing vessel's registration mark right before the quotes: its port's letters and a
# number ("WR-24", "SCH 6", "TX 38"; Dutch and Belgian ports write their ships so). One
# capital and a number apart is a room or a group as often ("Kamer A 12").
# (stop 76) So too an aircraft's registration ("PH-BVW", "D-ABYT": a country's prefix, a
# dash, three or four letters): 'reg. PH-QRX "..."'.
_MARK_BEFORE = regex.compile(r"(?<![\w-])(?:\p{Lu}{1,3}-|\p{Lu}{2,3}[ ]?)\d{1,4}[ ]$"
                             r"|(?<![\w-])\p{Lu}{1,2}-\p{Lu}{3,4}[ ]$")


_QUOTE_REACH = 40  # characters of a quoted thing's name read each way from a part of it


def in_quoted_thing(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a part of a quoted thing's name ('de kotter "Jan
    Jansen"': a repeat of a person's "Jansen" there is the ship's).

    >>> in_quoted_thing('de kotter "Jan Jansen" ligt aan', 15, 21)
    True
    >>> in_quoted_thing('collega "Jan Jansen" belt', 13, 19)
    False
    """
    lo = max(0, start - _QUOTE_REACH)
    lo = max(lo, text.rfind("\n", lo, start) + 1)
    opening = max(text.rfind(q, lo, start) for q in _OPENING)
    if opening < 0 or _ELISION.match(text, opening):
        return False  # "'s nachts", "'t": an elision's apostrophe opens nothing
    partners = _PARTNERS[text[opening]]
    if any(q in text[opening + 1 : start] for q in partners):
        return False  # the quotes closed before the name ('"Ja", zei Jan')
    hi = min(end + _QUOTE_REACH, len(text))
    stop = text.find("\n", end, hi)
    hi = stop if stop >= 0 else hi
    closing = min((i for q in partners if (i := text.find(q, end, hi)) >= 0), default=-1)
    return closing >= 0 and quoted_thing(text, opening + 1, closing)


# (stop 77) the apostrophe of an elision, which opens no quotes
_ELISION = regex.compile(r"['‘](?:s|t|n|k|r)\b")
