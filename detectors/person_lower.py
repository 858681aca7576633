"""PERSON in lower case, as people type names in chats and quick notes.

"hoi sanne," / "groetjes kees" / "thanks anna!": a greeting or closing and then a gazetteer
first name that is no common word; "sanne" typed small once "Sanne de Vries" has been
written in full in the same text; and, in a text typed small throughout (a speech-to-text
transcript, a chat: most of its sentences open in lower case), a gazetteer first name that
is no common word, with the surname after it ("u spreekt met ilse verbeek", "kees van dam")
or alone in a sentence ("heb je fenna gesproken").
Everything else in lower case is left alone: most lower-case words are words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.context import Evidence, label_before, patterns, scores
from detectors.person_names import (
    alone_first_names,
    common_words,
    excluded,
    last_names,
    person_words,
)
from detectors.person_openers import cued_words, occurrences_in

_WORD = re.compile(r"[^\W\d_][\w\-]{2,}(?=[ ]*(?:[,:!.?]|\r?\n|$))", re.MULTILINE)
_LEAD = re.compile(r"(\w+)[ ,]+$")
_LEAD_ENDS = (" ", ",", "\n")  # what _LEAD's "[ ,]+$" needs right before the word ("$": a last "\n" too)


def _after_greeting(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each lower-case word that ends its phrase right after a greeting or
    closing ("hoi sanne,", "groetjes kees"): from the opener scan person_shape runs anyway."""
    leads = person_words()["greetings"] | person_words()["closings"]
    for start, upper in cued_words(text):
        if upper or text[start - 1 : start] not in _LEAD_ENDS:
            continue  # (most cued words stand inside a longer word: "ing" in "ingang")
        lead = _LEAD.search(text, max(0, start - 25), start)
        m = _WORD.match(text, start)
        if m is not None and lead is not None and lead.group(1).lower() in leads:
            yield start, m.end()


def _typed_small(word: str) -> bool:
    """A lower-case word that is a gazetteer first name and no common word ("sanne")."""
    return _as_name(word) in alone_first_names()


def _as_name(word: str) -> str:
    """A word typed small as the gazetteers write it: "anne-marie" as "Anne-Marie"."""
    return "-".join(p.title() for p in word.split("-"))


def names(text: str, seen: frozenset[str]) -> Iterator[tuple[int, int, Evidence]]:
    """(start, end, evidence) of each lower-case name after a greeting or closing, and of
    each lower-case repeat of the first name of a name reported in full (``seen``)."""
    s = scores("PERSON").extra
    found: set[int] = set()
    for start, end in _after_greeting(text):
        word = text[start:end]
        if word.islower() and _typed_small(word):
            found.add(start)
            yield start, end, Evidence(s["greeting"], "greeting")
    for start, end, full in small_typed(text):
        if start not in found:
            found.add(start)
            yield start, end, (Evidence(s["full"], "typed small: first name and surname") if full
                               else Evidence(s["first_alone"], "typed small: first name"))
    for start, end in labelled(text):
        if start not in found:
            found.add(start)
            yield start, end, Evidence(s["full"], "label: first name and surname typed small")
    for start, end in addressed(text):
        if start not in found:
            found.add(start)
            yield start, end, Evidence(s["title"], "form of address before a name typed small")
    parts = tuple(sorted(p for p in seen if _repeatable(p)))
    for start in sorted(repeat_starts(text, parts) - found):
        end = start + next(len(p) for p in sorted(parts, key=len, reverse=True)
                           if text.startswith(p, start))
        yield start, end, Evidence(s["repeat"], "name seen in full")


# A value typed small that opens its field: after a label's colon or a spaced dash, a cell's
# delimiter or a line's start ("naam - sabitha ramautar", a web form's export: ",serkan
# kaya,"). One character class opens the pattern, so the engine scans for it (3x faster
# than an alternation with "^"); a dash counts only after a blank (not "re-integratie").
# (blanks bounded: a run of 200 KB of tabs is tried at each of its tabs)
_VALUE = r"[ ]{0,3}([a-z]{3,}(?:-[a-z]{2,})?)(?=[ ])"
_OPENS_VALUE = re.compile(rf"[:;,|\t=\n-]{_VALUE}")
_OPENS_TEXT = re.compile(_VALUE)  # (the text's first line)
_VALUE_END = re.compile(r"[ \t]{0,8}(?:[,;|\t\r\n]|$)")


