"""PERSON: a surname that a hard-wrapped paragraph carried to the next line ("met name Anouk
Visser en Dragan⏎Jovanović, met wie ze ...", "our HR systems lead, Bas⏎van Ommeren. Both").

A mail or a report typed with its own line breaks splits a name where the line ran out; the
names found end at the first name. The word that opens the next line is that person's surname
when a first name found alone ends a line of prose (a space in it, no label or dotted leader
of a form; a colon only after a sentence's words), the word is a gazetteer surname or
name-shaped and no common word (particles may come first), and the sentence goes on after it
(a comma, a full stop, a bracket, or a word in lower case): a line that holds the word alone
is a list's or a signature's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from detectors.context import Evidence, scores
from detectors.person_names import (
    alone_first_names,
    common_words,
    is_name_shaped,
    is_org_word,
    last_names,
)
from detectors.person_shape import PARTICLES

_PARTICLE = "|".join(regex.escape(p) for p in sorted(PARTICLES, key=len, reverse=True))
# the next line's opening: particles in lower case, then a capitalised word (hyphenated
# double surnames whole), then how the sentence goes on
_CARRIED = regex.compile(
    rf"\n[ \t]*((?:(?:{_PARTICLE})[ ]){{0,3}}(\p{{Lu}}[\p{{Ll}}'’]+(?:-\p{{Lu}}?[\p{{Ll}}'’]+)*))"
    r"(?=[,;)]|\.(?!\S)|[ ]\(|[ ]\p{Ll})")  # (not "Geb.datum", "Geb. datum" of a form)
_PROSE_BEFORE = 25  # characters of the first name's line before it: a line of prose


# (stop 58) words before a colon that make it a sentence's, not a form's label: "hij stelde
# zijn neef voor: Krzysztof⏎Kowalczyk, 06 ..." (not "Naam: Anouk⏎Visser", "Contact person:")
_SENTENCE_WORDS = 4


def _labelled(line: str) -> bool:
    """A colon in the line after a label's few words: a form's field, not prose."""
    colon = line.rfind(":")
    return colon >= 0 and len(line[:colon].split()) < _SENTENCE_WORDS


def surnames(text: str, found: Iterable[tuple[int, int, float]]) -> Iterator[tuple[int, int, Evidence]]:
    """(start, end, evidence) of the surname carried to the line after each name ``found``
    (start, end, score) that ends its line with a first name, never surer than that name."""
    for start, end, score in found:
        if text[end:end + 1] != "\n" or (m := _CARRIED.match(text, end)) is None:
            continue
        first = text[start:end]
        lo = text.rfind("\n", 0, start) + 1
        line = text[lo:start]
        # (a first name found alone: "M.A. Yilmaz" ends in its surname already)
        if (first not in alone_first_names() or len(line) < _PROSE_BEFORE or " " not in line
                or _labelled(line) or ".." in line):
            continue
        word = m.group(2)
        parts = word.split("-")
        if is_org_word(word) or not (word in last_names() or all(
                is_name_shaped(p.title()) and p.lower() not in common_words() for p in parts)):
            continue
        yield m.start(1), m.end(1), Evidence(min(score, scores("PERSON").extra["repeat"]),
                                             "surname on the next line of a wrapped name")
