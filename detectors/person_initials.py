"""PERSON: initials that stand for a person on their own ("- JK", "Notulist: MvdB").

Minutes, chats and e-mails sign and list people by their initials: a sign-off line of a dash
and two to four letters, the owner of an action point ("- JK: planning"), or the items after
a person label ("Aanwezig: JK, PB, MvdB").
Capitals that are no one's initials ("- HR", "Notulist: HR") are data (person.toml
``acronyms``).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from detectors.context import Evidence, patterns, scores
from detectors.person_names import person_words

# Two to four initials, a surname's particles in lower case between them ("JK", "MvdB").
_LETTERS = r"\p{Lu}(?:\p{Ll}{0,3}\p{Lu}){1,3}"
_SIGN_OFF = regex.compile(rf"^[ \t]*(?:--?|–|—)[ \t]*({_LETTERS})[ \t]*\r?$", regex.MULTILINE)
# An action point of minutes: "- JK: planning rondsturen", "2) MvdB: offerte".
_ACTION = regex.compile(
    rf"^[ \t]*(?:[-–—•*]|\d{{1,2}}[.)])[ \t]*({_LETTERS})[ \t]*(?::|->|→)[ \t]*\S",
    regex.MULTILINE,
)
# A labelled list: "Aanwezig: JK, PB en MvdB" (the label is checked by the caller).
_LISTED = regex.compile(
    rf"(?<=[:,][ \t]*|[ \t](?:en|and)[ \t]+)({_LETTERS})"
    r"(?=[ \t]*(?:[,;.)]|[ \t](?:en|and)[ \t]|\r?$))",
    regex.MULTILINE,
)


def _is_initials(word: str) -> bool:
    return word.lower() not in person_words()["acronyms"]


def sign_offs(text: str) -> Iterator[tuple[int, int, Evidence]]:
    """Initials alone on a sign-off line after a dash ("- JK")."""
    s = scores("PERSON").extra
    for m in _SIGN_OFF.finditer(text):
        if _is_initials(m.group(1)) and not _in_list(text, m.start(), m.end()):
            yield m.start(1), m.end(1), Evidence(s["signature"], "initials signing")


def action_owners(text: str) -> Iterator[tuple[int, int, Evidence]]:
    """Initials owning an action point ("- JK: planning")."""
    s = scores("PERSON").extra
    for m in _ACTION.finditer(text):
        if _is_initials(m.group(1)):
            yield m.start(1), m.end(1), Evidence(s["signature"], "initials owning an action")


def _in_list(text: str, start: int, end: int) -> bool:
    """A bullet among others ("- AVG" under "- WKR"), not a sign-off: a dash line right
    above or below it."""
    top = text.rfind("\n", 0, start)
    above = text[text.rfind("\n", 0, max(0, top)) + 1 : max(0, top)] if top > 0 else ""
    nl = text.find("\n", end)
    below = "" if nl < 0 else text[nl + 1 : nl + 80].split("\n", 1)[0]
    return any(line.lstrip()[:1] in "-–—•*" and line.strip() for line in (above, below))


def listed(text: str) -> Iterator[tuple[int, int, Evidence]]:
    """Initials in a list after a person label on their line ("Notulist: JK",
    "Aanwezig: JK, PB en MvdB")."""
    label = scores("PERSON").label
    for m in _LISTED.finditer(text):
        if _is_initials(m.group(1)) and _labelled_line(text, m.start(1)):
            yield m.start(1), m.end(1), Evidence(label, "initials after a label")


def _labelled_line(text: str, start: int) -> bool:
    """The line opens with a person label and a colon before ``start``."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    head = line.split(":", 1)[0] if ":" in line else ""
    word = patterns("PERSON")[0]
    return bool(head) and len(head) <= 40 and word is not None and word.search(head) is not None
