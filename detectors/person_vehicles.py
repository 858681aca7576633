"""Vehicles named like people: a make or a model is no driver.

Workshop, lease and delivery files name the car beside its driver ("Škoda Octavia Combi",
"de Ford Transit", "Mercedes A-klasse", "loading the Mégane"), and PERSON reads a capital
before or after a name-shaped word as a name. A span is a vehicle's (data/vehicles.toml)
when

- it holds a make ("Renault Mégane", "Ford Wittenberg" the dealer, "Van Mossel Mercedes"),
  unless a form of address stands before it ("mevrouw Ford"), the make is a surname after a
  first name ("Marco Ferrari") or before a comma and one ("Ferrari, Marco"); a make that is
  a first name or initials too ("Mercedes", "DS", "MG") only before a model, a type
  ("A-klasse", "300") or after a word that is no first name;
- or it holds a model after its make or an article ("de Sportage", "the Mégane").

The same words elsewhere in the document are the vehicle again. Read per name found.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import cache

import regex

from detectors.context import data_lists
from detectors.person_names import first_names, fold, honorifics, last_names

# the words that make the next one a thing's name ("de Sportage"; person_prose reads them too)
ARTICLES = frozenset(["de", "het", "een", "die", "deze", "the", "a", "an", "this", "that"])
_WORD_BEFORE = regex.compile(r"([\p{L}.'’]+)[ ]+$", regex.REVERSE)
# What follows a make that is a first name too and makes it the car's: a type with a digit or
# a class ("Mercedes A-klasse", "Mercedes 300", "Mercedes-Benz")
# (or a type code after a slash or at the next line's start: "Truck: Linde / H50", a
# register's make and type)
_TYPE_AFTER = regex.compile(r"(?:-Benz\b|[ ]+[\p{L}-]*(?:\d|klasse|[Cc]lass\b)"
                            r"|[ ]*[/\n][ ]*\p{Lu}[\p{L}-]*\d)")
# a Dutch licence plate right after a model ("BUS 1 (Vito, XV-812-K)"): the vehicle's
_PLATE_AFTER = regex.compile(r"[ ]*[,(][ ]*(?=[A-Z\d-]*\d)(?=[A-Z\d-]*[A-Z])"
                             r"[A-Z\d]{1,3}-[A-Z\d]{2,3}-[A-Z\d]{1,3}(?![\w-])")
_COMMA_NAME = regex.compile(r",[ ]*(\p{Lu}\p{Ll}+)")
_WORD = regex.compile(r"\S+")
# (makes written in capitals are initials too: "DS", "MG" open minutes' action points)
_INITIALS = regex.compile(r"\p{Lu}{2,3}")


@cache
def vehicle_words() -> tuple[frozenset[str], frozenset[str]]:
    """(makes, models) of data/vehicles.toml, folded; raises DataFileError naming the file."""
    data = data_lists("vehicles.toml", ("makes", "models"))
    return frozenset(map(fold, data["makes"])), frozenset(map(fold, data["models"]))


def outside(text: str, spans: Sequence[tuple[int, int]]) -> list[bool]:
    """Per span, False where it is a vehicle or the same words as one."""
    vocabulary, multi = _vocabulary()
    vehicles = set()
    for s, e in spans:
        low = text[s:e].lower()
        folded = low.split() if low.isascii() else [fold(w) for w in low.split()]
        if vocabulary.isdisjoint(folded) and not (" " in low and any(m in low for m in multi)):
            continue  # (nearly every name: no make or model among its words)
        if _vehicle(text, s, e, text[s:e].split(), folded):
            vehicles.add(text[s:e])
    if not vehicles:
        return [True] * len(spans)
    return [text[s:e] not in vehicles for s, e in spans]


@cache
def _vocabulary() -> tuple[frozenset[str], tuple[str, ...]]:
    """(every make and model of one word, the makes of several words)."""
    makes, models = vehicle_words()
    return makes | models, tuple(m for m in makes if " " in m)


def _pairs(folded: list[str]) -> set[str]:
    return {f"{a} {b}" for a, b in itertools.pairwise(folded)}


def _vehicle(text: str, s: int, e: int, words: list[str], folded: list[str]) -> bool:
    makes, models = vehicle_words()
    before = _WORD_BEFORE.search(text, max(0, s - 30), s)
    word_before = before.group(1) if before is not None else ""
    if word_before.lower() in honorifics():
        return False  # "mevrouw Ford", "Mr. Benz"
    if _pairs(folded) & makes:
        return True  # "Land Rover", "Alfa Romeo"
    for k, word in enumerate(folded):
        previous = folded[k - 1] if k else fold(word_before)
        if word in models and (previous in makes or previous in ARTICLES or (
                k == len(folded) - 1 and _PLATE_AFTER.match(text, e))):
            return True
        if word in makes and _make(text, s, e, words, k):
            return True
    return False


def _make(text: str, s: int, e: int, words: list[str], k: int) -> bool:
    """True when the k-th word, a make, is the vehicle's and no person's surname or first
    name."""
    makes, models = vehicle_words()
    word, names = words[k], first_names()
    if k and ((words[k - 1] in names and word in last_names()) or words[k - 1].islower()):
        return False  # "Marco Ferrari", "Anna Ford"; "Fatma de Opel Vivaro" is Fatma's run
    end = [m.end() for m in _WORD.finditer(text, s, e)][k]  # (the make's end in the text)
    after = _COMMA_NAME.match(text, end, end + 30)
    if after is not None and after.group(1) in names:
        return False  # "Ferrari, Marco"
    if word.split("-")[0] not in names and not _INITIALS.fullmatch(word):
        return True
    nxt = fold(words[k + 1]) if k + 1 < len(words) else ""
    return bool(nxt in models or _TYPE_AFTER.match(text, end, end + 30)
                or (k and words[k - 1] not in names and fold(words[k - 1]) not in makes
                    and words[k - 1][:1].isupper()))
