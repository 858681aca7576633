"""PERSON: the words of a document's own names where they stand alone again.

A name reported in full ("Sanne de Vries", "dhr. Okonkwo") makes its parts names wherever
the text repeats them ("Sanne", "De Vries", "Okonkwo"): their spans, found by one scan,
without the ones beside digits ("15 Jan 2024") or inside a name already reported.
person.py filters them further (a place or a firm after them).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from detectors.base import note_timeout, regex_timeout
from detectors.person_forms import CALL_NAME
from detectors.person_names import (
    alone_first_names,
    common_words,
    first_names,
    fold,
    is_name_shaped,
    is_seat,
    person_words,
)
from detectors.person_openers import occurrences_in
from detectors.person_shape import NAME, PARTICLES

if TYPE_CHECKING:
    from detectors.context import Evidence
    from detectors.person import Name


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) overlaps one of the sorted, non-overlapping ``spans``."""
    i = bisect.bisect_right(spans, (start, 1 << 62))
    # (the span before and the span at i, each looked at by itself: no slice, no generator;
    # asked for every repeat and every result of a text)
    if i and spans[i - 1][0] < end and start < spans[i - 1][1]:
        return True
    return i < len(spans) and spans[i][0] < end and start < spans[i][1]



def reported_parts(names: list[tuple[Name, float]],
                   called: dict[str, float] | None = None) -> dict[str, float]:
    """The first names and surnames (with their particles) of names reported in full, each
    with the best score of a name it came from: a repeat is never surer than its source (a
    weak guess such as "Microsoft Jones" at 0.55 spread "Microsoft" at 0.8); and the
    ``called`` names (called_parts), whatever their words."""
    parts: dict[str, float] = dict(called or {})
    for n, score in names:
        for p in _name_parts(tuple([t.text for t in n.tokens]), n.roles):
            parts[p] = max(score, parts.get(p, 0.0))
    return parts


def called_parts(text: str, found: Sequence[tuple[Name, Evidence]], kept: Sequence[bool]
                 ) -> dict[str, float]:
    """The name one goes by, in quotes or brackets inside a full name that is ``kept``
    ('Tinus "Skippy" Dukker', person_forms.CALL_NAME), with that name's score: the quotes
    say it is a name, so it repeats alone ("Skippy, bedankt") though a common word or on no
    list (_name_parts needs one or the other)."""
    out: dict[str, float] = {}
    for (n, ev), keep in zip(found, kept, strict=True):
        if not keep:
            continue
        if ev.why == CALL_NAME:
            words = [t.text for t in n.tokens
                     if len(t.text) >= 2 and text[t.start - 1 : t.start] in _CALL_OPEN]
        else:
            words = [w] if (w := _called_beside(text, n)) is not None else []
        for word in words:
            out[word.lower()] = max(ev.score, out.get(word.lower(), 0.0))
    return out


_CALL_OPEN = frozenset("\"“'‘(")  # what opens a call name: a quote or a bracket
# A call name right after a full name: in quotes, bracketed or not ('Dennis van Ooijen
# ("Den")', 'Abdul Rahman / "Abood"'), or in brackets alone when it is a first name
# ("Tran V.H. (Karim)"); a capitalised word in brackets is a place or a firm as often.
_CALLED_QUOTED = regex.compile(
    r"[ \t]*(?:\([ \t]*|/[ \t]*)?[\"“'‘](\p{Lu}[\p{L}'’\-]{1,15})[\"”'’](?:[ \t]*\))?")
_CALLED_BRACKETED = regex.compile(r"[ \t]*\((\p{Lu}\p{Ll}[\p{Ll}\-]{0,14})\)")
# (stop 76) or right before the full name in brackets, a first name that stands alone: a
# signature's "Wim (Willemijn Hogenboom)"; not a role or a department ("Onderhoud (Henk
# Oomkes)", "Klantcontact (Rik Zandvliet)")
_CALLED_BEFORE = regex.compile(r"(?<![\w'’\-])(\p{Lu}\p{Ll}[\p{Ll}'’\-]{0,14})[ \t]*\($")


def _called_beside(text: str, n: Name) -> str | None:
    """The name a full name's bearer goes by, written right after it or right before it in
    brackets (_CALLED_QUOTED, _CALLED_BRACKETED, _CALLED_BEFORE): only beside a name with a
    surname, and not the name's own word again."""
    if "L" not in n.roles or len(n.tokens) < 2:
        return None
    after = _CALLED_QUOTED.match(text, n.end)
    if after is None and (bracketed := _CALLED_BRACKETED.match(text, n.end)) is not None and (
            bracketed.group(1) in first_names()):
        after = bracketed
    before = _CALLED_BEFORE.search(text, max(0, n.start - 20), n.start) if (
        text[n.end : n.end + 1] == ")") else None
    if before is not None and before.group(1) not in alone_first_names():
        before = None
    own = {t.text for t in n.tokens}
    return next((m.group(1) for m in (after, before) if m is not None and m.group(1) not in own),
                None)


