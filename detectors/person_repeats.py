"""PERSON: the words of a document's own names where they stand alone again.

A name reported in full ("Sanne de Vries", "dhr. Okonkwo") makes its parts names wherever
the text repeats them ("Sanne", "De Vries", "Okonkwo"): their spans, found by one scan,
without the ones beside digits ("15 Jan 2024") or inside a name already reported.
person.py filters them further (a place or a firm after them).
"""

from __future__ import annotations

import bisect
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from detectors.base import note_timeout, regex_timeout
from detectors.person_names import common_words, first_names, is_name_shaped
from detectors.person_openers import occurrences_in
from detectors.person_shape import NAME, PARTICLES

if TYPE_CHECKING:
    from detectors.person import Name


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) overlaps one of the sorted, non-overlapping ``spans``."""
    i = bisect.bisect_right(spans, (start, 1 << 62))
    # (the span before and the span at i, each looked at by itself: no slice, no generator;
    # asked for every repeat and every result of a text)
    if i and spans[i - 1][0] < end and start < spans[i - 1][1]:
        return True
    return i < len(spans) and spans[i][0] < end and start < spans[i][1]



def reported_parts(names: list[tuple[Name, float]]) -> dict[str, float]:
    """The first names and surnames (with their particles) of names reported in full, each
    with the best score of a name it came from: a repeat is never surer than its source (a
    weak guess such as "Microsoft Jones" at 0.55 spread "Microsoft" at 0.8)."""
    parts: dict[str, float] = {}
    for n, score in names:
        for p in _name_parts(tuple([t.text for t in n.tokens]), n.roles):
            parts[p] = max(score, parts.get(p, 0.0))
    return parts


@lru_cache(maxsize=8192)
def _name_parts(words: tuple[str, ...], roles: str) -> tuple[str, ...]:
    """The parts of one name (once per distinct name: prose repeats its names)."""
    first = [w for w, r in zip(words, roles, strict=True) if r == "F"][:1]
    # a first name on no list counts too beside a surname ("Chidi Okonkwo" ... "Chidi"),
    # unless a common word ("Zorg Bakker"): names of every origin repeat alike
    parts = [w.lower() for w in first if w in first_names() or (
        "L" in roles and w.lower() not in common_words() and is_name_shaped(w))]
    last = [w for w, r in zip(words, roles, strict=True) if r in "PL-"]
    if last:
        parts.append(" ".join(last).replace(" - ", "-").lower())
        parts.append([w for w, r in zip(words, roles, strict=True) if r == "L"][-1].lower())
    return tuple(p for p in parts if len(p) >= 2)


# A capitalised word, or a double one ("Jansen-Bakker" alone after "Eva Jansen-Bakker").
_CAP_WORD = regex.compile(rf"(?<![\w'’.\-]){NAME}(?:-{NAME})?(?![\w'’]|-\w)")
_PARTICLE_BEFORE = regex.compile(r"(\S+)[ ]+$", regex.REVERSE)


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
        return [m.span() for m in _CAP_WORD.finditer(text) if m.group().lower() in parts]
    low = text.lower()
    if len(low) != len(text) or "Σ" in text:
        return [m.span() for m in _CAP_WORD.finditer(text, timeout=regex_timeout())
                if m.group().lower() in parts]
    out, end = [], 0
    for start, part in occurrences_in(low, parts):
        if start < end or not (text[start].isupper() or text[start] in "dl"):
            continue  # (a name opens with a capital, or d'/l': "d'Ancona")
        m = _CAP_WORD.match(text, start)
        if m is not None and m.end() == start + len(part):
            out.append(m.span())
            end = m.end()
    return out


_DIGIT_AFTER = regex.compile(r"\.?[ ]?\d")


def _next_to_digits(text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - 2) : start].strip(), text[end : end + 3]
    return (before[-1:].isdigit()) or bool(_DIGIT_AFTER.match(after))
