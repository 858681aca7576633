"""DATE_OF_BIRTH in a dialogue: the date a speaker gives in answer to a birth question.

A transcript, a chat or an interview's notes ask in one turn ("Geboortedatum?", "When were you
born?", "en je geboortedatum graag") and answer in the next ("Ricardo: achtentwintig mei,
negentien vierennegentig. 28-05-1994."): the answer may say the date in words first, so its
digits stand too far from the birth word for a window. The turns are read by their layout:
a speaker's name (or a letter, an initial, a role) and ":" opening the line, maybe after a
time stamp. https://en.wikipedia.org/wiki/Transcript_(law) (Q/A layout)
"""

from __future__ import annotations

from datetime import date

import regex

from detectors.context import Evidence, patterns, scores
from detectors.dob_layout import born_by

ENTITY = "DATE_OF_BIRTH"
# A turn's opening: a time stamp maybe ("[00:01:01]", "09:14 -", "[3-2-2025 09:14]"), then a
# speaker of one to four words or initials and ":" ("F:", "Q:", "Ricardo:", "Marcel Jansen:",
# "Dhr. de Vries:", "Kandidaat (K):").
_TURN = regex.compile(
    r"^[ \t]*(?:\[?(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ ]+)?\d{1,2}:\d{2}(?::\d{2})?\]?"
    r"[ \t]*(?:[-–][ \t]*)?)?"
    r"(?P<who>\p{L}[\p{L}'’.\-]*(?:[ ]\p{L}[\p{L}'’.\-]*){0,3}(?:[ ]\(\p{L}{1,3}\))?)"
    r"[ \t]*:(?=[ \t])", regex.MULTILINE)
# The question's end after its birth word, or the turn ends at the birth word (a form read
# out: "Geboortedatum.", "Date of birth, please")
_ASKED = regex.compile(r"[^\n]*\?|[ \t]*[.:,]?[ \t]*(?:graag|alstublieft|aub|please)?[ \t]*[.:]?"
                       r"[ \t]*$", regex.IGNORECASE | regex.MULTILINE)
# digits the speaker says before the date: a year alone ("en dan 1979. Voluit 17 december
# 1979") is the date's own, a number or another date makes the date one answer of several
_DIGITS = regex.compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d")


def answers_a_question(text: str, start: int, born: date | None) -> Evidence | None:
    """A birth year's date that opens the digits of a speaker's turn, where the turn before
    it, another speaker's, asks for a birth date."""
    if born is None or born.year > born_by(text):
        return None
    line = text.rfind("\n", 0, start) + 1
    turn = _TURN.match(text, line, start)
    if turn is None or _DIGITS.search(text, turn.end(), start):
        return None  # no turn, or not the first thing with digits the speaker says
    prev = _previous_turn(text, line)
    if prev is None or prev.group("who").lower() == turn.group("who").lower():
        return None
    ctx = patterns(ENTITY)[0]
    hi = text.find("\n", prev.end())
    hi = len(text) if hi < 0 else hi
    words = [] if ctx is None else list(ctx.finditer(text, prev.end(), hi))
    if not any(_ASKED.match(text, w.end(), hi) for w in words):
        return None
    return Evidence(scores(ENTITY).window, "the answer to a birth question")


def _previous_turn(text: str, line: int) -> regex.Match[str] | None:
    """The turn on the nearest non-blank line above ``line``, if that line opens one."""
    end = line - 1
    while end > 0:
        lo = text.rfind("\n", 0, end) + 1
        if text[lo:end].strip():
            return _TURN.match(text, lo, end)
        end = lo - 1
    return None