@lru_cache(maxsize=8192)
def _name_parts(words: tuple[str, ...], roles: str) -> tuple[str, ...]:
    """The parts of one name (once per distinct name: prose repeats its names)."""
    # every given name written as a word of its own: a double one is called by either part
    # ("Thu Hien Nguyen" ... "Hien", "Anna Maria de Wit" ... "Maria"); not the second half of
    # a hyphenated one ("Gert-Jan": "jan" is a month as often)
    lead = roles.find("F")
    first = [w for i, (w, r) in enumerate(zip(words, roles, strict=True))
             if r == "F" and (i == lead or roles[i - 1] == "F")]
    # a first name on no list counts too beside a surname ("Chidi Okonkwo" ... "Chidi"),
    # unless a common word ("Zorg Bakker"): names of every origin repeat alike
    parts = [w.lower() for w in first if w in first_names() or (
        "L" in roles and w.lower() not in common_words() and is_name_shaped(w))]
    last = [w for w, r in zip(words, roles, strict=True) if r in "PL-"]
    if last:
        parts.append(" ".join(last).replace(" - ", "-").lower())
        parts.append([w for w, r in zip(words, roles, strict=True) if r == "L"][-1].lower())
    # the same part without its accents: a form, a passport or a keyboard drops them
    # ("Dilan Çelik" ... "Celik", "Müller" ... "Muller")
    parts += [f for p in parts if (f := fold(p)) != p]
    return tuple(p for p in parts if len(p) >= 2)


# A capitalised word, or a double one ("Jansen-Bakker" alone after "Eva Jansen-Bakker").
_CAP_WORD = regex.compile(rf"(?<![\w'’.\-]){NAME}(?:-{NAME})?(?![\w'’]|-\w)")
_PARTICLE_BEFORE = regex.compile(r"(\S+)[ ]+$", regex.REVERSE)
# A name's possessive: Dutch writes "Jansens", "Ahmeds" (no apostrophe after a name not
# ending in a vowel or a sibilant), "Sanne's"; English "Okafor's" (ANS 3.4.2, genitive -s).
# ("Thomas'" is left alone: a capitalised word before an apostrophe is no repeat here.)
_POSSESSIVE_ENDS = ("'s", "’s", "s")


