"""Organisations and places named after people, known by the words around the whole name.

person.py vetoes a name whose own words or the word right next to it make it a place or an
organisation ("Jan van Galenstraat", "Stichting Jan de Vries"). These look further, at the
phrase the name stands in:

- an article after a preposition: "in het Antoni van Leeuwenhoek", "bij de Jan Linders",
  "at the Anne Frank House" (a person takes no article; "Ik heb het Jan verteld" has no
  preposition before "het");
- an employer's place: "plaatsing bij", "aangenomen bij", "functie bij", "worked at",
  "employed by" (data/person.toml ``employer_before``): who is placed or hired somewhere is
  placed at a firm, even one named after its founder;
- a firm of partners: names joined by ",", "en", "and" or "&" after a firm word ("Maatschap
  Huisartsen Jansen en Pietersen", "Kantoor Bakker, De Vries en Mulder") or before one
  ("Jansen en Pietersen Advocaten", "Baker and Mills Solicitors"): data/person.toml
  ``firm_before`` and ``firm_after``; and an organisation word opening the run of
  capitalised words the name ends ("Stichting Jan Pieter Heije").
"""

from __future__ import annotations

from functools import cache

import regex

from detectors.person_names import person_words

_ARTICLE = regex.compile(r"(?<![\w'’])(\p{Ll}+)[ ]+(het|de|the|'t)[ ]+$", regex.IGNORECASE)
_EMPLOYER = regex.compile(r"(?<![\w'’])([\p{L}\-]+)[ ]+(bij|at|by|for|voor)[ ]+(?:(?:het|de|the)[ ]+)?$",
                          regex.IGNORECASE)
_PREPOSITIONS = frozenset(["in", "bij", "van", "voor", "naar", "op", "aan", "uit", "via", "met",
                           "at", "for", "from", "to", "of", "with", "by", "into", "near"])
# The run of capitalised words, particles, initials and joining words before and after a
# name: the rest of a firm's or foundation's name.
_PART = r"(?:\p{Lu}[\p{L}'’\-]*\.?|van|de|der|den|het|ten|ter|'t|&|en|and|,)"
_RUN_BEFORE = regex.compile(rf"([\p{{L}}\-]*)[ ]*((?:{_PART}[ ]*)*)$")
_RUN_AFTER = regex.compile(rf"(?:[ ]*{_PART})*")
_NAMES_BEFORE = regex.compile(r"(?:(?:\p{Lu}[\p{L}'’\-]*\.?|van|de|der|den|ten|ter|'t)[ ]+)*$")
_JOINER = regex.compile(r"(?<![\w'’])(?:en|and|&)(?![\w'’])")


@cache
def _words(key: str) -> frozenset[str]:
    return person_words()[key]


def named_after(text: str, start: int, end: int, first_is_first_name: bool) -> bool:
    """True when the name at text[start:end] stands where an organisation or a place does
    (the article or employer word before the run of names it ends: "bij Willem van Oranje"
    is a firm's name for "Oranje" too)."""
    if any(w.lower() in _words("firm_after") for w in text[start:end].split()[1:]):
        return True  # "Mulder Notarissen"
    m = _NAMES_BEFORE.search(text, max(0, start - 60), start)
    lo = m.start() if m else start
    return (_after_article(text, lo, first_is_first_name or lo < start) or _employer(text, lo)
            or _in_firm(text, start, end))


def _after_article(text: str, start: int, first_is_first_name: bool) -> bool:
    m = _ARTICLE.search(text, max(0, start - 30), start)
    if m is None or m.group(1).lower() not in _PREPOSITIONS:
        return False
    # "bij de Vries" (a particle written after "bij"): only a first name after "de" says article
    return m.group(2).lower() != "de" or first_is_first_name


def _employer(text: str, start: int) -> bool:
    m = _EMPLOYER.search(text, max(0, start - 40), start)
    return m is not None and m.group(1).lower() in _words("employer_before")


def _in_firm(text: str, start: int, end: int) -> bool:
    """A firm or foundation word opening the run of names this one ends, or a firm word
    closing the run of names it opens; a run joined by commas only is a list of people
    ("Stichting Humanitas, Jan Jansen"), one with "en", "and" or "&" a firm's name."""
    before = _RUN_BEFORE.search(text, max(0, start - 80), start)
    after = _RUN_AFTER.match(text, end, end + 80)
    head = before.group(2) if before else ""
    tail = after.group() if after else ""
    joined = _JOINER.search(head) is not None or _JOINER.search(tail) is not None
    # the lower-case word before the run only when it stands right before the name
    # ("kantoor Bakker"; not "de praktijk van dr. Bakker", a doctor's practice)
    word = before.group(1) if before else ""
    opening = [w.strip(",") for w in head.split()]
    opening += [word] if word[:1].isupper() or not opening else []
    if any(w.lower() in _words("firm_before") for w in opening) and (joined or "," not in head):
        return True
    closing = [w.strip(",.").lower() for w in tail.split()]
    return any(w in _words("firm_after") for w in closing) and (joined or "," not in tail)
