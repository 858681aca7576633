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

from functools import cache, lru_cache

import regex

from detectors.person_names import person_words

_ARTICLES = frozenset(["het", "de", "the", "'t"])
_AT = frozenset(["bij", "at", "by", "for", "voor"])
_PREPOSITIONS = frozenset(["in", "bij", "van", "voor", "naar", "op", "aan", "uit", "via", "met",
                           "at", "for", "from", "to", "of", "with", "by", "into", "near"])
_NAME_PARTICLES = frozenset(["van", "de", "der", "den", "ten", "ter", "'t"])
_JOINERS = frozenset(["en", "and", "&"])
_LETTERS = regex.compile(r"[\p{L}\-]+")
# How far the words around a name are read (characters): a firm's name of a few partners.
_REACH = 80


@cache
def _words(key: str) -> frozenset[str]:
    return person_words()[key]


_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}'’\-]*\.?")


@lru_cache(maxsize=16384)
def _name_word(word: str) -> bool:
    """A word of a run of names: capitalised (an initial's full stop allowed) or a particle.
    (Cached, as _part: every name looks back over the same few words of its line.)"""
    return word in _NAME_PARTICLES or _CAPITALISED.fullmatch(word) is not None


@lru_cache(maxsize=16384)
def _part(word: str) -> bool:
    """A word of a firm's name: a name word (a comma after it allowed) or a joining word."""
    bare = word.rstrip(",")
    return (not bare and word == ",") or bare in _JOINERS or (bool(bare) and _name_word(bare))


def named_after(text: str, start: int, end: int, first_is_first_name: bool) -> bool:
    """True when the name at text[start:end] stands where an organisation or a place does
    (the article or employer word before the run of names it ends: "bij Willem van Oranje"
    is a firm's name for "Oranje" too)."""
    words = text[start:end].lower().split()  # (set operations in C: per name, so it counts)
    if len(words) > 1 and not _words("firm_after").isdisjoint(words[1:]):
        return True  # "Mulder Notarissen"
    before = text[max(0, start - _REACH) : start]
    before = before[before.rfind("\n") + 1 :].split(" ")
    if before and before[-1] == "":
        before.pop()  # the space before the name
    elif before:
        return _in_firm(text, [], end, len(words) > 1)  # glued ("(Jansen", "X-Jansen")
    k = len(before)
    if first_is_first_name and k >= 2 and before[-1] in _ARTICLES and _after_article(
            _last_words(before, k), True):
        return True  # "bij de Hans Anders": "de" an article, not a particle of the run
    while k and _name_word(before[k - 1]) and not before[k - 1].endswith(","):
        k -= 1  # the run of names this one ends
    rest = _last_words(before, k)
    return (_after_article(rest, first_is_first_name or k < len(before)) or _employer(rest)
            or _listed_at_firm(text, before, k, end) or _in_firm(text, before, end,
                                                                  len(words) > 1))


def _listed_at_firm(text: str, before: list[str], k: int, end: int) -> bool:
    """True when the name is a later item of a list joined by "en", "and" or "&" that an
    employer's phrase or a preposition and article opens ("worked at Simpson, James and
    Clark": one firm, its first item vetoed by the same phrase)."""
    if not k or not (before[k - 1].endswith(",") or before[k - 1] in _JOINERS):
        return False  # (most names: not after a comma or a joiner)
    j = k
    while j and before[j - 1] and _part(before[j - 1]):
        j -= 1
    rest = _last_words(before, j)
    if not (_after_article(rest, True) or _employer(rest)):
        return False  # (most lists: no employer's phrase or article before them)
    return _joined(before[j:k], _tail(text, end))  # not "bij Sanne, Daan": people


def _last_words(before: list[str], k: int) -> list[str]:
    """The last three words of ``before[:k]`` in lower case, empty ones skipped: all that
    _after_article and _employer read (a preposition, an employer word, an article)."""
    if k >= 3 and before[k - 1] and before[k - 2] and before[k - 3]:  # (no double space)
        return [before[k - 3].lower(), before[k - 2].lower(), before[k - 1].lower()]
    rest: list[str] = []
    while k and len(rest) < 3:
        k -= 1
        if before[k]:
            rest.append(before[k].lower())
    rest.reverse()
    return rest


def _after_article(rest: list[str], first_is_first_name: bool) -> bool:
    if len(rest) < 2 or rest[-1] not in _ARTICLES or rest[-2] not in _PREPOSITIONS:
        return False
    # "bij de Vries" (a particle written after "bij"): only a first name after "de" says article
    return rest[-1] != "de" or first_is_first_name


def _employer(rest: list[str]) -> bool:
    if rest and rest[-1] in _ARTICLES and rest[-1] != "'t":
        rest = rest[:-1]
    return len(rest) >= 2 and rest[-1] in _AT and rest[-2] in _words("employer_before")


def _in_firm(text: str, before: list[str], end: int, whole: bool = False) -> bool:
    """A firm or foundation word opening the run of names this one ends, or a firm word
    closing the run of names it opens; a run joined by commas only is a list of people
    ("Stichting Humanitas, Jan Jansen"), one with "en", "and" or "&" a firm's name. After a
    ``whole`` name (two words or more) a "van" or "from" opens the firm the person is from
    ("Piet Jansen van Bakker Logistiek"), not more of the name."""
    k = len(before)
    while k and before[k - 1] and _part(before[k - 1]):
        k -= 1
    head = before[k:]
    tail = _tail(text, end)
    if whole and tail and tail[0] in _FROM:
        tail = []
    opening = [w.rstrip(",") for w in head if w.rstrip(",")]
    word = before[k - 1] if k else ""
    # (a lower-case firm word before a run of names that opens with a capital: "the firm
    # Simpson, James and Clark"; "de praktijk van dr. Jansen" is a person's practice)
    if _LETTERS.fullmatch(word) and (word[:1].isupper() or not opening or (
            head[0][:1].isupper() and word.lower() in _words("firm_before"))):
        opening.append(word)
    # (the firm words first: most names have none around them, and the joiners go unread)
    if not _words("firm_before").isdisjoint([w.lower() for w in opening]) and (
            _joined(head, tail) or not any("," in w for w in head)):
        return True
    closing = [w.strip(",.;:)").lower() for w in tail]
    return not _words("firm_after").isdisjoint(closing) and (
        _joined(head, tail) or not any("," in w for w in tail))


_FROM = frozenset({"van", "from", "of"})


def _joined(head: list[str], tail: list[str]) -> bool:
    return any(w.rstrip(",") in _JOINERS for w in head + tail)


def _tail(text: str, end: int) -> list[str]:
    """The words of the run of names that opens at ``end`` (after a space or ", ")."""
    if text[end : end + 1] not in (" ", ","):
        return []  # (most names end at a full stop or a line end: nothing to split)
    after = text[end : end + _REACH]
    after = after[: after.find("\n")] if "\n" in after else after
    words = after.split(" ")
    words = words[1:] if words[0] == "" else words if words[0] == "," else []
    tail = []
    for w in words:
        if not w or not _part(w.rstrip(").;:")):
            break
        tail.append(w)
        if w != w.rstrip(").;:"):
            break  # "(klant Jan de Wit Transport)": the bracket closes the name
    return tail
