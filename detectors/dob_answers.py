"""DATE_OF_BIRTH in a dialogue: the date a speaker gives in answer to a birth question.

A transcript, a chat or an interview's notes ask in one turn ("Geboortedatum?", "When were you
born?", "en je geboortedatum graag") and answer in the next ("Ricardo: achtentwintig mei,
negentien vierennegentig. 28-05-1994."): the answer may say the date in words first, so its
digits stand too far from the birth word for a window. The turns are read by their layout:
a speaker's name (or a letter, an initial, a role) and ":" opening the line, maybe after a
time stamp. https://en.wikipedia.org/wiki/Transcript_(law) (Q/A layout)
A form's fields have that layout too ("Notitie: geboortedatum ...?" above "Laatste werkdag:
12-03-2004"), so both speakers must read as speakers: one that has another turn, an initial,
a title, a role's word or a name (data/dob_notes.toml); and the question must be the birth
word's own sentence ("Je geboortedatum heb ik al. Vanaf welke datum ...?" asks another).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from functools import cache

import regex

from detectors.context import Evidence, _load, patterns, scores
from detectors.dob_layout import born_by
from detectors.dob_lists import is_name

ENTITY = "DATE_OF_BIRTH"
# A turn's opening: a time stamp maybe ("[00:01:01]", "09:14 -", "[3-2-2025 09:14]"), then a
# speaker of one to four words or initials and ":" ("F:", "Q:", "Ricardo:", "Marcel Jansen:",
# "Dhr. de Vries:", "Kandidaat (K):").
TURN = regex.compile(
    r"^[ \t]*(?:\[?(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ ]+)?\d{1,2}:\d{2}(?::\d{2})?\]?"
    r"[ \t]*(?:[-–][ \t]*)?)?"
    r"(?P<who>\p{L}[\p{L}'’.\-]*(?:[ ]\p{L}[\p{L}'’.\-]*){0,3}(?:[ ]\(\p{L}{1,3}\))?)"
    r"[ \t]*:(?=[ \t])", regex.MULTILINE)
# The turn ends at the birth word (a form read out: "Geboortedatum.", "Date of birth, please");
# else a '?' must end the birth word's own sentence (_END: the first of these after it)
_ASKED = regex.compile(r"[ \t]*[.:,]?[ \t]*(?:graag|alstublieft|aub|please)?[ \t]*[.:]?"
                       r"[ \t]*$", regex.IGNORECASE | regex.MULTILINE)
# digits the speaker says before the date: a year alone ("en dan 1979. Voluit 17 december
# 1979") is the date's own, a number or another date makes the date one answer of several
_END = regex.compile(r"[?.!\n]")
_INITIALS = regex.compile(r"(?:\p{Lu}[.]?){1,3}|.*\(\p{L}{1,3}\)")
_DIGITS = regex.compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d")


def answers_a_question(text: str, start: int, born: date | None) -> Evidence | None:
    """A birth year's date that opens the digits of a speaker's turn, where the turn before
    it, another speaker's, asks for a birth date."""
    if born is None or born.year > born_by(text):
        return None
    line = text.rfind("\n", 0, start) + 1
    turn = TURN.match(text, line, start)
    if turn is None or _DIGITS.search(text, turn.end(), start):
        return None  # no turn, or not the first thing with digits the speaker says
    prev = _previous_turn(text, line)
    if prev is None or prev.group("who").lower() == turn.group("who").lower():
        return None
    if not (_speaker(text, prev.group("who")) and _speaker(text, turn.group("who"))):
        return None  # a form's fields: "Notitie: ...", "Laatste werkdag: ..."
    ctx = patterns(ENTITY)[0]
    hi = text.find("\n", prev.end())
    hi = len(text) if hi < 0 else hi
    if ctx is None or not (_asks(text, ctx.finditer(text, prev.end(), hi), hi)
                           or _requests(text, prev.end(), hi,
                                        ctx.search(text, prev.end(), hi))):
        return None
    return Evidence(scores(ENTITY).window, "the answer to a birth question")


def _asks(text: str, words: Iterator[regex.Match[str]], hi: int) -> bool:
    """A birth word whose turn ends right after it, or whose sentence ends in '?'. Each
    sentence's end is found once (words in order; a line of many birth words stays linear)."""
    end = -1
    for w in words:
        if _ASKED.match(text, w.end(), hi):
            return True
        if end < w.end():
            m = _END.search(text, w.end(), hi)
            end = hi if m is None else m.start()
        if end < hi and text[end] == "?":
            return True
    return False


_REQUEST_REACH = 80  # characters after the birth word read for a request ("... address pls")
_REQUEST_END = regex.compile(r"[?.!\n]")  # (its own: _END's walk is counted as the line's one)


def _requests(text: str, lo: int, hi: int, word: regex.Match[str] | None) -> bool:
    """The turn asks for the birth date with a verb of sending, giving, needing or missing,
    no question mark: "Stuur je geboortedatum nog, staat niet goed leesbaar op de foto",
    "pls send your date of birth", "I need your date of birth and an email address pls"
    (data/dob_notes.toml request_words): before the birth word, or after it in its
    sentence."""
    if word is None:
        return False
    reach = min(hi, word.end() + _REQUEST_REACH)
    end = _REQUEST_END.search(text, word.end(), reach)
    return any(w in _roles()["request_words"] for w in regex.findall(
        r"\p{L}+", text[lo : word.start()].lower() + " "
        + text[word.end() : reach if end is None else end.start()].lower()))


def _speaker(text: str, who: str) -> bool:
    """``who`` reads as a dialogue's speaker: an initial ("Q", "K", "Kandidaat (K)"), a title,
    a role's word, a name, or a speaker with another turn in ``text``."""
    words = who.replace(".", " ").split()
    roles = _roles()
    if (_INITIALS.fullmatch(who) or words[0].lower() in roles["titles"]
            or who.lower() in roles["speaker_roles"] or is_name(who.split(" "))):
        return True
    return _turns(text)[who.lower()] > 1


@cache
def _roles() -> dict[str, frozenset[str]]:
    notes = _load("dob_notes.toml")
    return {k: frozenset(notes[k]) for k in ("speaker_roles", "titles", "request_words")}


_TURNS: dict[str, tuple[str, Counter[str]]] = {}


def _turns(text: str) -> Counter[str]:
    """How many turns each speaker has in ``text`` (counted once per text)."""
    state = _TURNS.get("last")
    if state is None or state[0] is not text:
        state = _TURNS["last"] = (text, Counter(m.group("who").lower()
                                                for m in TURN.finditer(text)))
    return state[1]


def _previous_turn(text: str, line: int) -> regex.Match[str] | None:
    """The turn on the nearest non-blank line above ``line``, if that line opens one."""
    end = line - 1
    while end > 0:
        lo = text.rfind("\n", 0, end) + 1
        if text[lo:end].strip():
            return TURN.match(text, lo, end)
        end = lo - 1
    return None
