"""PERSON: initials that stand for a person on their own ("- JK", "Notulist: MvdB").

Minutes, chats and e-mails sign and list people by their initials: a sign-off line of a dash
and two to four letters, the owner of an action point ("- JK: planning"), or the items after
a person label ("Aanwezig: JK, PB, MvdB"). Capitals that are no one's initials ("- HR",
"Notulist: HR") are data (person.toml ``acronyms``). Each is one C-level scan of the text
(stdlib ``re``); the rare hits are checked in Python.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from detectors.context import Evidence, patterns, scores
from detectors.person_names import person_words

# Two to four initials, a surname's particles in lower case between them ("JK", "MvdB").
_LETTERS = regex.compile(r"\p{Lu}(?:\p{Ll}{0,3}\p{Lu}){1,3}")
# A line opening with a dash, bullet or number, then a short word: a sign-off ("- JK")
# when the line ends there, an action point's owner when a colon or arrow follows.
_BULLET = re.compile(
    r"^[ \t]*(-{1,2}|–|—|•|\*|\d{1,2}[.)])[ \t]*([^\W\d_]{2,6})[ \t]*(:|->|→|\r?$)",
    re.MULTILINE,
)
# A labelled line: "Aanwezig: JK, PB en MvdB" (the label is checked in Python).
_LABELLED = re.compile(r"^([^\n:]{2,40}):([^\n]+)", re.MULTILINE)
_ITEM = re.compile(r"[^,;]+")
_AND = re.compile(r"[ \t]+(?:en|and)[ \t]+")


def _is_initials(word: str) -> bool:
    return bool(_LETTERS.fullmatch(word)) and word.lower() not in person_words()["acronyms"]


def bullets(text: str) -> Iterator[tuple[int, int, Evidence]]:
    """Initials signing on a dash line ("- JK"), or owning an action point ("- JK: ...")."""
    s = scores("PERSON").extra
    for m in _BULLET.finditer(text):
        if not _is_initials(m.group(2)):
            continue
        if m.group(3) in (":", "->", "→"):
            yield m.start(2), m.end(2), Evidence(s["signature"], "initials owning an action")
        elif m.group(1).startswith(("-", "–", "—")) and not _in_list(text, m.start(), m.end()):
            yield m.start(2), m.end(2), Evidence(s["signature"], "initials signing")


def _in_list(text: str, start: int, end: int) -> bool:
    """A bullet among others ("- AVG" under "- WKR"), not a sign-off: a dash line right
    above or below it."""
    top = text.rfind("\n", 0, start)
    above = text[text.rfind("\n", 0, max(0, top)) + 1 : max(0, top)] if top > 0 else ""
    nl = text.find("\n", end)
    below = "" if nl < 0 else text[nl + 1 : nl + 80].split("\n", 1)[0]
    return any(line.lstrip()[:1] in "-–—•*" and line.strip() for line in (above, below))


def listed(text: str) -> Iterator[tuple[int, int, Evidence]]:
    """Initials in a list after a person label ("Notulist: JK", "Aanwezig: JK, PB en
    MvdB")."""
    label = scores("PERSON").label
    word = patterns("PERSON")[0]
    for m in _LABELLED.finditer(text):
        if word is None or word.search(m.group(1)) is None:
            continue
        for item in _ITEM.finditer(m.group(2)):
            for part in _AND.split(item.group()):
                name = part.strip(" \t.)\r")
                if _is_initials(name):
                    start = m.start(2) + item.start() + item.group().find(name)
                    yield start, start + len(name), Evidence(label, "initials after a label")