def repeats(
    text: str, parts: frozenset[str], taken: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Spans of capitalised words (with their particles) that repeat a part of a reported
    name; not beside digits ("15 Jan 2024": a month, not the Jan seen in full). A word
    inside a ``taken`` span is skipped (its span with particles would overlap it too)."""
    if not parts:
        return []
    try:
        found = _part_words(text, parts)
    except TimeoutError:
        note_timeout("PersonRecognizer")
        return []
    spans = []
    for begin, end in found:
        if (taken and inside(taken, begin, end)) or _next_to_digits(text, begin, end):
            continue
        spans.append((_with_particles(text, begin, end, parts), end))
    return spans


def _with_particles(text: str, begin: int, end: int, parts: frozenset[str]) -> int:
    """Where a repeated word starts with the particles before it that make a reported
    surname: the longest such run, read back over up to three particles, since the run's
    tail alone need not be one ("der Meer" is no part of "van der Meer")."""
    start = at = begin
    for _ in range(3):
        p = _PARTICLE_BEFORE.search(text, max(0, at - 8), at)
        if p is None or p.group(1).lower() not in PARTICLES:
            break
        at = p.start(1)
        if text[at:end].lower() in parts:
            start = at
    return start


_MANY_PARTS = 40


def _part_words(text: str, parts: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of the capitalised words (_CAP_WORD matches) that are one of ``parts`` in
    lower case: the parts are found in the lower-cased text by one keyword-automaton pass
    (pyahocorasick), and a capitalised word is matched only where one stands. The lower
    case of the whole text is the lower case of each word at the same offsets unless a
    letter lower-cases to two or a 'Σ' lower-cases by its context: then every capitalised
    word is matched and looked up; and so is every capitalised word when the parts are many
    (an export's, a text naming hundreds: the automaton's hits inside longer words then
    cost more than a lookup per word: measured 35 vs 16 ms per 3 x 100 KB export, 30 vs 24
    on name-dense prose; 1.7 vs 8.5 ms on 40 CVs of a few parts each)."""
    if len(parts) > _MANY_PARTS:  # (linear: _CAP_WORD opens where no letter stands before it
        # and reads one word, so no text makes it backtrack: no timeout, whose clock checks
        # made the scan ~1.6x slower: 28.6 vs 17.0 ms per 3 x 100 KB ';' export)
        return _cap_words(text, parts, _CAP_WORD.finditer(text))
    low = text.lower()
    if len(low) != len(text) or "Σ" in text:
        return _cap_words(text, parts, _CAP_WORD.finditer(text, timeout=regex_timeout()))
    out, end = [], 0
    for start, part in occurrences_in(low, parts):
        if start < end or not (text[start].isupper() or text[start] in "dl"):
            continue  # (a name opens with a capital, or d'/l': "d'Ancona")
        m = _CAP_WORD.match(text, start)
        if m is not None and m.end() == start + len(part):
            out.append(m.span())
            end = m.end()
        elif (close := _possessive_end(text, start, start + len(part))) > 0:
            out.append((start, _name_end(text, start + len(part), close)))
            end = close
    return out


def _cap_words(text: str, parts: frozenset[str],
               matches: Iterator[regex.Match[str]]) -> list[tuple[int, int]]:
    """The spans of the capitalised words that are a part, or a part's possessive."""
    out = []
    for m in matches:
        word = m.group()
        if word.lower() in parts:
            out.append(m.span())
        elif word[-1] == "s" and _is_possessive(text, m, parts):  # (cheap test first)
            out.append(_without_apostrophe(text, m))
    return out


def _name_end(text: str, end: int, close: int) -> int:
    """Where a possessive's name ends: before an apostrophe ("Jansen's" is Jansen, as the
    name's fingerprint should be), after a Dutch "s" ("Jansens" is one word)."""
    return end if text[end] in "'’" else close


def _without_apostrophe(text: str, m: regex.Match[str]) -> tuple[int, int]:
    cut = max(m.group().rfind("'"), m.group().rfind("’"))
    if cut > 0 and m.group()[cut:].lower() in ("'s", "’s"):
        return m.start(), m.start() + cut
    return m.span()


def stem(word: str) -> str:
    """A repeated word without its possessive ending, when it has one ("jansens" ->
    "jansen" only where "jansen" is a part: the caller asks)."""
    for tail in _POSSESSIVE_ENDS:
        if word.endswith(tail):
            return word[: -len(tail)]
    return word


def _is_possessive(text: str, m: regex.Match[str], parts: frozenset[str]) -> bool:
    """True for a capitalised word that is a part with a possessive ending ("Jansens" after
    "Eva Jansen"), as _possessive_end reads it."""
    lower = m.group().lower()
    if lower[-1] != "s":  # (every ending does: most capitalised words stop here)
        return False
    return any(lower.endswith(t) and lower[: -len(t)] in parts
               and _possessive_end(text, m.start(), m.end() - len(t)) == m.end()
               for t in _POSSESSIVE_ENDS)


# The ending, then the thing possessed: a word in lower case ("Jansens rooster", "Sanne's
# vraag"); not a conjunction ("Jansens en Smits": a family's plural, a list) nor a capital
# ("Jansens Transport": a firm named after its owner), nor the end of a clause.
_POSSESSIVE = regex.compile(r"['’]?s(?=[ ]+(?!(?:en|and|of|or|maar|but)\b)\p{Ll})")


def _possessive_end(text: str, start: int, end: int) -> int:
    """Where the possessive of the name at text[start:end] ends ("Jansens", "Sanne's"), or
    0: the name must open a word, the whole word be no common one, a noun follow."""
    if start and (text[start - 1].isalnum() or text[start - 1] in "'’.-"):
        return 0
    if _NAME_ONLY.fullmatch(text, start, end) is None:
        return 0  # (a name as _CAP_WORD reads one: "JANSEN's" is none)
    m = _POSSESSIVE.match(text, end)
    if m is None or text[start : m.end()].lower() in common_words():
        return 0
    if text[end] == "s" and _plural_or_adjective(text[start:end], text[start : m.end()].lower()):
        return 0
    return m.end()


@lru_cache(maxsize=4096)
def _plural_or_adjective(stem: str, word: str) -> bool:
    """True when a name's part with a bare "s" reads as another word: an occupation's or a
    common word's plural ("Bakkers openen" after "Anna Bakker", "Koks gezocht"), a language
    or a region's adjective ("Engels vloeiend", "Brabants bier", "Frieslands meren": the
    stem a place or country). An apostrophe ("Bakker's") still makes a possessive."""
    words = person_words()
    lower = stem.lower()
    return (lower in common_words() or lower in words["occupations"]
            or word in words["s_form_words"] or word in nationalities() or is_seat(stem))


@lru_cache(maxsize=1)
def nationalities() -> frozenset[str]:
    """The nationalities' adjectives and nouns of abroad.toml, lower case."""
    from detectors.doc_abroad import _words

    return frozenset(_words()["nationalities"])


_NAME_ONLY = regex.compile(rf"{NAME}(?:-{NAME})?")


_DIGIT_AFTER = regex.compile(r"\.?[ ]?\d")


def _next_to_digits(text: str, start: int, end: int) -> bool:
    # (on its own line: a name opening a line after a date that closed the line before)
    before, after = text[max(0, start - 2) : start].strip(" \t"), text[end : end + 3]
    return (before[-1:].isdigit()) or bool(_DIGIT_AFTER.match(after))
