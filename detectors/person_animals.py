"""Animals named after people: a pet's, a horse's or a zoo animal's name is no one's.

Shelters, stables, dog walkers and zoos write an animal's kind right before its name ("de
pony Lotte", "our goat Emma", "okapi-vrouwtje Fleur", 'kater "Meneer Hakkert"'), gloss it
right after ("Rocky (labrador, 4 jaar)", "Luna, border collie,") or name a group ("mijn twee
honden, Max en Bella"). A span is an animal's name when so written (data/animals.toml); the
same words elsewhere in the document are the animal again ("Lotte is teruggebracht"), a
fuller name that holds them is not ("Lotte de Wit"). Read in one pass over the text (a word
before a capital, judged against the lists in Python) and a gloss's, once a document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import ahocorasick
import regex

from detectors.context import data_lists
from detectors.person_names import first_names, person_words, surname_listed
from detectors.person_shape import is_title

_QUOTES = "\"“„'‘"
# a run of capitalised words, a name's ("Heer Bommel", "Su-Lin", "Meneer Hakkert")
_RUN = r"\p{Lu}[\p{L}'’]*(?:-\p{L}+)*(?:[ ]\p{Lu}[\p{L}'’]*(?:-\p{L}+)*)*"
_WORD_BEFORE = regex.compile(r"(\p{Lu}[\p{L}'’]*(?:-\p{L}+)*)[ ]*$", regex.REVERSE)
# (stop 78) a name of several words before a gloss, particles between ("Prins van de Hoeve
# (de hengst)"): its first word opens the run
_RUN_BEFORE = regex.compile(
    r"(\p{Lu}[\p{L}'’]*(?:-\p{L}+)*(?:[ ](?:(?:van|de|der|den|het|ten|ter)[ ])*"
    r"\p{Lu}[\p{L}'’]*(?:-\p{L}+)*)*)[ ]*$", regex.REVERSE)
# (stop 78) after an animal's noun: a field's colon ("Paard: Bart", "Horse name: Rocco") or
# its owner and a bracket ("de hond van de buren (Bas)", "de kat (Pluis, van de buren)")
_FIELD_AFTER = regex.compile(rf"(?:[ ]?(?i:naam|name))?[ ]*:[ ]*[{_QUOTES}]?(?=\p{{Lu}})")
_AHEAD = 48  # characters after a noun its field's colon or its bracket stands within
_BRACKET_AFTER = regex.compile(
    rf"(?:[ ]+(?:van|of)(?:[ ]+[\p{{L}}'’.-]+){{1,3}}?)?[ ]*\([ ]*[{_QUOTES}]?(?=\p{{Lu}})")
_WORD = regex.compile(r"\p{L}[\p{L}'’]*")
_LIST_GLUE = regex.compile(r"[ ]*(?:,|&|\ben\b|\band\b)[ ]*|[ ]+")


@cache
def animal_words() -> dict[str, frozenset[str]]:
    """The lists of data/animals.toml, as sets; raises DataFileError naming the file."""
    data = data_lists("animals.toml", ("nouns", "after_only", "heads", "groups"))
    return {k: frozenset(data[k]) for k in ("nouns", "after_only", "heads", "groups")}


@cache
def _cues() -> tuple[regex.Pattern[str], tuple[str, ...], regex.Pattern[str]]:
    """The owner's and breeder's phrases before a name (animals.toml owned_before) as one
    pattern, with the longest word of each in lower case (a text holding none of them is not
    read for the phrases: one substring test each, against a case-blind pattern's scan), and
    a group's naming words after its noun (group_naming) as one pattern."""
    data = data_lists("animals.toml", ("owned_before", "group_naming"))
    owned = _alternation(frozenset(data["owned_before"]))
    naming = _alternation(frozenset(data["group_naming"]))
    return (regex.compile(rf"(?<!\p{{L}})(?i:{owned})[ ]+(?={_RUN})"),
            tuple({max(p.lower().split(), key=len) for p in data["owned_before"]}),
            regex.compile(rf"(?:[ ]+\p{{Ll}}+){{0,3}}[ ]*:[ ]*|[ ]+(?:{naming})[ ]+"))


@cache
def _heads() -> tuple[str, ...]:
    return tuple(sorted(animal_words()["heads"]))


def _alternation(words: frozenset[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def is_animal_noun(word: str) -> bool:
    """A word for an animal as it stands before a name: a noun of the list, a compound on one
    of its heads ("waakhond", "dekhengst") or a hyphenated one on a noun ("okapi-vrouwtje").
    A capitalised one only where it is no listed first name ("Wolf") nor surname ("Hond").

    >>> is_animal_noun("pony"), is_animal_noun("waakhond"), is_animal_noun("probeer")
    (True, True, False)
    """
    nouns = animal_words()["nouns"]
    if not word[:1].islower():  # (whole nouns only: "Vos-van Dam" is a surname's)
        return (word.lower() in nouns and word not in first_names()
                and not surname_listed(word))
    # (a compound on a head that is a title is none: "brigadier" ends on "dier")
    return (word in nouns or (len(word) > 5 and word.endswith(_heads())
                              and not is_title(word, person_words()["titles"]))
            or ("-" in word and word.split("-")[0] in nouns))


# A word, maybe a comma, spaces and a quote before a word that opens with a capital (or a
# letter past Latin-1, checked after): every place an animal's noun or a group's may stand
# before a name. One pass of the standard library's engine with the word judged in Python
# (sets) is a fraction of the cost of an alternation of every noun tried at every letter.
_CANDIDATE = re.compile(r"(?<![^\W\d_])(?<!-)([^\W\d_]+(?:-[^\W\d_]+)?)(,?) +"
                        rf"([{_QUOTES}]?)(?=[^\W\d_a-zß-ÿ])")
# what follows a noun's word before a name: maybe a comma, spaces, maybe a quote
_AFTER_WORD = re.compile(rf"(,?) +([{_QUOTES}]?)(?=[^\W\d_a-zß-ÿ])")
_RUN_AT = regex.compile(_RUN)


@cache
def _gloss() -> regex.Pattern[str]:
    """A noun typed small right after a name, in brackets or after a comma, maybe with an
    article and one word before it ("(de herder uit hok 2)", ", border collie,"); the noun
    ends there ("(Ineke Vos)", ", Karel Pet," are surnames)."""
    words = animal_words()
    nouns = _alternation(words["nouns"] | words["after_only"])
    article = r"(?:(?i:de|het|een|the|a|an|onze|ons|mijn|my|our|their|hun|zijn|haar|his|her)[ ]+)?"
    return regex.compile(
        rf"(?<=\p{{L}})[ ]*[(,][ ]*{article}(?:\p{{L}}+[ ]+)?(?:{nouns})"
        r"(?=[ ]*[,);.:\n]|[ ]+(?:van|of|from|uit|met|with|die|who|that|\d))")


def _parts(name: str) -> set[str]:
    """A name, its words and its tails ("Meneer Ter Kuile": "Ter Kuile", "Kuile"), and a
    hyphenated word's halves ("Su-Lin": "Lin")."""
    words = name.split()
    return {*(" ".join(words[k:]) for k in range(len(words))), *words,
            *(half for w in words if "-" in w for half in w.split("-") if half)}


def _noun_before(noun: str, quoted: bool) -> bool:
    if not is_animal_noun(noun.lower()):
        return False  # (nearly every word: no animal's; the name lists are read after)
    if noun[:1].isupper() and (noun in first_names() or surname_listed(noun)):
        # a capitalised noun that is a name too counts only before a quote ('Kater "..."')
        return quoted and is_animal_noun(noun.lower())
    return is_animal_noun(noun)


def _named(text: str) -> set[str]:
    """The names the text gives its animals: after their noun, glossed by it, in a group."""
    owned, owned_words, naming = _cues()
    low = text.lower()
    names = {part for m in owned.finditer(text)
             for part in _parts(_RUN_AT.match(text, m.end()).group())} if any(
        w in low for w in owned_words) else set()
    words = animal_words()
    spans = _noun_spans(text)
    if not spans:
        return names  # (no animal's word at all, nor a gloss's: most texts)
    for start, end in spans:
        word = text[start:end]
        if word not in words["groups"] and not is_animal_noun(word.lower()):
            continue  # ("straat" holds "rat": most spans are no animal's word)
        if word in words["groups"]:
            names |= _group_names(text, end, naming)
            continue
        ahead = text[end : end + _AHEAD]  # (a colon or a bracket near, or neither reading)
        if ("(" in ahead or ":" in ahead) and (
                m := _FIELD_AFTER.match(text, end) or _BRACKET_AFTER.match(text, end)) is not None:
            if _noun_before(word, False):  # (a chat's speaker "Wolf: Jan komt" is no field)
                names |= _parts(_RUN_AT.match(text, m.end()).group())
            continue
        m = _AFTER_WORD.match(text, end)
        if m is None or not text[m.end()].isupper():
            continue  # (no capital after it, or a small letter past Latin-1)
        if not m.group(1) and _noun_before(word, bool(m.group(2))) and (
                run := _RUN_AT.match(text, m.end())) is not None:
            names |= _parts(run.group())
    after_only = words["after_only"]
    for m in _gloss().finditer(text):
        # a noun that is a person's word too ("Jan Smit (herder)") takes the last word only
        before = _WORD_BEFORE if any(w in after_only for w in _WORD.findall(m.group())) else (
            _RUN_BEFORE)
        word = before.search(text, max(0, m.start() - 60), m.start())
        if word is not None:
            names |= _parts(word.group(1))
    return names


def _noun_spans(text: str) -> set[tuple[int, int]]:
    """The words that hold an animal's noun, a group's or a compound's head (the whole word:
    "waakhond", "okapi-vrouwtje"), found by a keyword automaton over the text in lower case;
    where lower case changes the text's length (a rare letter), by the candidate pattern."""
    low = text.lower()
    if len(low) != len(text):
        return {m.span(1) for m in _CANDIDATE.finditer(text)}
    spans = set()
    n = len(text)
    for last, found in _automaton().iter(low):
        start, end = last + 1 - len(found), last + 1
        while start > 0 and low[start - 1].isalpha():
            start -= 1
        while end < n and (low[end].isalpha() or (
                low[end] == "-" and end + 1 < n and low[end + 1].isalpha())):
            end += 1
        if start == 0 or low[start - 1] != "-":
            spans.add((start, end))
    return spans


@cache
def _automaton() -> ahocorasick.Automaton:
    words = animal_words()
    automaton = ahocorasick.Automaton()
    for word in words["nouns"] | words["after_only"] | words["groups"] | words["heads"]:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _group_names(text: str, end: int, naming: regex.Pattern[str]) -> set[str]:
    """The names listed after a group's noun that ends at ``end``: after a naming word or a
    colon ("ponies called Sofie and Tim"), or right after it; after a comma, a list of two or
    a name its clause ends on ("mijn honden, Max en Bob"), not one name going on ("ervaring
    met hengsten, Bas niet")."""
    if (m := naming.match(text, end)) is not None:
        return _listed(text, m.end())[0]
    if (m := _AFTER_WORD.match(text, end)) is None:
        return set()
    listed, stop = _listed(text, m.end())
    return listed if not m.group(1) or len(listed) > 1 or _CLAUSE_END.match(text, stop) else set()


def _listed(text: str, at: int) -> tuple[set[str], int]:
    """The capitalised words of a list from ``at`` ("Max en Bella", "Milo and Daisy"), and
    where the list's last word ends."""
    names, stop = set(), at
    while (word := _WORD.match(text, at)) is not None and word.group()[:1].isupper():
        names.add(word.group())
        stop = word.end()
        glue = _LIST_GLUE.match(text, word.end())
        if glue is None or not glue.group().strip():
            break
        at = glue.end()
    return names, stop


_CLAUSE_END = re.compile(r"[ ]*(?:[,.;:!?)\n]|$)")


def outside(text: str, spans: Sequence[tuple[int, int]]) -> list[bool]:
    """Per span, False where it is an animal's name or the same words as one."""
    if not spans:
        return []
    animals = _named(text)
    for s, e in spans:
        first, _, rest = text[s:e].partition(" ")
        if rest and first[:1].isupper() and is_animal_noun(first):
            animals.add(rest)  # "Pony Bertha" found whole: the noun opens it
    if not animals:
        return [True] * len(spans)
    return [not _is_named(text[s:e], animals) for s, e in spans]


def _is_named(span: str, animals: set[str]) -> bool:
    """The span is an animal's name, maybe with the particle of the phrase before it that
    the name reader took ("eigenaar van Brego": "van Brego")."""
    particle, _, rest = span.partition(" ")
    return span in animals or (particle in ("van", "of") and rest in animals)