def _field_openers(text: str) -> Iterator[re.Match[str]]:
    first = _OPENS_TEXT.match(text)
    if first is not None:
        yield first
    for m in _OPENS_VALUE.finditer(text):
        if text[m.start()] != "-" or text[m.start() - 1 : m.start()] == " ":
            yield m


def labelled(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each first name and surname typed small that fill a person's field
    on their own: its label or its column's header names a person ("Naam", "Invitee Name")
    and nothing but the name is in the field; the first name or the surname a gazetteer's.
    A web form keeps what a candidate typed."""
    word = patterns("PERSON")[0]
    if word is None:
        return
    for m in _field_openers(text):
        first = m.group(1)
        if _typed_small(first):  # a known first name: any surname that is no word
            end = _surname_end(text, m.end(1), in_field=True)
        elif first not in common_words() and first not in excluded():
            end = _surname_end(text, m.end(1))  # else a known surname ("sabitha ramautar")
        else:
            continue
        if end is None or _VALUE_END.match(text, end) is None:
            continue
        if word.search(label_before(text, m.start(1))) is not None:
            yield m.start(1), end


# A form of address typed or said before a surname in lower case ("dank u wel mevr postma",
# "mw. abdullahi", "meneer bakir", "mister van der graaf"): the word after it, particles
# and all. Forms of address, not titles (person_names.honorifics: "dr", "ing" may stand
# before a field's word).
# (each branch opens on its letter and looks behind only then: a pattern that opens on a
# look-behind is tried at every character of the text)
_ADDRESS = re.compile(
    r"(?:[mM](?<![\w.].)(?i:evrouw|evr|w|eneer|nr|ister|rs|r|s|iss)"
    r"|[dD](?<![\w.].)(?i:hr)|[hH](?<![\w.].)(?i:eer))\.?[ ]+"
    r"((?:(?:van|de|der|den|ter|ten|te|'t|el|al|da|dos|di|le|la|von)[ ]+){0,3})"
    r"([a-zà-ÿ][a-zà-ÿ'’]{2,}(?:-[a-zà-ÿ]{2,})?)(?![\w@'’\-]|\.\w)")


def addressed(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each surname typed small after a form of address: no common word
    ("mevrouw wil", "meneer zegt") nor title; after a particle a surname that the gazetteer
    knows ("mister van der graaf")."""
    titles = person_words()["titles"]
    for m in _ADDRESS.finditer(text):
        word = m.group(2)
        if m.group(1):  # (after a particle only a surname: not "mevrouw de intercedente")
            ok = _as_name(word) in last_names()
        else:  # (nor a title: "mw. drs. Brinkman")
            ok = word not in common_words() and word not in excluded() and word not in titles
        if ok:
            yield m.start(1) if m.group(1) else m.start(2), m.end(2)


def repeat_starts(text: str, parts: tuple[str, ...]) -> set[int]:
    """Where one of ``parts`` stands as a whole word. A few: a plain find each; many (an
    export of hundreds of people): one keyword-automaton pass, each hit checked to stand
    whole (a trie pattern compiled per text cost ~35 ms: each text has its own parts)."""
    if len(parts) > _FEW:
        return {i for i, p in occurrences_in(text, parts) if _whole(text, i, p)}
    return {i for p in parts for i in _occurrences(text, p)}


_FEW = 8
_BEFORE_OK = "'’.@/-_"
_AFTER_OK = "'’@-_"


def _occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` stands as a whole word (as _whole, but a full stop and an underscore
    after it end it)."""
    out, i = [], text.find(word)
    while i >= 0:
        before, after = text[i - 1:i] if i else "", text[i + len(word):i + len(word) + 2]
        if not (before and (before.isalnum() or before in _BEFORE_OK)) and not (
                after[:1] and (after[:1].isalnum() or after[:1] in _AFTER_OK)
                or (after[:1] == "." and after[1:2].isalnum())):
            out.append(i)
        i = text.find(word, i + len(word))
    return out


def _whole(text: str, i: int, word: str) -> bool:
    r"""True where ``(?<![\w'’.@/\-])word(?![\w'’@\-]|\.\w)`` matches: no part of a longer
    word, an address or a path."""
    before, after = text[i - 1:i] if i else "", text[i + len(word):i + len(word) + 2]
    return not (before and (before.isalnum() or before in _BEFORE_OK)) and not (
        after[:1] and (after[:1].isalnum() or after[:1] in _AFTER_OK)
        or (after[:1] == "." and after[1:2] != "" and (after[1].isalnum() or after[1] == "_")))


def _repeatable(part: str) -> bool:
    """A first name of a reported name that is no word in lower case ("sanne", "kees"; not
    "roos", "bakker" or "de vries")."""
    return len(part) >= 3 and " " not in part and part not in excluded() and _typed_small(part)


# A sentence's or line's first letter (after a reply's ">" too): a text whose sentences
# open small at least as often as with a capital is typed small throughout (a transcript, a
# chat; "Beller: ja eh" opens once each way), and there names are typed small too. One C
# scan (~0.2% of detect() on prose): the gate for the word scan below, which costs more.
# (a dot in "www.bedrijf.nl" or an address opens none: after a stop, space must follow)
# (each branch opens with its own character, so re finds where one may match by a scan in C
# for those five, not by trying the pattern at every character: ~4x faster)
_OPENS = re.compile(r"(?:\.[ \t>]+|![ \t>]+|\?[ \t>]+|:[ \t>]+|\n[ \t>]*)([a-zA-Z])")
_MIN_OPENS = 3
# A lower-case word that no address, path or longer word holds, and the words after it.
_SMALL_WORD = re.compile(r"(?<![\w.@/'’\-])[a-z][a-z]{2,}(?:-[a-z]{2,})?(?![\w@'’\-]|\.\w)")
_SURNAME = re.compile(
    r"[ ]+((?:(?:van|de|der|den|ter|ten|te|het|'t|el|al|da|dos|di|le|la)[ ]+){0,3})"
    r"([a-z][a-z]{1,}(?:-[a-z]{2,})?)(?![\w@'’\-]|\.\w)")


def _typed_small_text(text: str) -> bool:
    opens = _OPENS.findall(text)
    small = sum(1 for c in opens if c.islower())
    return small >= _MIN_OPENS and 2 * small >= len(opens)


def small_typed(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, with a surname) of each gazetteer first name typed small in a text typed
    small throughout: with the surname after it ("ilse verbeek", "kees van dam"), or alone
    after a word of its sentence or opening its line ("met fenna", "thx sanne"), four letters
    or more and no ordinary word in lower case (person.toml ``small_words``: "vmbo kader")."""
    if not _typed_small_text(text):
        return
    words, greetings = person_words()["small_words"], person_words()["greetings"]
    for m in _SMALL_WORD.finditer(text):
        word = m.group()
        if not _typed_small(word) or word in greetings:
            # (a greeting that is a first name too: "salam Ilse", person.toml greeting_names)
            continue
        end = _surname_end(text, m.end())
        if end is not None:
            yield m.start(), end, True
        elif len(word) >= 4 and word not in words and _in_prose(text, m.start()) and (
                _OBJECT_AFTER.match(text, m.end()) is None):
            yield m.start(), m.end(), False


# An object pronoun right after the word: a verb, not a name ("can you ping him", "app haar")
_OBJECT_AFTER = re.compile(r"[ ]+(?:him|her|them|me|us|hem|haar|mij|ons|jullie)(?!\w)")
# What stands before a first name alone in a sentence typed small: a lower-case word (with
# its comma, or a speaker's colon: "met sanne", "thx sanne", "beller: sanne"), or the line's
# start; not a digit, a bracket, a quote or a dash (a log's or a table's value).
_PROSE_BEFORE = re.compile(r"(?:(?<![\w.@/\-])[a-z]+[,:]?[ ]+|^[ \t]*)$", re.MULTILINE)


def _in_prose(text: str, start: int) -> bool:
    return _PROSE_BEFORE.search(text, max(0, start - 30), start) is not None


def _surname_end(text: str, i: int, in_field: bool = False) -> int | None:
    """Where the surname after a first name ends: a gazetteer surname that is no common
    word ("verbeek"), or any word but a stop word after particles ("van dam"), else None.
    In a person's field (``in_field``) any word that is no common word ("ramautar")."""
    m = _SURNAME.match(text, i, i + 60)
    if m is None:
        return None
    word = m.group(2)
    if word in excluded():
        return None
    if m.group(1):
        return m.end()
    titled = "-".join(p.title() for p in word.split("-"))
    return m.end() if (in_field or titled in last_names()) and word not in common_words() else None
