"""PERSON: a name in its own field of data written by software (XML, SQL dumps).

An export names its fields where a form has labels: ``<a:Voornaam>Femke</a:Voornaam>``,
``achternaam="Kuijpers"``, ``INSERT INTO kandidaat (voornaam, achternaam) VALUES ('Marloes',
'Hoogendoorn')``, a MySQL dump's ``CREATE TABLE`` columns over its ``INSERT ... VALUES`` rows,
PostgreSQL's ``COPY kandidaat (voornaam, ...) FROM stdin`` over tab-separated rows. A value in
a field whose key names a person's name (data/person.toml ``name_fields``: ``voornaam``,
``lastName``, ``sn``) is a name when it looks like one: up to five words of letters, no
organisation word, no test placeholder; in an initials field (``initials_fields``) two or more
initials ("B.J."). JSON members are read here too, escaped inside a string as well
(``\\"sn\\":\\"Wouters\\"``): their keys ("sn", "LaNm", "givenName") are no label words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import groupby

from detectors.context import Evidence, scores
from detectors.glued_keys import flat_key
from detectors.person_names import is_org_word, person_words
from detectors.person_prose import NO_NAME_KINDS, word_evidence
from detectors.sql_columns import sql_values

_KEY = r"[A-Za-z_][\w.\-]{0,40}"
# An element holding text only ("<ns:Voornaam>Femke</ns:Voornaam>") and an attribute.
_ELEMENT = re.compile(rf"<(?:[\w.\-]+:)?({_KEY})(?:\s[^<>]*)?>([^<>&]{{1,80}})</")
# (found from its "=": a pattern opening with the key would be tried at every word)
_EQUALS = re.compile(r"=[ ]?(?:\"([^\"<>\n]{1,80})\"|'([^'<>\n]{1,80})')")
_KEY_BEFORE = re.compile(rf"(?<![\w.\-])({_KEY})[ ]?$")
# A JSON member, escaped inside a JSON string too ('\"voornaam\":\"Sanne\"').
_MEMBER = re.compile(rf'\\?"({_KEY})\\?"\s*:\s*\\?"([^"\\<>\n{{\[][^"\\<>\n]{{0,79}})\\?"')
_NAME = re.compile(r"[^\W\d_][\w'’\-]*\.?(?:,?[ ][^\W\d_][\w'’\-]*\.?){0,4}")
_INITIALS = re.compile(r"(?:[A-Z]{1,2}[a-z]?\.){2,5}")
_PLACEHOLDER = frozenset(["test", "dummy", "onbekend", "unknown", "null", "none", "n/a", "nvt"])


def fields(text: str) -> Iterator[tuple[int, int, Evidence]]:
    """(start, end, evidence) of each name in a person's name field of XML or SQL."""
    if "<" in text:
        yield from _matches(_ELEMENT.finditer(text))
    if "='" in text or '="' in text or "= " in text:
        yield from _attributes(text)
    if '":' in text or '\\":' in text:
        yield from _matches(_MEMBER.finditer(text))
    if "INSERT" in text or "insert" in text or "COPY" in text:
        yield from _sql(text)


def _attributes(text: str) -> Iterator[tuple[int, int, Evidence]]:
    for m in _EQUALS.finditer(text):
        key = _KEY_BEFORE.search(text, max(0, m.start() - 44), m.start())
        group = 1 if m.group(1) is not None else 2
        hit = _named(key.group(1), m.group(group).strip()) if key is not None else None
        if hit is not None:
            value = m.group(group)
            start = m.start(group) + len(value) - len(value.lstrip())
            yield start, start + len(value.strip()), hit


def _matches(found: Iterator[re.Match[str]]) -> Iterator[tuple[int, int, Evidence]]:
    for m in found:
        group = 2 if m.group(2) is not None else 3
        hit = _named(m.group(1), m.group(group).strip())
        if hit is not None:
            start = m.start(group) + len(m.group(group)) - len(m.group(group).lstrip())
            yield start, start + len(m.group(group).strip()), hit


def _sql(text: str) -> Iterator[tuple[int, int, Evidence]]:
    """The names of a dump's records, read by the one SQL reader (sql_columns): each
    literal with its column, a record at a time."""
    for _, values in groupby(sql_values(text), key=lambda v: v.row):
        row = [(v.start, v.end, v.column, _unescaped(text[v.start:v.end]))
               for v in values if v.string]
        if any(_kind(c) for _, _, c, _ in row):
            yield from _unless_placeholder(row)


def _unescaped(value: str) -> str:
    return value.replace("''", "'").replace('""', '"')


def _unless_placeholder(
        row: list[tuple[int, int, str, str]]) -> Iterator[tuple[int, int, Evidence]]:
    """The names of one record, none when one of its fields is a placeholder ("Test",
    "Dummy"): a test record's "Persoon" is no surname."""
    if any(v.strip().lower() in _PLACEHOLDER for *_, v in row):
        return
    for start, end, col, value in row:
        hit = _named(col, value)
        if hit is not None:
            yield start, end, hit


@lru_cache(maxsize=4096)
def _kind(key: str) -> str:
    """"name" for a field of a person's name, "initials" for one of initials, else ""."""
    flat = flat_key(key)
    if flat in _keys("name_fields") or flat.endswith(_ENDINGS):
        return "name"
    return "initials" if flat in _keys("initials_fields") else ""


# A key ending so names a person's name whatever its prefix ("contact_voornaam",
# "partnerAchternaam", "emergencyContactLastName").
_ENDINGS = ("voornaam", "voornamen", "achternaam", "roepnaam", "firstname", "lastname",
            "surname", "givenname", "familyname", "fullname")


@cache
def _keys(which: str) -> frozenset[str]:
    return frozenset(flat_key(k) for k in person_words()[which])


def _named(key: str, value: str) -> Evidence | None:
    """The evidence for ``value`` in the field ``key`` when it is a name there, else None."""
    kind = _kind(key)
    if not kind or not value:
        return None
    if kind == "initials":
        ok = _INITIALS.fullmatch(value) is not None
    else:
        ok = _NAME.fullmatch(value) is not None and _person_like(value)
    return Evidence(scores("PERSON").label, f"field '{key.lower()}'") if ok else None


@lru_cache(maxsize=8192)
def _person_like(value: str) -> bool:
    """Capitalised words (particles aside) of two letters or more in all, no placeholder, no
    organisation word, not a particle alone."""
    words = [w.strip(",.") for w in value.split()]
    lower = {w.lower() for w in words}
    if lower & _PLACEHOLDER or lower <= _PARTICLES or sum(len(w) for w in words) < 2:
        return False
    if not all(w[:1].isupper() or w in _PARTICLES for w in words):
        return False  # (a form's name="email", a sheet's "Blad1 kopie")
    org = person_words()
    if any(is_org_word(w) or w.lower() in org["org_after"] or w.lower() in org["org_before"]
           for w in words):
        return False
    # a common word or a compound that no list knows as a name: a firm ("Bakkerij Van
    # Vliet"), a test record ("Persoon"), a role
    return all(word_evidence(w.title() if w.isupper() else w[0].upper() + w[1:])[1]
               not in NO_NAME_KINDS for w in words if w.lower() not in _PARTICLES)




# compared word by word (value.split()): "van der" is "van" and "der"
_PARTICLES = frozenset(["van", "de", "der", "den", "ten", "ter", "te", "von", "da", "el", "al",
                        "'t", "in"])
